// SPDX-License-Identifier: GPL-2.0
/*
 * The hypercall layer against the real hypervisor: each case makes real
 * calls through the stubs and checks what Xen answered, including the
 * errors a bad call must come back with.
 */
#include <linux/ktap.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/interface/xen.h>
#include <xen/interface/version.h>
#include <xen/interface/hypfs.h>
#include <xen/interface/errno.h>
#include <asm/xen/hypercall.h>

/* An address no guest RAM sits at in the virt machine's memory map. */
#define UNMAPPED_GUEST_ADDRESS	0x1000UL

static void xen_version_is_4(struct ktap_test *t)
{
	long v = HYPERVISOR_xen_version(XENVER_version, NULL);

	ktap_expect_eq(t, v >> 16, 4);
}

static void xen_version_extraversion(struct ktap_test *t)
{
	char extra[XEN_EXTRAVERSION_LEN];

	memset(extra, 0xff, sizeof(extra));
	if (!ktap_expect_eq(t, HYPERVISOR_xen_version(XENVER_extraversion, extra), 0))
		return;
	ktap_expect(t, strnlen(extra, sizeof(extra)) < sizeof(extra));
}

/*
 * console_io is the hardware domain's.  Whether another domain may write
 * is Xen's policy: a release build refuses it with -EPERM before looking
 * at the buffer, a debug build (CONFIG_VERBOSE_DEBUG) lets any domain
 * write.  A zero-byte write answers the question the way
 * xen_console_io_init() asks it; dom0 must be allowed.
 */
static bool console_io_allowed(struct ktap_test *t)
{
	long rc = HYPERVISOR_console_io(CONSOLEIO_write, 0, NULL);

	if (xen_initial_domain())
		ktap_expect_eq(t, rc, 0);
	else
		ktap_expect(t, rc == 0 || rc == -XEN_EPERM);
	return rc == 0;
}

static void console_io_write(struct ktap_test *t)
{
	char msg[] = "    # console_io: this line came through HYPERVISOR_console_io\n";
	long want = console_io_allowed(t) ? 0 : -XEN_EPERM;

	ktap_expect_eq(t, HYPERVISOR_console_io(CONSOLEIO_write, sizeof(msg) - 1, msg), want);
}

/* Refused before the buffer is read, or allowed and then a fault. */
static void console_io_bad_buffer(struct ktap_test *t)
{
	long want = console_io_allowed(t) ? -XEN_EFAULT : -XEN_EPERM;

	ktap_expect_eq(t, HYPERVISOR_console_io(CONSOLEIO_write, 16,
						(char *)UNMAPPED_GUEST_ADDRESS), want);
}

static void unknown_hypercall_enosys(struct ktap_test *t)
{
	ktap_expect_eq(t, privcmd_call(__HYPERVISOR_arch_7, 1, 2, 3, 4, 5), -XEN_ENOSYS);
	ktap_expect_eq(t, privcmd_call(63, 0, 0, 0, 0, 0), -XEN_ENOSYS);
}

static void privcmd_call_matches_stub(struct ktap_test *t)
{
	ktap_expect_eq(t, privcmd_call(__HYPERVISOR_xen_version, XENVER_version, 0, 0, 0, 0),
		       HYPERVISOR_xen_version(XENVER_version, NULL));
}

/*
 * hypfs_op(get_version) insists that all four other arguments are zero,
 * so it tells whether the fifth one (r4 on arm) reached Xen.  Only the
 * hardware domain may use hypfs: a domU gets -EPERM whatever it passes,
 * so there the fifth argument goes untested.
 */
static void hypfs_fifth_argument(struct ktap_test *t)
{
	if (!xen_initial_domain()) {
		ktap_expect_eq(t, HYPERVISOR_hypfs_op(XEN_HYPFS_OP_get_version, NULL, 0, NULL, 0),
			       -XEN_EPERM);
		ktap_skip(t, "not dom0: hypfs is refused, r4 cannot be observed");
		return;
	}
	ktap_expect_eq(t, HYPERVISOR_hypfs_op(XEN_HYPFS_OP_get_version, NULL, 0, NULL, 0),
		       XEN_HYPFS_VERSION);
	ktap_expect_eq(t, HYPERVISOR_hypfs_op(XEN_HYPFS_OP_get_version, NULL, 0, NULL, 1),
		       -XEN_EINVAL);
	ktap_expect_eq(t, privcmd_call(__HYPERVISOR_hypfs_op, XEN_HYPFS_OP_get_version,
				       0, 0, 0, 1), -XEN_EINVAL);
	ktap_expect_eq(t, privcmd_call(__HYPERVISOR_hypfs_op, XEN_HYPFS_OP_get_version,
				       0, 0, 0, 0), XEN_HYPFS_VERSION);
}

static const struct ktap_case hypercall_cases[] = {
	KTAP_CASE(xen_version_is_4),
	KTAP_CASE(xen_version_extraversion),
	KTAP_CASE(console_io_write),
	KTAP_CASE(console_io_bad_buffer),
	KTAP_CASE(unknown_hypercall_enosys),
	KTAP_CASE(privcmd_call_matches_stub),
	KTAP_CASE(hypfs_fifth_argument),
	{}
};

static const struct ktap_suite hypercall_suite = {
	.name = "hypercall",
	.cases = hypercall_cases,
};
ktap_test_suite(hypercall_suite);
