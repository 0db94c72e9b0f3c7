// SPDX-License-Identifier: GPL-2.0
/*
 * Helpers shared by the Xen drivers' KTAP suites (built with CONFIG_KTAP).
 */
#include <linux/kernel.h>
#include <xen/xen.h>
#include <xen/events.h>
#include <asm/xen/hypercall.h>
#include "xen_test.h"

#define PROBE_SPINS		200000
#define PROBE_YIELD_EVERY	1000

void evtchn_probe_handler(evtchn_port_t port, void *data)
{
	struct evtchn_probe *probe = data;

	probe->hits++;
	probe->last_port = port;
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
