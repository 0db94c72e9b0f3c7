// SPDX-License-Identifier: GPL-2.0
/*
 * Hypercall benchmark (CONFIG_XEN_BENCH), run instead of the KTAP suites:
 * the cost of a null hypercall, of a one-argument and of the five-argument
 * hypfs_op call, of 64 cheap calls made one by one against the same 64 in
 * one multicall, and the latency from EVTCHNOP_send to the upcall handler
 * on a loopback event channel.
 *
 * Times come from the generic timer's virtual counter.  Under QEMU with
 * -icount the counter follows executed instructions, so the figures are
 * repeatable; without it they are wall-clock and vary with the host.
 */
#define pr_fmt(fmt) "bench: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/math64.h>
#include <xen/xen.h>
#include <xen/events.h>
#include <xen/multicall.h>
#include <xen/interface/version.h>
#include <xen/interface/hypfs.h>
#include <asm/arch_timer.h>
#include <asm/xen/hypercall.h>
#include "bench.h"

#define NULL_CALLS	4096
#define BATCH		64
#define BATCH_ROUNDS	64
#define EVENT_ROUNDS	256

static u32 counter_hz;

/* Counter ticks for @n operations -> nanoseconds per operation, x100. */
static u64 centi_ns_per_op(u64 ticks, unsigned int n)
{
	/* Per-op hundredths of a tick first, so that nothing overflows. */
	return div_u64(div_u64(ticks * 100, n) * 1000000000ULL, counter_hz);
}

static void report(const char *what, u64 ticks, unsigned int n)
{
	u32 frac;
	u64 whole = div_u64_rem(centi_ns_per_op(ticks, n), 100, &frac);

	pr_info("%-38s %8llu.%02u ns/op  (%llu ticks / %u)\n", what,
		(unsigned long long)whole, frac, (unsigned long long)ticks, n);
}

/*
 * The single calls measured, each in a function of its own that takes its
 * arguments from memory and stores the result there, as most call sites
 * do.  noipa keeps GCC from inlining or specialising them, so that
 * scripts/hypercall-cost counts (with objdump) the very instructions timed
 * here, with stubs and with CONFIG_XEN_HYPERCALL_INLINE.
 */
struct bench_args {
	unsigned int cmd;
	const char *path;
	unsigned long path_len;
	void *buf;
	unsigned long buf_len;
	long ret;
};

#define __noipa __attribute__((__noipa__))

/* Xen answers at once: the cost of a trap and nothing else. */
__noipa static void bench_call_null(struct bench_args *a)
{
	a->ret = HYPERVISOR_xen_version(XENVER_version, NULL);
}

/* One argument; Xen's XSM (dummy or SILO) knows no xsm_op and says so. */
__noipa static void bench_call_1(struct bench_args *a)
{
	a->ret = HYPERVISOR_xsm_op(a->buf);
}

/* Five arguments, the fifth in r4 on arm; get_version reads none of them. */
__noipa static void bench_call_hypfs(struct bench_args *a)
{
	a->ret = HYPERVISOR_hypfs_op(a->cmd, a->path, a->path_len, a->buf, a->buf_len);
}

/* No such hypercall: Xen's dispatcher refuses it, by number, at run time. */
__noipa static void bench_call_invalid(struct bench_args *a)
{
	a->ret = privcmd_call(63, 0, 0, 0, 0, 0);
}

static void bench_one(const char *what, void (*call)(struct bench_args *a))
{
	struct bench_args a = { .cmd = XEN_HYPFS_OP_get_version };
	unsigned int i;
	u64 t0;

	t0 = arch_counter_get_cntvct();
	for (i = 0; i < NULL_CALLS; i++)
		call(&a);
	report(what, arch_counter_get_cntvct() - t0, NULL_CALLS);
	pr_info("  (%s returned %ld)\n", what, a.ret);
}

