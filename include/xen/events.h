/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Event channels: Xen's virtual interrupts.  A port is bound to a handler
 * that runs from the upcall interrupt (IRQs masked) each time the port
 * fires; the 2-level or FIFO ABI underneath is invisible here.
 *
 * Every function returns 0 or a negative errno; errors Xen reports come
 * back unchanged (they are Linux's numbers on ARM).
 */
#ifndef _XEN_EVENTS_H
#define _XEN_EVENTS_H

#include <linux/types.h>
#include <xen/interface/event_channel.h>

typedef void (*evtchn_handler_t)(evtchn_port_t port, void *data);

int xen_init_events(unsigned int irq);
void xen_evtchn_do_upcall(void);

/* Allocation and binding (EVTCHNOP_*); new ports start masked. */
int xen_evtchn_alloc_unbound(domid_t remote_dom, evtchn_port_t *port);
int xen_evtchn_bind_interdomain(domid_t remote_dom, evtchn_port_t remote_port,
				evtchn_port_t *port);
int xen_evtchn_bind_virq(unsigned int virq, unsigned int vcpu, evtchn_port_t *port);
int xen_evtchn_close(evtchn_port_t port);
int xen_evtchn_status(evtchn_port_t port, struct evtchn_status *status);
int xen_evtchn_self_domid(domid_t *domid);
int notify_remote_via_evtchn(evtchn_port_t port);

/* Handlers. */
int bind_evtchn_to_handler(evtchn_port_t port, evtchn_handler_t handler,
			   const char *name, void *data);
void unbind_evtchn_from_handler(evtchn_port_t port);
int bind_virq_to_handler(unsigned int virq, evtchn_handler_t handler,
			 const char *name, void *data);
int unbind_and_close_evtchn(evtchn_port_t port);

/* Port state in the ABI's shared memory. */
void xen_evtchn_mask(evtchn_port_t port);
void xen_evtchn_unmask(evtchn_port_t port);
bool xen_evtchn_is_pending(evtchn_port_t port);
bool xen_evtchn_is_masked(evtchn_port_t port);
void xen_evtchn_clear_pending(evtchn_port_t port);

/* Which ABI is in use, and how many ports it can name. */
const char *xen_evtchn_abi_name(void);
unsigned int xen_evtchn_max_channels(void);
unsigned long xen_evtchn_count(evtchn_port_t port);

/* Switch to the FIFO ABI (CONFIG_XEN_EVTCHN_FIFO); -EOPNOTSUPP otherwise. */
int xen_evtchn_fifo_switch(void);

int xen_evtchn_bind_vcpu(evtchn_port_t port, unsigned int cpu);
int xen_evtchn_cpu(evtchn_port_t port);
unsigned long xen_evtchn_spurious(void);
void xen_evtchn_cpu_online(unsigned int cpu);

#endif /* _XEN_EVENTS_H */
