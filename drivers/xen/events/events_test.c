// SPDX-License-Identifier: GPL-2.0
/*
 * Event channels against the real hypervisor, on whichever ABI is in use.
 * The same cases run twice: suite "events" on the 2-level ABI the KTAP
 * kernel boots with, and suite "events_fifo" (events_fifo_test.c) after
 * switching to FIFO.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/events.h>
#include <xen/control.h>
#include <xen/grant_table.h>
#include <xen/interface/version.h>
#include <linux/delay.h>
#include <linux/smp.h>
#include <xen/interface/errno.h>
#include <asm/xen/hypercall.h>
#include "../xen_test.h"
#include "events_test.h"

static int bind_probe(evtchn_port_t port, struct evtchn_probe *probe)
{
	memset(probe, 0, sizeof(*probe));
	return bind_evtchn_to_handler(port, evtchn_probe_handler, "ktap-probe", probe);
}

/* An event sent on one end arrives once, on the other end, by the upcall. */
static void loopback_delivered_once(struct ktap_test *t)
{
	struct evtchn_probe pa, pb;
	evtchn_port_t a, b;
	unsigned long irqs;

	if (!ktap_expect_eq(t, evtchn_loopback_pair(&a, &b), 0))
		return;
	ktap_expect_eq(t, bind_probe(a, &pa), 0);
	ktap_expect_eq(t, bind_probe(b, &pb), 0);
	irqs = irq_count(xen_dt.evtchn_irq);

	ktap_expect_eq(t, notify_remote_via_evtchn(a), 0);
	ktap_expect(t, evtchn_probe_wait(&pb, 1));
	evtchn_probe_settle();
	ktap_expect_eq(t, pb.hits, 1);
	ktap_expect_eq(t, pb.last_port, b);
	ktap_expect_eq(t, pa.hits, 0);
	ktap_expect_eq(t, xen_evtchn_count(b), 1);
	ktap_expect(t, irq_count(xen_dt.evtchn_irq) > irqs);
	ktap_expect(t, !xen_evtchn_is_pending(b));

	/* And the other way round. */
	ktap_expect_eq(t, notify_remote_via_evtchn(b), 0);
	ktap_expect(t, evtchn_probe_wait(&pa, 1));
	evtchn_probe_settle();
	ktap_expect_eq(t, pa.hits, 1);
	ktap_expect_eq(t, pa.last_port, a);
	ktap_expect_eq(t, pb.hits, 1);

	ktap_expect_eq(t, xen_evtchn_close(b), 0);
	ktap_expect_eq(t, xen_evtchn_close(a), 0);
}

/* Several sends before the handler runs may coalesce, never duplicate. */
static void sends_never_duplicate(struct ktap_test *t)
{
	struct evtchn_probe pb;
	evtchn_port_t a, b;
	unsigned int i;

	if (!ktap_expect_eq(t, evtchn_loopback_pair(&a, &b), 0))
		return;
	ktap_expect_eq(t, bind_probe(b, &pb), 0);
	for (i = 0; i < 10; i++) {
		ktap_expect_eq(t, notify_remote_via_evtchn(a), 0);
		ktap_expect(t, evtchn_probe_wait(&pb, i + 1));
	}
	evtchn_probe_settle();
	ktap_expect_eq(t, pb.hits, 10);
	xen_evtchn_close(b);
	xen_evtchn_close(a);
}

/* A masked port collects the event and delivers it when unmasked. */
static void masked_port_waits_for_unmask(struct ktap_test *t)
{
	struct evtchn_probe pb;
	evtchn_port_t a, b;

	if (!ktap_expect_eq(t, evtchn_loopback_pair(&a, &b), 0))
		return;
	ktap_expect_eq(t, bind_probe(b, &pb), 0);
	xen_evtchn_mask(b);
	ktap_expect(t, xen_evtchn_is_masked(b));

	ktap_expect_eq(t, notify_remote_via_evtchn(a), 0);
	evtchn_probe_settle();
	ktap_expect(t, !evtchn_probe_wait(&pb, 1));
	ktap_expect(t, xen_evtchn_is_pending(b));

	xen_evtchn_unmask(b);
	ktap_expect(t, evtchn_probe_wait(&pb, 1));
	evtchn_probe_settle();
	ktap_expect_eq(t, pb.hits, 1);
	ktap_expect_eq(t, pb.last_port, b);
	ktap_expect(t, !xen_evtchn_is_masked(b));
	ktap_expect(t, !xen_evtchn_is_pending(b));
	xen_evtchn_close(b);
	xen_evtchn_close(a);
}

