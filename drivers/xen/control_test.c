// SPDX-License-Identifier: GPL-2.0
/*
 * Control-domain queries against the real hypervisor.  In dom0 they must
 * work; a domU must be refused each of them with -EPERM (Xen's XSM
 * checks, SILO or dummy alike), which is what the cases check there.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/control.h>
#include <xen/interface/memory.h>
#include <xen/interface/version.h>
#include <xen/interface/errno.h>
#include <asm/xen/hypercall.h>
#include "xen_test.h"

/*
 * In a domU, check that @rc is Xen's refusal and end the case there;
 * true means the caller goes on with the dom0 checks.
 */
static bool dom0_or_refused(struct ktap_test *t, long rc)
{
	if (xen_initial_domain())
		return true;
	ktap_expect_eq(t, rc, -XEN_EPERM);
	return false;
}

static void physinfo_sane(struct ktap_test *t)
{
	struct xen_sysctl_physinfo pi;

	long rc = xen_sysctl_physinfo(&pi);

	if (!dom0_or_refused(t, rc) || !ktap_expect_eq(t, rc, 0))
		return;
	ktap_expect(t, pi.nr_cpus >= 1);
	ktap_expect(t, pi.max_cpu_id + 1 >= pi.nr_cpus);
	ktap_expect(t, pi.threads_per_core >= 1);
	ktap_expect(t, pi.nr_nodes >= 1);
	ktap_expect(t, pi.total_pages > 0);
	ktap_expect(t, pi.free_pages <= pi.total_pages);
	ktap_expect(t, pi.capabilities & XEN_SYSCTL_PHYSCAP_gnttab_v1);
}

/*
 * The domctl interface version of each release, from Xen's public headers:
 * an oracle for the one the driver settled on by probing.
 */
static u32 domctl_version_of(long xen_version)
{
	switch (xen_version) {
	case XENVER_RELEASE(4, 17):
		return XEN_DOMCTL_INTERFACE_VERSION_4_17;
	case XENVER_RELEASE(4, 18):
		return XEN_DOMCTL_INTERFACE_VERSION_4_18;
	case XENVER_RELEASE(4, 19):
	case XENVER_RELEASE(4, 20):
		return XEN_DOMCTL_INTERFACE_VERSION_4_19;
	default:
		return 0;
	}
}

/*
 * The driver speaks the version this release defines.  Xen checks the
 * version before privilege, so this holds in a domU too.
 */
static void interface_versions_settled(struct ktap_test *t)
{
	long version = HYPERVISOR_xen_version(XENVER_version, NULL);
	u32 want = domctl_version_of(version);

	ktap_expect_eq(t, xen_sysctl_interface_version(), XEN_SYSCTL_INTERFACE_VERSION_4_17);
	if (!want) {
		ktap_skip(t, "a Xen release this test does not know");
		return;
	}
	ktap_expect_eq(t, xen_domctl_interface_version(), want);
}

static long domctl_at(u32 version, struct xen_domctl *op)
{
	memset(op, 0, sizeof(*op));
	op->cmd = XEN_DOMCTL_getvcpuinfo;
	op->interface_version = version;
	op->domain = DOMID_INVALID;
	return HYPERVISOR_domctl(op);
}

/*
 * Only the exact version is accepted, which is what makes probing work:
 * the neighbours are refused with -EACCES, the settled one gets as far as
 * looking up the (missing) domain.  Xen checks the version, and the
 * handle, before it checks privilege: a domU gets the same answers.
 */
static void wrong_versions_refused(struct ktap_test *t)
{
	u32 sysctl = xen_sysctl_interface_version(), domctl = xen_domctl_interface_version();
	struct xen_sysctl sop = { .cmd = XEN_SYSCTL_physinfo };
	struct xen_domctl dop;

	if (!ktap_expect(t, sysctl && domctl))
		return;
	sop.interface_version = sysctl - 1;
	ktap_expect_eq(t, HYPERVISOR_sysctl(&sop), -XEN_EACCES);
	sop.interface_version = sysctl + 1;
	ktap_expect_eq(t, HYPERVISOR_sysctl(&sop), -XEN_EACCES);
	ktap_expect_eq(t, HYPERVISOR_sysctl((void *)UNMAPPED_GUEST_ADDRESS), -XEN_EFAULT);

	ktap_expect_eq(t, domctl_at(domctl - 1, &dop), -XEN_EACCES);
	ktap_expect_eq(t, domctl_at(domctl + 1, &dop), -XEN_EACCES);
	ktap_expect_eq(t, domctl_at(domctl, &dop), -XEN_ESRCH);
	ktap_expect_eq(t, HYPERVISOR_domctl((void *)UNMAPPED_GUEST_ADDRESS), -XEN_EFAULT);
}

