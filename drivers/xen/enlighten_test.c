// SPDX-License-Identifier: GPL-2.0
/*
 * What xen_guest_init() set up: the device tree's view, features,
 * shared_info and the registered vcpu_info, checked against Xen.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <xen/xen.h>
#include <xen/features.h>
#include <xen/interface/memory.h>
#include <xen/interface/vcpu.h>
#include <xen/interface/version.h>
#include <xen/interface/errno.h>
#include <asm/xen/hypercall.h>
#include "xen_test.h"

static void dt_hypervisor_node(struct ktap_test *t)
{
	/* Xen gives the upcall a PPI, the same INTID on every vCPU. */
	ktap_expect(t, xen_dt.evtchn_irq >= 16 && xen_dt.evtchn_irq < 32);
	ktap_expect(t, xen_dt.gnttab_base != 0);
	ktap_expect(t, IS_ALIGNED(xen_dt.gnttab_base, PAGE_SIZE));
	ktap_expect(t, xen_dt.gnttab_size >= PAGE_SIZE);
}

static void features_as_xen_reports(struct ktap_test *t)
{
	struct xen_feature_info fi = { .submap_idx = 0 };

	ktap_expect_eq(t, HYPERVISOR_xen_version(XENVER_get_features, &fi), 0);
	ktap_expect_eq(t, xen_feature(XENFEAT_dom0), !!(fi.submap & (1U << XENFEAT_dom0)));
	/* Every ARM guest is auto-translated and may use SMCCC. */
	ktap_expect(t, xen_feature(XENFEAT_auto_translated_physmap));
	ktap_expect(t, xen_feature(XENFEAT_ARM_SMCCC_supported));
	ktap_expect(t, !xen_feature(XENFEAT_NR_BITS));
	/* Only submap 0 exists. */
	fi.submap_idx = 1;
	ktap_expect_eq(t, HYPERVISOR_xen_version(XENVER_get_features, &fi), -XEN_EINVAL);
	ktap_expect_eq(t, HYPERVISOR_xen_version(XENVER_pagesize, NULL), PAGE_SIZE);
}

static void shared_info_mapped(struct ktap_test *t)
{
	struct shared_info *s = HYPERVISOR_shared_info;

	if (!ktap_expect(t, s != NULL))
		return;
	ktap_expect(t, IS_ALIGNED((unsigned long)s, PAGE_SIZE));
	/* Xen publishes the wall clock with an even version once written. */
	ktap_expect_eq(t, READ_ONCE(s->wc_version) & 1, 0);
}

/*
 * A second area for vCPU 0 must be refused and left alone: had Xen moved
 * there, it would have copied our vcpu_info in and marked events pending.
 */
static void vcpu_info_stays(struct ktap_test *t)
{
	const u8 *other = alloc_page();
	struct vcpu_register_vcpu_info info = { .offset = 0 };
	unsigned int i, nonzero = 0;

	if (!ktap_expect(t, other != NULL))
		return;
	info.mfn = virt_to_pfn(other);
	ktap_expect(t, HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, 0, &info) < 0);
	for (i = 0; i < sizeof(struct vcpu_info); i++)
		nonzero += READ_ONCE(other[i]) != 0;
	ktap_expect_eq(t, nonzero, 0);
	free_page((void *)other);
}

/*
 * Registration is once per vCPU (public/vcpu.h): a second attempt must be
 * refused.  Which errno says so is not part of the ABI, and it changed:
 * 4.17 answers -EINVAL, 4.20 -EBUSY.
 */
static void vcpu_info_registered(struct ktap_test *t)
{
	struct vcpu_register_vcpu_info info = {
		.mfn = virt_to_pfn(xen_this_vcpu()),
		.offset = virt_to_phys(xen_this_vcpu()) & ~PAGE_MASK,
	};

	if (!ktap_expect(t, xen_this_vcpu() != NULL))
		return;
	ktap_expect(t, xen_this_vcpu() != &HYPERVISOR_shared_info->vcpu_info[0]);
	ktap_expect(t, HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, 0, &info) < 0);
	vcpu_info_stays(t);
	/*
	 * A vCPU that does not exist.  (Not vCPU 1: dom0 has one, offline,
	 * and Xen would happily point its vcpu_info at ours, marking every
	 * event pending in it.)
	 */
	ktap_expect_eq(t, HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, GUEST_MAX_VCPUS, &info),
		       -XEN_ENOENT);
	ktap_expect_eq(t, HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, 0,
					     (void *)UNMAPPED_GUEST_ADDRESS), -XEN_EFAULT);
}

/*
 * The id xen_guest_init() learnt is ours: Xen answers a question about it
 * as one about DOMID_SELF.  dom0 is domain 0; a domU is not, and may not
 * ask about dom0.
 */
static void domid_is_ours(struct ktap_test *t)
{
	domid_t self = DOMID_SELF, id = xen_domid, dom0 = 0;

	if (!ktap_expect(t, xen_domid < DOMID_FIRST_RESERVED))
		return;
	ktap_expect_eq(t, HYPERVISOR_memory_op(XENMEM_current_reservation, &id),
		       HYPERVISOR_memory_op(XENMEM_current_reservation, &self));
	if (xen_initial_domain()) {
		ktap_expect_eq(t, xen_domid, 0);
		return;
	}
	ktap_expect(t, xen_domid != 0);
	ktap_expect_eq(t, HYPERVISOR_memory_op(XENMEM_current_reservation, &dom0), -XEN_EPERM);
}

static const struct ktap_case enlighten_cases[] = {
	KTAP_CASE(dt_hypervisor_node),
	KTAP_CASE(features_as_xen_reports),
	KTAP_CASE(shared_info_mapped),
	KTAP_CASE(vcpu_info_registered),
	KTAP_CASE(domid_is_ours),
	{}
};

static const struct ktap_suite enlighten_suite = {
	.name = "enlighten",
	.cases = enlighten_cases,
};
ktap_test_suite(enlighten_suite);