/*
 * Xen marks the local end of a new interdomain binding pending, in case
 * the remote signalled before the binding existed; it arrives masked.
 */
static void bind_interdomain_notifies_once(struct ktap_test *t)
{
	struct evtchn_probe pb;
	evtchn_port_t a, b;

	if (!ktap_expect_eq(t, xen_evtchn_alloc_unbound(DOMID_SELF, &a), 0))
		return;
	ktap_expect(t, !xen_evtchn_is_pending(a));
	ktap_expect(t, xen_evtchn_is_masked(a));
	if (!ktap_expect_eq(t, xen_evtchn_bind_interdomain(DOMID_SELF, a, &b), 0))
		goto out_a;
	ktap_expect(t, xen_evtchn_is_masked(b));
	ktap_expect(t, xen_evtchn_is_pending(b));
	ktap_expect_eq(t, bind_probe(b, &pb), 0);
	ktap_expect(t, evtchn_probe_wait(&pb, 1));
	evtchn_probe_settle();
	ktap_expect_eq(t, pb.hits, 1);
	xen_evtchn_close(b);
out_a:
	xen_evtchn_close(a);
}

/* EVTCHNOP_status describes both ends, and closing changes it. */
static void status_follows_the_pair(struct ktap_test *t)
{
	struct evtchn_status st;
	evtchn_port_t a, b;

	if (!ktap_expect_eq(t, evtchn_loopback_pair(&a, &b), 0))
		return;
	ktap_expect_eq(t, xen_evtchn_status(b, &st), 0);
	ktap_expect_eq(t, st.status, EVTCHNSTAT_interdomain);
	ktap_expect_eq(t, st.u.interdomain.port, a);
	ktap_expect_eq(t, xen_evtchn_status(a, &st), 0);
	ktap_expect_eq(t, st.status, EVTCHNSTAT_interdomain);
	ktap_expect_eq(t, st.u.interdomain.port, b);
	ktap_expect_eq(t, st.vcpu, 0);

	ktap_expect_eq(t, xen_evtchn_close(b), 0);
	ktap_expect_eq(t, xen_evtchn_status(b, &st), 0);
	ktap_expect_eq(t, st.status, EVTCHNSTAT_closed);
	ktap_expect_eq(t, xen_evtchn_status(a, &st), 0);
	ktap_expect_eq(t, st.status, EVTCHNSTAT_unbound);
	/* Sending into an unbound port is dropped, not an error. */
	ktap_expect_eq(t, notify_remote_via_evtchn(a), 0);
	ktap_expect_eq(t, xen_evtchn_close(a), 0);
	ktap_expect_eq(t, notify_remote_via_evtchn(a), -XEN_EINVAL);
	ktap_expect_eq(t, xen_evtchn_close(a), -XEN_EINVAL);
}

/* Bad ports and bad arguments come back as errors, not faults. */
static void bad_ports_rejected(struct ktap_test *t)
{
	struct evtchn_probe p;
	struct evtchn_status st;
	evtchn_port_t a, b;

	ktap_expect_eq(t, bind_probe(0, &p), -EINVAL);
	ktap_expect_eq(t, bind_probe(xen_evtchn_max_channels(), &p), -EINVAL);
	ktap_expect_eq(t, xen_evtchn_status(xen_evtchn_max_channels() + 5, &st), -XEN_EINVAL);
	ktap_expect_eq(t, notify_remote_via_evtchn(0), -XEN_EINVAL);
	ktap_expect_eq(t, xen_evtchn_bind_interdomain(DOMID_SELF, 0, &b), -XEN_EINVAL);
	ktap_expect_eq(t, HYPERVISOR_event_channel_op(EVTCHNOP_status,
						      (void *)UNMAPPED_GUEST_ADDRESS), -XEN_EFAULT);
	ktap_expect_eq(t, HYPERVISOR_event_channel_op(99, NULL), -XEN_ENOSYS);

	/* A second handler on a bound port is refused. */
	if (!ktap_expect_eq(t, evtchn_loopback_pair(&a, &b), 0))
		return;
	ktap_expect_eq(t, bind_probe(b, &p), 0);
	ktap_expect_eq(t, bind_evtchn_to_handler(b, evtchn_probe_handler, "dup", &p), -EBUSY);
	xen_evtchn_close(b);
	xen_evtchn_close(a);
}