static void getdomaininfo_dom0(struct ktap_test *t)
{
	struct xen_domctl_getdomaininfo di;
	domid_t self = DOMID_SELF;

	long rc = xen_domctl_getdomaininfo(0, &di);

	if (!dom0_or_refused(t, rc)) {
		/* Not even about itself: that is the toolstack's business. */
		ktap_expect_eq(t, xen_domctl_getdomaininfo(xen_domid, &di), -XEN_EPERM);
		return;
	}
	if (!ktap_expect_eq(t, rc, 0))
		return;
	ktap_expect_eq(t, di.domain, 0);
	/* Xen counts the vCPUs this kernel brought up, and no others. */
	ktap_expect_eq(t, di.nr_online_vcpus, num_online_cpus());
	ktap_expect(t, di.max_vcpu_id + 1 >= di.nr_online_vcpus);
	ktap_expect(t, di.flags & XEN_DOMINF_running);
	ktap_expect(t, di.flags & XEN_DOMINF_hvm_guest);
	ktap_expect(t, !(di.flags & (XEN_DOMINF_dying | XEN_DOMINF_shutdown)));
	ktap_expect_eq(t, di.tot_pages, HYPERVISOR_memory_op(XENMEM_current_reservation, &self));
	ktap_expect(t, di.max_pages >= di.tot_pages);
	ktap_expect_eq(t, xen_domctl_getdomaininfo(0x7000, &di), -XEN_ESRCH);
}

/*
 * XENVER_extraversion is a 16-byte buffer: Xen cuts a longer string to
 * 15 characters and its NUL.  hypfs has the whole string.
 */
static bool extraversion_matches(const char *full, const char *cut)
{
	size_t len = strnlen(full, XEN_EXTRAVERSION_LEN - 1);

	return strlen(cut) == len && !strncmp(full, cut, len);
}

/* hypfs: /buildinfo/version/{major,minor,extra} agree with XENVER_*. */
static void hypfs_reads_version(struct ktap_test *t)
{
	long version = HYPERVISOR_xen_version(XENVER_version, NULL);
	char extra[XEN_EXTRAVERSION_LEN] = "", node[64];
	struct xen_hypfs_direntry e;
	u32 num;

	if (!dom0_or_refused(t, xen_hypfs_version()))
		return;
	ktap_expect_eq(t, xen_hypfs_version(), XEN_HYPFS_VERSION);
	ktap_expect_eq(t, xen_hypfs_read("/buildinfo/version/major", &num, sizeof(num), &e), 4);
	ktap_expect_eq(t, e.type, XEN_HYPFS_TYPE_UINT);
	ktap_expect_eq(t, num, XENVER_MAJOR(version));
	ktap_expect_eq(t, xen_hypfs_read("/buildinfo/version/minor", &num, sizeof(num), &e), 4);
	ktap_expect_eq(t, num, XENVER_MINOR(version));

	HYPERVISOR_xen_version(XENVER_extraversion, extra);
	memset(node, 0, sizeof(node));
	ktap_expect(t, xen_hypfs_read("/buildinfo/version/extra", node, sizeof(node), &e) > 0);
	ktap_expect_eq(t, e.type, XEN_HYPFS_TYPE_STRING);
	ktap_expect_eq(t, e.encoding, XEN_HYPFS_ENC_PLAIN);
	ktap_expect_eq(t, e.max_write_len, 0);
	ktap_expect(t, extraversion_matches(node, extra));
	printk("    # hypfs: /buildinfo/version is %u.%u%s\n",
	       (unsigned int)XENVER_MAJOR(version), num, node);
}

static void hypfs_errors(struct ktap_test *t)
{
	struct xen_hypfs_direntry e;
	char c;

	long rc = xen_hypfs_read("/no/such/node", &c, 1, &e);

	if (!dom0_or_refused(t, rc))
		return;
	ktap_expect_eq(t, rc, -XEN_ENOENT);
	/* Too small: Xen still fills in the entry, so we learn the size. */
	ktap_expect_eq(t, xen_hypfs_read("/buildinfo/version/extra", &c, 0, &e), -XEN_ENOBUFS);
	ktap_expect(t, e.content_len > 0);
	ktap_expect_eq(t, HYPERVISOR_hypfs_op(XEN_HYPFS_OP_read, "/buildinfo", 3, &e, sizeof(e)),
		       -XEN_EINVAL);
	ktap_expect_eq(t, HYPERVISOR_hypfs_op(XEN_HYPFS_OP_read,
					      (void *)UNMAPPED_GUEST_ADDRESS, 8, &e, sizeof(e)),
		       -XEN_EFAULT);
}

static const struct ktap_case control_cases[] = {
	KTAP_CASE(physinfo_sane),
	KTAP_CASE(interface_versions_settled),
	KTAP_CASE(wrong_versions_refused),
	KTAP_CASE(getdomaininfo_dom0),
	KTAP_CASE(hypfs_reads_version),
	KTAP_CASE(hypfs_errors),
	{}
};

static const struct ktap_suite control_suite = {
	.name = "control",
	.cases = control_cases,
};
ktap_test_suite(control_suite);
