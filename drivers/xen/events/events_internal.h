/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the event channel core (events_base.c) needs from an ABI: the
 * 2-level bitmaps in shared_info (events_2l.c) or the FIFO queues
 * (events_fifo.c).  One table of operations, chosen at init.
 */
#ifndef _DRIVERS_XEN_EVENTS_INTERNAL_H
#define _DRIVERS_XEN_EVENTS_INTERNAL_H

#include <xen/events.h>

/**
 * struct evtchn_ops - one event channel ABI
 * @name: for logs and tests
 * @max_channels: ports this ABI can name
 * @setup: make @port usable before it is bound (FIFO: event array pages)
 * @mask: stop @port raising upcalls; its pending bit still gets set
 * @unmask: let it raise upcalls again, re-raising one that became pending
 * @is_pending: the port's pending bit
 * @is_masked: the port's mask bit
 * @clear_pending: acknowledge an event
 * @handle_events: scan after an upcall on the calling CPU; calls
 *	xen_evtchn_handle_port() for each pending, unmasked port bound to
 *	it (pending already cleared)
 * @bind_to_cpu: optional; @port now goes to CPU @to instead of @from
 * @new_port: optional; Xen just allocated @port, bound to vCPU 0 whatever
 *	an earlier port of that number was bound to
 * @cpu_online: optional; set up CPU @cpu's share (FIFO: its queues)
 */
struct evtchn_ops {
	const char *name;
	unsigned int (*max_channels)(void);
	int (*setup)(evtchn_port_t port);
	void (*mask)(evtchn_port_t port);
	void (*unmask)(evtchn_port_t port);
	bool (*is_pending)(evtchn_port_t port);
	bool (*is_masked)(evtchn_port_t port);
	void (*clear_pending)(evtchn_port_t port);
	void (*handle_events)(void);
	void (*bind_to_cpu)(evtchn_port_t port, unsigned int from, unsigned int to);
	void (*new_port)(evtchn_port_t port);
	int (*cpu_online)(unsigned int cpu);
};

extern const struct evtchn_ops *evtchn_ops;

int xen_evtchn_2l_init(void);
int xen_evtchn_fifo_init(void);

void xen_evtchn_handle_port(evtchn_port_t port);

/* Ask Xen to unmask (and re-raise) @port: the slow path of both ABIs. */
void xen_evtchn_unmask_hypercall(evtchn_port_t port);

/* Reapply the software mask state of every bound port (after an ABI switch). */
void xen_evtchn_resync_masks(void);

#endif /* _DRIVERS_XEN_EVENTS_INTERNAL_H */
