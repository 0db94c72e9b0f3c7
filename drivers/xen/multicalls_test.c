// SPDX-License-Identifier: GPL-2.0
/*
 * Multicalls against the real hypervisor: a batch must give each entry
 * exactly what the same call made alone returns.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <xen/multicall.h>
#include <xen/interface/version.h>
#include <xen/interface/event_channel.h>
#include <xen/interface/errno.h>
#include <asm/xen/hypercall.h>
#include "xen_test.h"

#define BATCH	8

static struct multicall_entry entries[BATCH];

static void results_match_single_calls(struct ktap_test *t)
{
	static struct evtchn_status st = { .dom = DOMID_SELF, .port = 0 };
	struct xen_mc_batch mc;
	long single[5];
	unsigned int i;

	xen_mc_init(&mc, entries, BATCH);
	ktap_expect_eq(t, xen_mc_call2(&mc, __HYPERVISOR_xen_version, XENVER_version, 0), 0);
	ktap_expect_eq(t, xen_mc_call2(&mc, __HYPERVISOR_xen_version, XENVER_pagesize, 0), 1);
	ktap_expect_eq(t, xen_mc_call2(&mc, __HYPERVISOR_event_channel_op, EVTCHNOP_status,
				       (unsigned long)&st), 2);
	ktap_expect_eq(t, xen_mc_call2(&mc, __HYPERVISOR_sched_op, 0 /* yield */, 0), 3);
	ktap_expect_eq(t, xen_mc_call2(&mc, __HYPERVISOR_xen_version, 1000, 0), 4);
	/* Entries 4 fails (unknown XENVER_), the rest succeed. */
	ktap_expect_eq(t, xen_mc_flush(&mc), 1);

	single[0] = HYPERVISOR_xen_version(XENVER_version, NULL);
	single[1] = HYPERVISOR_xen_version(XENVER_pagesize, NULL);
	single[2] = HYPERVISOR_event_channel_op(EVTCHNOP_status, &st);
	single[3] = HYPERVISOR_sched_op(0, NULL);
	single[4] = HYPERVISOR_xen_version(1000, NULL);
	for (i = 0; i < ARRAY_SIZE(single); i++)
		ktap_expect_eq(t, xen_mc_result(&mc, i), single[i]);
	ktap_expect_eq(t, xen_mc_result(&mc, 4), -XEN_ENOSYS);
}

/* Unknown hypercall numbers fail their own entry only. */
static void invalid_op_enosys(struct ktap_test *t)
{
	struct xen_mc_batch mc;

	xen_mc_init(&mc, entries, BATCH);
	xen_mc_call1(&mc, 63, 0);
	xen_mc_call1(&mc, 4096, 0);
	xen_mc_call2(&mc, __HYPERVISOR_xen_version, XENVER_version, 0);
	ktap_expect_eq(t, xen_mc_flush(&mc), 2);
	ktap_expect_eq(t, xen_mc_result(&mc, 0), -XEN_ENOSYS);
	ktap_expect_eq(t, xen_mc_result(&mc, 1), -XEN_ENOSYS);
	ktap_expect_eq(t, xen_mc_result(&mc, 2) >> 16, 4);
}

/*
 * Arguments are zero-extended: Xen crashes a 32-bit guest whose multicall
 * arguments have upper bits set, so this case also passing on arm32 shows
 * a negative command never gets sign-extended into an entry.  The entry
 * is checked as queued: once the batch has run, only its result is
 * defined (a debug Xen fills the rest with 0xaa bytes).
 */
static void negative_args_zero_extended(struct ktap_test *t)
{
	struct xen_mc_batch mc;

	xen_mc_init(&mc, entries, BATCH);
	xen_mc_call2(&mc, __HYPERVISOR_xen_version, (unsigned long)-1, 0);
	ktap_expect_eq(t, entries[0].op, __HYPERVISOR_xen_version);
	ktap_expect_eq(t, entries[0].args[0], (xen_ulong_t)(unsigned long)-1);
	ktap_expect_eq(t, entries[0].args[1], 0);
	ktap_expect_eq(t, xen_mc_flush(&mc), 1);
	ktap_expect_eq(t, xen_mc_result(&mc, 0), HYPERVISOR_xen_version(-1, NULL));
}

static void batch_limits(struct ktap_test *t)
{
	unsigned long args[7] = { 0 };
	struct xen_mc_batch mc;
	unsigned int i;

	xen_mc_init(&mc, entries, BATCH);
	ktap_expect_eq(t, xen_mc_flush(&mc), 0);
	ktap_expect_eq(t, xen_mc_add(&mc, __HYPERVISOR_xen_version, 7, args), -EINVAL);
	for (i = 0; i < BATCH; i++)
		xen_mc_call2(&mc, __HYPERVISOR_xen_version, XENVER_version, 0);
	ktap_expect_eq(t, xen_mc_call2(&mc, __HYPERVISOR_xen_version, XENVER_version, 0),
		       -ENOSPC);
	ktap_expect_eq(t, xen_mc_flush(&mc), 0);
	for (i = 0; i < BATCH; i++)
		ktap_expect_eq(t, xen_mc_result(&mc, i) >> 16, 4);
}

static void bad_handle_efault(struct ktap_test *t)
{
	ktap_expect_eq(t, HYPERVISOR_multicall((void *)UNMAPPED_GUEST_ADDRESS, 1), -XEN_EFAULT);
	ktap_expect_eq(t, HYPERVISOR_multicall(entries, 0), 0);
}

static const struct ktap_case multicall_cases[] = {
	KTAP_CASE(results_match_single_calls),
	KTAP_CASE(invalid_op_enosys),
	KTAP_CASE(negative_args_zero_extended),
	KTAP_CASE(batch_limits),
	KTAP_CASE(bad_handle_efault),
	{}
};

static const struct ktap_suite multicall_suite = {
	.name = "multicall",
	.cases = multicall_cases,
};
ktap_test_suite(multicall_suite);
