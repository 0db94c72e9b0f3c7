// SPDX-License-Identifier: GPL-2.0
/*
 * Memory reservation against the real hypervisor: give a page back and
 * get memory back, watching Xen's count of our pages.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <xen/xen.h>
#include <xen/features.h>
#include <xen/mem-reservation.h>
#include <xen/interface/memory.h>
#include <xen/interface/errno.h>
#include <asm/xen/hypercall.h>
#include "xen_test.h"

static void reservation_queries(struct ktap_test *t)
{
	long cur = xen_current_reservation(DOMID_SELF);
	long max = xen_maximum_reservation(DOMID_SELF);

	ktap_expect(t, cur > 0);
	ktap_expect(t, max >= cur);
	ktap_expect_eq(t, xen_current_reservation(0x7000), -XEN_ESRCH);
	ktap_expect_eq(t, HYPERVISOR_memory_op(XENMEM_current_reservation,
					       (void *)UNMAPPED_GUEST_ADDRESS), -XEN_EFAULT);
	ktap_expect_eq(t, HYPERVISOR_memory_op(99, NULL), -XEN_ENOSYS);
}

/*
 * decrease_reservation then populate_physmap of the same frame.  Xen keeps
 * a direct-mapped domain's page allocated to it when it is given back
 * (devices without an IOMMU need the same frame again), so for dom0 the
 * count does not move; any other domain loses the page and gets a fresh
 * one.  Either way the round trip ends with the count it started with
 * and usable memory at the frame.
 */
static void give_back_and_populate(struct ktap_test *t)
{
	bool direct = xen_feature(XENFEAT_direct_mapped);
	long before = xen_current_reservation(DOMID_SELF);
	volatile u32 *page = alloc_page();
	xen_pfn_t pfn;

	if (!ktap_expect(t, page && before > 0))
		goto out;
	pfn = virt_to_pfn((void *)page);
	ktap_expect_eq(t, xen_decrease_reservation(&pfn, 1), 1);
	ktap_expect_eq(t, xen_current_reservation(DOMID_SELF), direct ? before : before - 1);
	/* The frame is gone: giving it back again takes nothing. */
	ktap_expect_eq(t, xen_decrease_reservation(&pfn, 1), 0);

	ktap_expect_eq(t, xen_populate_physmap(&pfn, 1), 1);
	ktap_expect_eq(t, xen_current_reservation(DOMID_SELF), before);
	page[0] = 0xc0ffee;
	ktap_expect_eq(t, page[0], 0xc0ffee);
out:
	if (page)
		free_page((void *)page);
}

/* A domain at its maximum gets nothing more. */
static void increase_past_maximum(struct ktap_test *t)
{
	long cur = xen_current_reservation(DOMID_SELF);

	if (cur != xen_maximum_reservation(DOMID_SELF)) {
		ktap_skip(t, "below the maximum reservation");
		return;
	}
	ktap_expect_eq(t, xen_increase_reservation(1), 0);
	ktap_expect_eq(t, xen_current_reservation(DOMID_SELF), cur);
}

/* A list Xen cannot read gives back nothing, and says so. */
static void bad_extent_list(struct ktap_test *t)
{
	long before = xen_current_reservation(DOMID_SELF);

	ktap_expect_eq(t, xen_decrease_reservation((void *)UNMAPPED_GUEST_ADDRESS, 1), 0);
	ktap_expect_eq(t, xen_current_reservation(DOMID_SELF), before);
	/* Xen reports extents done (none), not -EFAULT, for an unreadable argument. */
	ktap_expect_eq(t, HYPERVISOR_memory_op(XENMEM_decrease_reservation,
					       (void *)UNMAPPED_GUEST_ADDRESS), 0);
}

static const struct ktap_case mem_reservation_cases[] = {
	KTAP_CASE(reservation_queries),
	KTAP_CASE(give_back_and_populate),
	KTAP_CASE(increase_past_maximum),
	KTAP_CASE(bad_extent_list),
	{}
};

static const struct ktap_suite mem_reservation_suite = {
	.name = "mem_reservation",
	.cases = mem_reservation_cases,
};
ktap_test_suite(mem_reservation_suite);
