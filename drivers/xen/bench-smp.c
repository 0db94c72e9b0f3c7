// SPDX-License-Identifier: GPL-2.0
/*
 * SMP part of the hypercall benchmark (CONFIG_XEN_BENCH): null hypercalls
 * and event round trips made on 1, 2, 4... vCPUs at once for a fixed
 * time, and the latency of an event handled on another vCPU next to one
 * handled on the sender's.  Wall-clock only: under -icount QEMU runs its
 * CPUs one after the other, which would measure nothing.
 */
#define pr_fmt(fmt) "bench: " fmt

#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/errno.h>
#include <linux/math64.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/events.h>
#include <xen/interface/version.h>
#include <asm/arch_timer.h>
#include <asm/processor.h>
#include <asm/xen/hypercall.h>
#include "bench.h"

#define RUN_MS		300
#define LATENCY_ROUNDS	256

struct smp_run {
	u64 start, end;			/* counter window, the same for all */
	bool events;			/* event round trips, not null calls */
	unsigned long done[NR_CPUS];
	evtchn_port_t a[NR_CPUS], b[NR_CPUS];
	unsigned int hits[NR_CPUS];
};

static struct smp_run run;

static void ping_handler(evtchn_port_t port, void *data)
{
	unsigned int *hits = data;

	WRITE_ONCE(*hits, *hits + 1);
}

/* On each CPU of the run: wait for the window, work through it. */
static void smp_worker(void *arg)
{
	unsigned int cpu = smp_processor_id();
	unsigned long n = 0;

	while (arch_counter_get_cntvct() < run.start)
		cpu_relax();
	while (arch_counter_get_cntvct() < run.end) {
		if (run.events) {
			notify_remote_via_evtchn(run.a[cpu]);
			while (READ_ONCE(run.hits[cpu]) <= n)
				cpu_relax();
		} else {
			HYPERVISOR_xen_version(XENVER_version, NULL);
		}
		n++;
	}
	run.done[cpu] = n;
}

static int ping_setup(unsigned int cpu)
{
	int rc = xen_evtchn_alloc_unbound(DOMID_SELF, &run.a[cpu]);

	if (rc)
		return rc;
	rc = xen_evtchn_bind_interdomain(DOMID_SELF, run.a[cpu], &run.b[cpu]);
	if (rc)
		return rc;
	xen_evtchn_clear_pending(run.b[cpu]);
	run.hits[cpu] = 0;
	rc = bind_evtchn_to_handler(run.b[cpu], ping_handler, "bench-ping", &run.hits[cpu]);
	return rc ? rc : xen_evtchn_bind_vcpu(run.b[cpu], cpu);
}

static void ping_teardown(unsigned int cpus)
{
	unsigned int cpu;

	for (cpu = 0; cpu < cpus; cpu++) {
		if (run.b[cpu])
			xen_evtchn_close(run.b[cpu]);
		if (run.a[cpu])
			xen_evtchn_close(run.a[cpu]);
		run.a[cpu] = run.b[cpu] = 0;
	}
}

/* Operations per second on CPUs 0 .. @cpus - 1 together, or 0. */
static u64 smp_throughput(unsigned int cpus, bool events, u32 hz)
{
	unsigned int cpu;
	u64 total = 0;

	memset(&run, 0, sizeof(run));
	run.events = events;
	for (cpu = 0; events && cpu < cpus; cpu++)
		if (ping_setup(cpu))
			goto out;
	run.start = arch_counter_get_cntvct() + hz / 50;	/* 20 ms to get going */
	run.end = run.start + div_u64((u64)hz * RUN_MS, 1000);
	for (cpu = 1; cpu < cpus; cpu++)
		if (smp_start_on_cpu(cpu, smp_worker, NULL))
			goto out;
	smp_worker(NULL);
	for (cpu = 1; cpu < cpus; cpu++)
		if (smp_wait_on_cpu(cpu, 10000000))
			goto out;
	for (cpu = 0; cpu < cpus; cpu++)
		total += run.done[cpu];
out:
	ping_teardown(cpus);
	return div_u64(total * 1000, RUN_MS);
}

static void report_scaling(const char *what, bool events, u32 hz)
{
	u64 one = 0, rate;
	unsigned int cpus;
	u32 frac;

	for (cpus = 1; cpus <= num_online_cpus(); cpus *= 2) {
		rate = smp_throughput(cpus, events, hz);
		if (cpus == 1)
			one = rate;
		pr_info("%s on %u vCPU(s): %8llu /s  scaling %llu.%02ux\n", what, cpus,
			(unsigned long long)rate,
			(unsigned long long)div_u64_rem(one ? div_u64(rate * 100, (u32)one) : 0,
							100, &frac), frac);
	}
}

struct latency_probe {
	u64 sent, total;
	unsigned int hits;
};

static void latency_handler(evtchn_port_t port, void *data)
{
	struct latency_probe *l = data;

	l->total += arch_counter_get_cntvct() - l->sent;
	WRITE_ONCE(l->hits, l->hits + 1);
}

/* Send from this CPU to a port handled on @cpu; mean ns, or 0. */
static u64 event_latency_to(unsigned int cpu, u32 hz)
{
	struct latency_probe l = { 0 };
	evtchn_port_t a, b;
	unsigned int r;
	u64 spin, ns = 0;
	int rc;

	rc = xen_evtchn_alloc_unbound(DOMID_SELF, &a);
	if (rc)
		return 0;
	rc = xen_evtchn_bind_interdomain(DOMID_SELF, a, &b);
	if (rc)
		goto out_a;
	xen_evtchn_clear_pending(b);
	rc = bind_evtchn_to_handler(b, latency_handler, "bench-latency", &l);
	if (!rc)
		rc = xen_evtchn_bind_vcpu(b, cpu);
	for (r = 0; !rc && r < LATENCY_ROUNDS; r++) {
		l.sent = arch_counter_get_cntvct();
		notify_remote_via_evtchn(a);
		for (spin = 0; READ_ONCE(l.hits) <= r && spin < hz; spin++)
			cpu_relax();
		if (READ_ONCE(l.hits) <= r)
			rc = -ETIMEDOUT;
	}
	if (!rc)
		ns = div_u64(div_u64(l.total, LATENCY_ROUNDS) * 1000000000ULL, hz);
	xen_evtchn_close(b);
out_a:
	xen_evtchn_close(a);
	return ns;
}

/**
 * xen_bench_smp() - the SMP figures, on every online CPU
 * @hz: the counter's frequency
 */
void xen_bench_smp(u32 hz)
{
	pr_info("%u vCPU(s) online; wall-clock figures\n", num_online_cpus());
	report_scaling("null hypercalls", false, hz);
	report_scaling("event send -> handler", true, hz);
	pr_info("event latency, handled on the sending vCPU: %llu ns\n",
		(unsigned long long)event_latency_to(0, hz));
	if (num_online_cpus() > 1)
		pr_info("event latency, handled on another vCPU:  %llu ns\n",
			(unsigned long long)event_latency_to(1, hz));
}
