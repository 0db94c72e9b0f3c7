// SPDX-License-Identifier: GPL-2.0
/*
 * The 2-level event channel ABI: a pending bit and a mask bit per port in
 * shared_info, and a selector word in vcpu_info telling which pending
 * words to look at.  All three are arrays of 64-bit xen_ulong_t, also for
 * arm32 guests, so they are handled with the 64-bit bit operations: the
 * selector in particular must be taken whole, upper half included.
 *
 * The pending and mask bitmaps are shared by all vCPUs, the selector is
 * per vCPU: Xen sets it in the vcpu_info of the vCPU a port is bound to.
 * A word the selector names can hold ports bound elsewhere too, so each
 * CPU keeps a bitmap of the ports bound to it and handles only those.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/atomic.h>
#include <linux/smp.h>
#include <xen/xen.h>
#include "events_internal.h"

#define EVTCHN_2L_WORDS		(EVTCHN_2L_NR_CHANNELS / XEN_ULONG_BITS)

/* Ports bound to each CPU; every port starts on vCPU 0. */
static u64 cpu_evtchn_mask[NR_CPUS][EVTCHN_2L_WORDS];

static volatile u64 *evtchn_2l_pending(void)
{
	return HYPERVISOR_shared_info->evtchn_pending;
}

static volatile u64 *evtchn_2l_masks(void)
{
	return HYPERVISOR_shared_info->evtchn_mask;
}

static unsigned int evtchn_2l_max_channels(void)
{
	return EVTCHN_2L_NR_CHANNELS;
}

/* Every port of this ABI lives in shared_info already. */
static int evtchn_2l_setup(evtchn_port_t port)
{
	return 0;
}

static void evtchn_2l_mask(evtchn_port_t port)
{
	set_bit64(port, evtchn_2l_masks());
}

/*
 * Clearing the mask bit ourselves is enough unless the port is already
 * pending: Xen only raises an upcall when an event becomes pending on an
 * unmasked port.  For a pending one, re-mask and let EVTCHNOP_unmask
 * clear the bit, which also sets the selector and upcall flags for us.
 */
static void evtchn_2l_unmask(evtchn_port_t port)
{
	clear_bit64(port, evtchn_2l_masks());
	/* The pending bit must be read after the mask bit is seen clear. */
	smp_mb();
	if (!test_bit64(port, evtchn_2l_pending()))
		return;
	set_bit64(port, evtchn_2l_masks());
	xen_evtchn_unmask_hypercall(port);
}

static bool evtchn_2l_is_pending(evtchn_port_t port)
{
	return test_bit64(port, evtchn_2l_pending());
}

static bool evtchn_2l_is_masked(evtchn_port_t port)
{
	return test_bit64(port, evtchn_2l_masks());
}

static void evtchn_2l_clear_pending(evtchn_port_t port)
{
	clear_bit64(port, evtchn_2l_pending());
}

/* Deliver the pending, unmasked ports of word @idx. */
static void evtchn_2l_handle_word(unsigned int idx)
{
	volatile u64 *pending = evtchn_2l_pending();
	evtchn_port_t port;
	u64 ready;

	ready = READ_ONCE(pending[idx]) & ~READ_ONCE(evtchn_2l_masks()[idx]) &
		READ_ONCE(cpu_evtchn_mask[smp_processor_id()][idx]);
	while (ready) {
		port = idx * XEN_ULONG_BITS + __ffs64(ready);
		ready &= ready - 1;
		/* Acknowledge first: an event raised by the handler is not lost. */
		if (test_and_clear_bit64(port, pending))
			xen_evtchn_handle_port(port);
	}
}

/*
 * Take the whole selector in one atomic swap: Xen sets a selector bit
 * after the pending bit, so a bit we take covers every event of its word
 * that is visible now, and a later event sets the bit again.
 */
static void evtchn_2l_handle_events(void)
{
	u64 sel;

	sel = xchg64(&xen_this_vcpu()->evtchn_pending_sel, 0);
	while (sel) {
		evtchn_2l_handle_word(__ffs64(sel));
		sel &= sel - 1;
	}
}

/* Called with the port masked and the core's lock held. */
static void evtchn_2l_bind_to_cpu(evtchn_port_t port, unsigned int from, unsigned int to)
{
	clear_bit64(port, cpu_evtchn_mask[from]);
	set_bit64(port, cpu_evtchn_mask[to]);
}

static void evtchn_2l_new_port(evtchn_port_t port)
{
	unsigned int cpu;

	for (cpu = 1; cpu < NR_CPUS; cpu++)
		clear_bit64(port, cpu_evtchn_mask[cpu]);
	set_bit64(port, cpu_evtchn_mask[0]);
}

static const struct evtchn_ops evtchn_ops_2l = {
	.name = "2-level",
	.max_channels = evtchn_2l_max_channels,
	.setup = evtchn_2l_setup,
	.mask = evtchn_2l_mask,
	.unmask = evtchn_2l_unmask,
	.is_pending = evtchn_2l_is_pending,
	.is_masked = evtchn_2l_is_masked,
	.clear_pending = evtchn_2l_clear_pending,
	.handle_events = evtchn_2l_handle_events,
	.bind_to_cpu = evtchn_2l_bind_to_cpu,
	.new_port = evtchn_2l_new_port,
};

/* Start with every port masked; binding a handler unmasks its port. */
int xen_evtchn_2l_init(void)
{
	unsigned int i;

	for (i = 0; i < EVTCHN_2L_WORDS; i++) {
		xchg64(&evtchn_2l_masks()[i], ~0ULL);
		cpu_evtchn_mask[0][i] = ~0ULL;
	}
	evtchn_ops = &evtchn_ops_2l;
	return 0;
}