/*
 * Ports past the first 32 bits of a selector word: on arm32 these are the
 * upper halves of the 64-bit xen_ulong_t words, where a 32-bit-only scan
 * would never look.
 */
static void high_port_delivered(struct ktap_test *t)
{
	evtchn_port_t fill[HIGH_PORT], a, b;
	struct evtchn_probe pb;
	unsigned int n, i;

	/* Ports come lowest-free first: use up those below HIGH_PORT. */
	for (n = 0; n < ARRAY_SIZE(fill); n++) {
		if (xen_evtchn_alloc_unbound(DOMID_SELF, &fill[n]))
			break;
		if (fill[n] >= HIGH_PORT - 1) {
			n++;
			break;
		}
	}
	if (!ktap_expect(t, n > 0 && fill[n - 1] >= HIGH_PORT - 1) ||
	    !ktap_expect_eq(t, evtchn_loopback_pair(&a, &b), 0))
		goto out;
	ktap_expect(t, b >= HIGH_PORT);
	ktap_expect(t, b % 64 >= 32);
	ktap_expect_eq(t, bind_probe(b, &pb), 0);
	ktap_expect_eq(t, notify_remote_via_evtchn(a), 0);
	ktap_expect(t, evtchn_probe_wait(&pb, 1));
	ktap_expect_eq(t, pb.last_port, b);
	xen_evtchn_close(b);
	xen_evtchn_close(a);
out:
	for (i = 0; i < n; i++)
		xen_evtchn_close(fill[i]);
}

static void exhaust_close_all(u8 *used, unsigned int max)
{
	unsigned int port;

	for (port = 0; port < max; port++)
		if (used[port / 8] & (1U << (port % 8)))
			xen_evtchn_close(port);
}

/*
 * xl gives a domU ports 0-1023 (max_event_channels = 1023) unless its
 * configuration says otherwise; dom0 may use every port of the ABI.
 */
#define XL_DEFAULT_DOMU_PORTS	1024

/*
 * Allocate until Xen says no: -ENOSPC, and everything still works after.
 * Only on the 2-level ABI: Xen searches for a free port linearly from 0,
 * so using up FIFO's 2^17 ports costs billions of steps.
 */
static void port_exhaustion(struct ktap_test *t)
{
	unsigned int max = xen_evtchn_max_channels(), n = 0;
	evtchn_port_t port, a, b;
	u8 *used;
	int rc;

	if (max > EVTCHN_2L_NR_CHANNELS) {
		ktap_skip(t, "2^17 FIFO ports take too long to use up");
		return;
	}
	used = kzalloc(max / 8);
	if (!ktap_expect(t, used != NULL))
		return;
	while (!(rc = xen_evtchn_alloc_unbound(DOMID_SELF, &port))) {
		if (!ktap_expect(t, port < max))
			break;
		used[port / 8] |= 1U << (port % 8);
		n++;
	}
	ktap_expect_eq(t, rc, -XEN_ENOSPC);
	ktap_expect(t, n > (xen_initial_domain() ? max : XL_DEFAULT_DOMU_PORTS) / 2);
	exhaust_close_all(used, max);
	kfree(used);

	/* The kernel goes on: a fresh pair works. */
	if (!ktap_expect_eq(t, evtchn_loopback_pair(&a, &b), 0))
		return;
	xen_evtchn_close(b);
	xen_evtchn_close(a);
}

/*
 * Virtual IRQs.  Debug key 'q' (sent with XEN_SYSCTL_debug_keys) makes Xen
 * dump its domains and raise VIRQ_DEBUG on every vCPU; the dump itself
 * goes into Xen's console ring, which raises VIRQ_CON_RING for dom0.
 */