static void bench_null_calls(void)
{
	bench_one("null hypercall (xen_version)", bench_call_null);
	bench_one("1-argument call (xsm_op)", bench_call_1);
	bench_one("5-argument call (hypfs_op)", bench_call_hypfs);
	bench_one("invalid hypercall (-ENOSYS)", bench_call_invalid);
}

static struct multicall_entry bench_entries[BATCH];

static int bench_multicall(void)
{
	struct xen_mc_batch mc;
	u64 t0, single, batched, ratio;
	u32 frac;
	unsigned int r, i;

	t0 = arch_counter_get_cntvct();
	for (r = 0; r < BATCH_ROUNDS; r++)
		for (i = 0; i < BATCH; i++)
			HYPERVISOR_xen_version(XENVER_version, NULL);
	single = arch_counter_get_cntvct() - t0;

	t0 = arch_counter_get_cntvct();
	for (r = 0; r < BATCH_ROUNDS; r++) {
		xen_mc_init(&mc, bench_entries, BATCH);
		for (i = 0; i < BATCH; i++)
			xen_mc_call2(&mc, __HYPERVISOR_xen_version, XENVER_version, 0);
		if (xen_mc_flush(&mc))
			return -EIO;
	}
	batched = arch_counter_get_cntvct() - t0;

	report("64 separate calls (per call)", single, BATCH_ROUNDS * BATCH);
	report("64 calls in one multicall (per call)", batched, BATCH_ROUNDS * BATCH);
	ratio = div_u64_rem(div_u64(single * 100, (u32)batched), 100, &frac);
	pr_info("multicall speed-up: %llu.%02ux\n", (unsigned long long)ratio, frac);
	return 0;
}

struct latency {
	u64 sent;
	u64 total;
	unsigned int hits;
};

static void latency_handler(evtchn_port_t port, void *data)
{
	struct latency *l = data;

	l->total += arch_counter_get_cntvct() - l->sent;
	l->hits++;
}

static int bench_event_latency(void)
{
	struct latency l = { 0 };
	evtchn_port_t a, b;
	unsigned int r, spin;
	int rc;

	rc = xen_evtchn_alloc_unbound(DOMID_SELF, &a);
	if (rc)
		return rc;
	rc = xen_evtchn_bind_interdomain(DOMID_SELF, a, &b);
	if (!rc) {
		/* Not the event Xen raises on every new binding: nothing sent it. */
		xen_evtchn_clear_pending(b);
		rc = bind_evtchn_to_handler(b, latency_handler, "bench", &l);
	}
	for (r = 0; !rc && r < EVENT_ROUNDS; r++) {
		l.sent = arch_counter_get_cntvct();
		rc = notify_remote_via_evtchn(a);
		for (spin = 0; !rc && READ_ONCE(l.hits) <= r && spin < 1000000; spin++)
			barrier();
		if (READ_ONCE(l.hits) <= r)
			rc = -ETIMEDOUT;
	}
	if (!rc)
		report("event send -> upcall handler", l.total, EVENT_ROUNDS);
	xen_evtchn_close(b);
	xen_evtchn_close(a);
	return rc;
}

/**
 * xen_bench_run() - measure and print, then let the caller power off
 *
 * Return: 0, or the number of benchmarks that could not run.
 */
int xen_bench_run(void)
{
	int failed = 0, rc;

	counter_hz = arch_timer_get_cntfrq();
	if (!counter_hz) {
		pr_err("the generic timer reports no frequency\n");
		return 1;
	}
	pr_info("counter at %u Hz, event channels %s\n", counter_hz, xen_evtchn_abi_name());
	bench_null_calls();
	rc = bench_multicall();
	if (rc) {
		pr_err("multicall benchmark failed: %d\n", rc);
		failed++;
	}
	rc = bench_event_latency();
	if (rc) {
		pr_err("event latency benchmark failed: %d\n", rc);
		failed++;
	}
	xen_bench_smp(counter_hz);
	pr_info("done\n");
	return failed;
}
