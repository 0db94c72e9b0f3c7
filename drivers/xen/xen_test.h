/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers shared by the Xen drivers' KTAP suites.
 */
#ifndef _DRIVERS_XEN_TEST_H
#define _DRIVERS_XEN_TEST_H

#include <linux/ktap.h>
#include <linux/smp.h>
#include <xen/interface/event_channel.h>

/* An address no guest RAM sits at in the virt machine's memory map. */
#define UNMAPPED_GUEST_ADDRESS	0x1000UL

/* Records what an event channel handler saw. */
struct evtchn_probe {
	unsigned int hits;
	evtchn_port_t last_port;
	unsigned int cpu_hits[NR_CPUS];	/* which CPU the handler ran on */
};

void evtchn_probe_handler(evtchn_port_t port, void *data);

/*
 * Wait until @probe has seen at least @hits events; false if it has not
 * after a generous bound.  Delivery is normally immediate (the upcall is
 * taken as the send hypercall returns), so the bound only matters when
 * something is broken.
 */
bool evtchn_probe_wait(struct evtchn_probe *probe, unsigned int hits);

/*
 * The same for an event handled on another CPU: that vCPU must first be
 * scheduled, which on a loaded host (QEMU's vCPU threads sharing two
 * cores) takes a time slice or more, so the bound is wall-clock time.
 */
bool evtchn_probe_wait_remote(struct evtchn_probe *probe, unsigned int hits);

/* Give a stray late event the chance to show up before counting. */
void evtchn_probe_settle(void);

/*
 * Open a loopback pair: @a unbound for ourselves, @b bound to it.  Both
 * masked, nothing pending.
 */
int evtchn_loopback_pair(evtchn_port_t *a, evtchn_port_t *b);

/*
 * A case that needs dom0 as its peer through xenstore runs only in a
 * domU with a xenstore ring; otherwise it skips, saying which is missing.
 */
bool xen_test_have_dom0_peer(struct ktap_test *t);

#endif /* _DRIVERS_XEN_TEST_H */