static void virqs_fire(struct ktap_test *t)
{
	struct evtchn_probe dbg = { 0 }, ring = { 0 };
	struct evtchn_status st;
	evtchn_port_t dup;
	int pdbg, pring;

	if (!IS_ENABLED(CONFIG_XEN_CONTROL) || !xen_initial_domain()) {
		ktap_skip(t, "needs dom0 and CONFIG_XEN_CONTROL");
		return;
	}
	pdbg = bind_virq_to_handler(VIRQ_DEBUG, evtchn_probe_handler, "virq-debug", &dbg);
	pring = bind_virq_to_handler(VIRQ_CON_RING, evtchn_probe_handler, "virq-con-ring", &ring);
	if (!ktap_expect(t, pdbg > 0 && pring > 0))
		goto out;
	/* At most one port per vCPU for a VIRQ; the errno is not the ABI's. */
	ktap_expect(t, xen_evtchn_bind_virq(VIRQ_DEBUG, 0, &dup) < 0);
	ktap_expect_eq(t, xen_evtchn_status(pdbg, &st), 0);
	ktap_expect_eq(t, st.status, EVTCHNSTAT_virq);
	ktap_expect_eq(t, st.u.virq, VIRQ_DEBUG);

	ktap_expect_eq(t, xen_sysctl_debug_keys("q", 1), 0);
	ktap_expect(t, evtchn_probe_wait(&dbg, 1));
	ktap_expect(t, evtchn_probe_wait(&ring, 1));
	evtchn_probe_settle();
	/* One vCPU of ours is bound: exactly one VIRQ_DEBUG. */
	ktap_expect_eq(t, dbg.hits, 1);
	ktap_expect_eq(t, dbg.last_port, pdbg);
	ktap_expect_eq(t, ring.last_port, pring);
out:
	if (pdbg > 0)
		ktap_expect_eq(t, unbind_and_close_evtchn(pdbg), 0);
	if (pring > 0)
		ktap_expect_eq(t, unbind_and_close_evtchn(pring), 0);
}

static bool skip_one_cpu(struct ktap_test *t)
{
	if (num_online_cpus() > 1)
		return false;
	ktap_skip(t, "one CPU online: no other vCPU to bind to");
	return true;
}

/*
 * A port bound to vCPU n is delivered on CPU n only, once per send, for
 * every online CPU in turn (one that smp's cpu_off_then_on cycled too).
 */
static void bound_vcpu_delivers_there(struct ktap_test *t)
{
	unsigned long spurious = xen_evtchn_spurious();
	struct evtchn_probe pb;
	unsigned int cpu, sent = 0, other;
	evtchn_port_t a, b;

	if (skip_one_cpu(t))
		return;
	if (!ktap_expect_eq(t, evtchn_loopback_pair(&a, &b), 0))
		return;
	if (!ktap_expect_eq(t, bind_probe(b, &pb), 0))
		goto out;
	for_each_online_cpu(cpu) {
		if (!ktap_expect_eq(t, xen_evtchn_bind_vcpu(b, cpu), 0))
			continue;
		ktap_expect_eq(t, xen_evtchn_cpu(b), cpu);
		ktap_expect_eq(t, notify_remote_via_evtchn(a), 0);
		sent++;
		ktap_check(t, evtchn_probe_wait_remote(&pb, sent), __FILE__, __LINE__,
			   "event %u bound to CPU%u arrived", sent, cpu);
		evtchn_probe_settle();
		ktap_expect_eq(t, pb.hits, sent);
		for_each_online_cpu(other)
			ktap_check(t, pb.cpu_hits[other] == (other <= cpu), __FILE__, __LINE__,
				   "bound to CPU%u: CPU%u handled %u", cpu, other,
				   pb.cpu_hits[other]);
	}
	ktap_expect_eq(t, xen_evtchn_spurious(), spurious);
out:
	xen_evtchn_close(b);
	xen_evtchn_close(a);
}

/*
 * Every CPU at once, for a bounded time: hypercalls, grants taken and
 * given back, and events on a port of its own, each send waited for.
 * Each CPU also does a minimum of rounds, as a vCPU may only get to run
 * after the others' time is up.
 */
#define STRESS_NS	150000000ULL
#define STRESS_MIN_ROUNDS	20

struct cpu_stress {
	evtchn_port_t a, b;
	struct evtchn_probe probe;
	u64 deadline;
	unsigned int calls, grants, sends, errors;
};

static struct cpu_stress stress[NR_CPUS];

