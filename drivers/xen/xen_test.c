// SPDX-License-Identifier: GPL-2.0
/*
 * Helpers shared by the Xen drivers' KTAP suites (built with CONFIG_KTAP).
 */
#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/delay.h>
#include <xen/xen.h>
#include <xen/events.h>
#include <xen/xenbus.h>
#include <asm/xen/hypercall.h>
#include "xen_test.h"

#define PROBE_SPINS		200000
#define PROBE_YIELD_EVERY	1000
#define PROBE_REMOTE_NS		2000000000ULL

void evtchn_probe_handler(evtchn_port_t port, void *data)
{
	struct evtchn_probe *probe = data;

	probe->cpu_hits[smp_processor_id()]++;
	probe->last_port = port;
	/* Last: a waiter that sees the count sees the rest. */
	smp_store_release(&probe->hits, probe->hits + 1);
}

bool evtchn_probe_wait(struct evtchn_probe *probe, unsigned int hits)
{
	unsigned int i;

	for (i = 0; i < PROBE_SPINS; i++) {
		if (READ_ONCE(probe->hits) >= hits)
			return true;
		/* Let Xen run whatever it deferred (tasklets, softirqs). */
		if (i % PROBE_YIELD_EVERY == PROBE_YIELD_EVERY - 1)
			xen_sched_yield();
		barrier();
	}
	return READ_ONCE(probe->hits) >= hits;
}

bool evtchn_probe_wait_remote(struct evtchn_probe *probe, unsigned int hits)
{
	u64 start = get_cycles(), limit = ns_to_cycles(PROBE_REMOTE_NS);

	while (smp_load_acquire(&probe->hits) < hits && get_cycles() - start < limit)
		xen_sched_yield();
	return smp_load_acquire(&probe->hits) >= hits;
}

void evtchn_probe_settle(void)
{
	unsigned int i;

	for (i = 0; i < 4; i++)
		xen_sched_yield();
}

int evtchn_loopback_pair(evtchn_port_t *a, evtchn_port_t *b)
{
	int rc;

	rc = xen_evtchn_alloc_unbound(DOMID_SELF, a);
	if (rc)
		return rc;
	rc = xen_evtchn_bind_interdomain(DOMID_SELF, *a, b);
	if (rc) {
		xen_evtchn_close(*a);
		return rc;
	}
	/* Drop the event Xen raises on every new interdomain binding. */
	xen_evtchn_clear_pending(*b);
	return 0;
}

#ifdef CONFIG_XEN_XENBUS
bool xen_test_have_dom0_peer(struct ktap_test *t)
{
	if (xen_initial_domain()) {
		ktap_skip(t, "dom0 has no peer domain");
		return false;
	}
	if (!xenbus_available()) {
		ktap_skip(t, "no xenstore ring: no way to meet a peer");
		return false;
	}
	return true;
}
#endif