static void stress_worker(void *arg)
{
	struct cpu_stress *st = arg;
	int ref;

	while (get_cycles() < st->deadline || st->calls < STRESS_MIN_ROUNDS) {
		st->calls++;
		if (HYPERVISOR_xen_version(XENVER_version, NULL) <= 0)
			st->errors++;
		ref = gnttab_grant_foreign_access(xen_domid, virt_to_pfn(st), true);
		if (ref < 0 || gnttab_end_foreign_access((grant_ref_t)ref))
			st->errors++;
		else
			st->grants++;
		if (notify_remote_via_evtchn(st->a))
			st->errors++;
		st->sends++;
		if (!evtchn_probe_wait_remote(&st->probe, st->sends)) {
			st->errors++;
			break;
		}
	}
}

static int stress_setup(struct cpu_stress *st, unsigned int cpu)
{
	int rc;

	memset(st, 0, sizeof(*st));
	rc = evtchn_loopback_pair(&st->a, &st->b);
	if (rc)
		return rc;
	rc = bind_probe(st->b, &st->probe);
	if (!rc)
		rc = xen_evtchn_bind_vcpu(st->b, cpu);
	return rc;
}

static void stress_check(struct ktap_test *t, struct cpu_stress *st, unsigned int cpu)
{
	ktap_check(t, st->errors == 0, __FILE__, __LINE__, "CPU%u: %u errors", cpu, st->errors);
	ktap_expect(t, st->calls > 0 && st->sends > 0);
	ktap_check(t, st->probe.hits == st->sends && st->probe.cpu_hits[cpu] == st->sends,
		   __FILE__, __LINE__, "CPU%u: %u sends, %u delivered, %u of them there",
		   cpu, st->sends, st->probe.hits, st->probe.cpu_hits[cpu]);
	printk("# CPU%u: %u hypercalls, %u grants, %u events\n", cpu, st->calls,
	       st->grants, st->sends);
}

static void all_cpus_at_once(struct ktap_test *t)
{
	unsigned long spurious = xen_evtchn_spurious();
	unsigned int cpu, self = smp_processor_id(), free = gnttab_free_count();
	u64 deadline;

	if (skip_one_cpu(t))
		return;
	for_each_online_cpu(cpu)
		if (!ktap_expect_eq(t, stress_setup(&stress[cpu], cpu), 0))
			goto out;
	deadline = get_cycles() + ns_to_cycles(STRESS_NS);
	for_each_online_cpu(cpu) {
		stress[cpu].deadline = deadline;
		if (cpu != self)
			ktap_expect_eq(t, smp_start_on_cpu(cpu, stress_worker, &stress[cpu]), 0);
	}
	stress_worker(&stress[self]);
	for_each_online_cpu(cpu)
		if (cpu != self)
			ktap_expect_eq(t, smp_wait_on_cpu(cpu, 20000000), 0);
	evtchn_probe_settle();
	for_each_online_cpu(cpu)
		stress_check(t, &stress[cpu], cpu);
	ktap_expect_eq(t, gnttab_free_count(), free);
	ktap_expect_eq(t, xen_evtchn_spurious(), spurious);
out:
	for_each_online_cpu(cpu) {
		if (stress[cpu].b)
			xen_evtchn_close(stress[cpu].b);
		if (stress[cpu].a)
			xen_evtchn_close(stress[cpu].a);
	}
}

/* Nothing this suite did left an event without a handler. */
static void no_spurious_events(struct ktap_test *t)
{
	ktap_expect_eq(t, xen_evtchn_spurious(), 0);
}

const struct ktap_case events_cases[] = {
	KTAP_CASE(loopback_delivered_once),
	KTAP_CASE(bind_interdomain_notifies_once),
	KTAP_CASE(sends_never_duplicate),
	KTAP_CASE(masked_port_waits_for_unmask),
	KTAP_CASE(status_follows_the_pair),
	KTAP_CASE(bad_ports_rejected),
	KTAP_CASE(high_port_delivered),
	KTAP_CASE(port_exhaustion),
	KTAP_CASE(virqs_fire),
	KTAP_CASE(bound_vcpu_delivers_there),
	KTAP_CASE(all_cpus_at_once),
	KTAP_CASE(no_spurious_events),
	{}
};

/* The kernel boots on 2-level (see xen_init_events()); make sure. */
static int events_2l_init(void)
{
	return strcmp(xen_evtchn_abi_name(), "2-level") ? -EINVAL : 0;
}

static const struct ktap_suite events_suite = {
	.name = "events",
	.cases = events_cases,
	.init = events_2l_init,
};
ktap_test_suite(events_suite);
