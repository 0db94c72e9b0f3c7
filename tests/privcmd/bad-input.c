// SPDX-License-Identifier: GPL-2.0
/*
 * privcmd-test bad DOMID: every ioctl of /dev/xen/privcmd, and the mmap of
 * both devices, with bad input; each case checks the errno (Linux's
 * privcmd answers the same).  Then the cases with racing threads
 * (bad-race.c).  DOMID is a paused domU with RAM at GUEST_RAM_GFN.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <xen/hvm/dm_op.h>
#include <xen/memory.h>
#include <xen/version.h>

#include "tap.h"
#include "tests.h"
#include "util.h"

#if UINTPTR_MAX > 0xffffffffUL
#define KERNEL_ADDR	0xffff800008000000UL
#else
#define KERNEL_ADDR	0xc0008000UL
#endif
/* Mapped nowhere in a process (the first page). */
#define UNMAPPED_ADDR	0x10UL

static domid_t domid;

static void test_hypercall(int fd)
{
	struct privcmd_hypercall call = { __HYPERVISOR_xen_version, { XENVER_version } };
	char *buf = malloc(sizeof(call) + 1);
	char extra[XEN_EXTRAVERSION_LEN] = "";

	expect_errno(ioctl(fd, IOCTL_PRIVCMD_HYPERCALL, NULL), EFAULT,
		     "HYPERCALL: NULL argument -> EFAULT");
	expect_errno(ioctl(fd, IOCTL_PRIVCMD_HYPERCALL, UNMAPPED_ADDR), EFAULT,
		     "HYPERCALL: unmapped argument -> EFAULT");
	expect_errno(ioctl(fd, IOCTL_PRIVCMD_HYPERCALL, KERNEL_ADDR), EFAULT,
		     "HYPERCALL: kernel address as argument -> EFAULT");
	memcpy(buf + 1, &call, sizeof(call));
	check(ioctl(fd, IOCTL_PRIVCMD_HYPERCALL, buf + 1) == expected_xen_version(),
	      "HYPERCALL: unaligned argument works");
	free(buf);
	expect_errno(hypercall(fd, 64, 0, 0, 0, 0, 0), ENOSYS,
		     "HYPERCALL: no such hypercall -> Xen's ENOSYS");
	expect_errno(hypercall(fd, 1ULL << 32 | __HYPERVISOR_xen_version, 0, 0, 0, 0, 0), EINVAL,
		     "HYPERCALL: number beyond 32 bits -> EINVAL");
	expect_errno(hypercall(fd, __HYPERVISOR_xen_version, XENVER_extraversion, UNMAPPED_ADDR,
			       0, 0, 0), EFAULT,
		     "HYPERCALL: Xen writing to an unmapped user address -> EFAULT");
	check(!hypercall(fd, __HYPERVISOR_xen_version, XENVER_extraversion, (uintptr_t)extra,
			 0, 0, 0) && extra[0] == '.',
	      "HYPERCALL: Xen writes into ordinary user memory ('%.16s')", extra);
}

/* A V2 call on a fresh VMA of @pages that maps @num frames from the domU's RAM. */
static long fresh_v2(int fd, unsigned long pages, unsigned int num, int *err_out)
{
	xen_pfn_t gfns[4] = { GUEST_RAM_GFN, GUEST_RAM_GFN + 1, GUEST_RAM_GFN + 2,
			      GUEST_RAM_GFN + 3 };
	int errs[4];
	void *p = privcmd_vma(fd, pages);
	long rc;

	rc = mmapbatch_v2(fd, p, num, domid, gfns, err_out ?: errs);
	if (p)
		munmap(p, pages * PAGE_SIZE);
	return rc;
}

/*
 * An error array (v2) or frame array (v1) the module cannot write fails
 * the call before any frame is mapped: the VMA's page still faults, and
 * the whole VMA can still be mapped afterwards.
 */
static void test_unwritable_errors(int fd)
{
	xen_pfn_t gfns[2] = { GUEST_RAM_GFN, GUEST_RAM_GFN + 1 };
	xen_pfn_t *ro_gfns = map_anywhere(1, PROT_READ | PROT_WRITE);
	int *ro = map_anywhere(1, PROT_READ), errs[2];
	char *p = privcmd_vma(fd, 2);

	expect_errno(mmapbatch_v2(fd, p, 2, domid, gfns, ro), EFAULT,
		     "MMAPBATCH_V2: read-only error array -> EFAULT");
	check(read_faults(p) && read_faults(p + PAGE_SIZE),
	      "MMAPBATCH_V2: and no frame was mapped before it failed");
	expect_errno(mmapbatch_v2(fd, p, 2, domid, gfns, errs), 0,
		     "MMAPBATCH_V2: the same VMA maps whole afterwards");
	munmap(p, 2 * PAGE_SIZE);

	p = privcmd_vma(fd, 2);
	memcpy(ro_gfns, gfns, sizeof(gfns));
	mprotect(ro_gfns, PAGE_SIZE, PROT_READ);
	expect_errno(mmapbatch_v1(fd, p, 2, domid, ro_gfns), EFAULT,
		     "MMAPBATCH: read-only frame array -> EFAULT");
	check(read_faults(p) && read_faults(p + PAGE_SIZE),
	      "MMAPBATCH: and no frame was mapped before it failed");
	munmap(p, 2 * PAGE_SIZE);
	munmap(ro_gfns, PAGE_SIZE);
	munmap(ro, PAGE_SIZE);
}

static void test_v2_args(int fd)
{
	xen_pfn_t gfn = GUEST_RAM_GFN;
	char *anon = map_anywhere(1, PROT_READ | PROT_WRITE);
	char *ro = map_anywhere(1, PROT_READ);
	char *p = privcmd_vma(fd, 1);
	int err;

	expect_errno(ioctl(fd, IOCTL_PRIVCMD_MMAPBATCH_V2, NULL), EFAULT,
		     "MMAPBATCH_V2: NULL argument -> EFAULT");
	expect_errno(mmapbatch_v2(fd, p, 0, domid, &gfn, &err), EINVAL,
		     "MMAPBATCH_V2: 0 frames -> EINVAL");
	expect_errno(mmapbatch_v2(fd, p, UINT32_MAX, domid, &gfn, &err), EINVAL,
		     "MMAPBATCH_V2: 2^32-1 frames -> EINVAL");
	expect_errno(mmapbatch_v2(fd, p, 0x40000001, domid, &gfn, &err), EINVAL,
		     "MMAPBATCH_V2: 2^30+1 frames (size overflow on 32 bits) -> EINVAL");
	expect_errno(mmapbatch_v2(fd, anon, 1, domid, &gfn, &err), EINVAL,
		     "MMAPBATCH_V2: VMA not from privcmd -> EINVAL");
	expect_errno(mmapbatch_v2(fd, p + 1, 1, domid, &gfn, &err), EINVAL,
		     "MMAPBATCH_V2: unaligned address -> EINVAL");
	expect_errno(mmapbatch_v2(fd, NULL, 1, domid, &gfn, &err), EINVAL,
		     "MMAPBATCH_V2: address 0 -> EINVAL");
	expect_errno(mmapbatch_v2(fd, (void *)KERNEL_ADDR, 1, domid, &gfn, &err), EINVAL,
		     "MMAPBATCH_V2: kernel address -> EINVAL");
	expect_errno(mmapbatch_v2(fd, p, 1, domid, NULL, &err), EFAULT,
		     "MMAPBATCH_V2: NULL frame array -> EFAULT");
	expect_errno(mmapbatch_v2(fd, p, 1, domid, &gfn, (int *)KERNEL_ADDR), EFAULT,
		     "MMAPBATCH_V2: kernel address as error array -> EFAULT");
	munmap(p, PAGE_SIZE);
	expect_errno(fresh_v2(fd, 1, 1, (int *)ro), EFAULT,
		     "MMAPBATCH_V2: read-only error array -> EFAULT");
	expect_errno(fresh_v2(fd, 1, 1, (int *)UNMAPPED_ADDR), EFAULT,
		     "MMAPBATCH_V2: unmapped error array -> EFAULT");
	expect_errno(fresh_v2(fd, 4, 3, NULL), EINVAL,
		     "MMAPBATCH_V2: first call on part of the VMA -> EINVAL");
	expect_errno(fresh_v2(fd, 2, 3, NULL), EINVAL,
		     "MMAPBATCH_V2: more frames than the VMA -> EINVAL");
	munmap(anon, PAGE_SIZE);
	munmap(ro, PAGE_SIZE);
}

/* Unaligned arrays, a second mapping, failed frames and their retry. */
static void test_v2_frames(int fd)
{
	xen_pfn_t gfns[3] = { GUEST_RAM_GFN, 0x1, GUEST_RAM_GFN + 2 }, retry = GUEST_RAM_GFN + 1;
	char *raw = malloc(3 * sizeof(xen_pfn_t) + 3 * sizeof(int) + 2);
	xen_pfn_t *ugfns = (xen_pfn_t *)(raw + 1);
	int *uerrs = (int *)(raw + 2 + 3 * sizeof(xen_pfn_t)), errs[3], err, i;
	char *p = privcmd_vma(fd, 3);

	memcpy(ugfns, gfns, sizeof(gfns));
	expect_errno(mmapbatch_v2(fd, p, 3, domid, ugfns, uerrs), 0,
		     "MMAPBATCH_V2: unaligned frame and error arrays work");
	memcpy(errs, uerrs, sizeof(errs));
	check(!errs[0] && errs[1] == -EINVAL && !errs[2],
	      "MMAPBATCH_V2: per-frame errors (%d %d %d), the bad one -EINVAL", errs[0],
	      errs[1], errs[2]);
	i = read_faults(p + PAGE_SIZE);
	check(i == SIGBUS, "MMAPBATCH_V2: the failed frame's page raises SIGBUS (%d)", i);
	expect_errno(mmapbatch_v2(fd, p, 3, domid, gfns, errs), EINVAL,
		     "MMAPBATCH_V2: mapping the same range twice -> EINVAL");
	expect_errno(mmapbatch_v2(fd, p + PAGE_SIZE, 1, domid, &retry, &err), 0,
		     "MMAPBATCH_V2: retrying the failed frame alone works");
	check(!err && !read_faults(p + PAGE_SIZE), "MMAPBATCH_V2: and its page reads now");
	expect_errno(mmapbatch_v2(fd, p + PAGE_SIZE, 2, domid, gfns, errs), EINVAL,
		     "MMAPBATCH_V2: a range with mapped frames -> EINVAL");
	munmap(p, 3 * PAGE_SIZE);
	free(raw);

	p = privcmd_vma(fd, 2);
	errs[0] = errs[1] = 0;
	expect_errno(mmapbatch_v2(fd, p, 2, NO_SUCH_DOMID, gfns, errs), 0,
		     "MMAPBATCH_V2: a domain that does not exist fails per frame");
	check(errs[0] == -ESRCH && errs[1] == -ESRCH, "MMAPBATCH_V2: with ESRCH (%d %d)",
	      errs[0], errs[1]);
	munmap(p, 2 * PAGE_SIZE);
}

static void test_v1(int fd)
{
	xen_pfn_t gfns[2] = { GUEST_RAM_GFN, 0x1 };
	char *p = privcmd_vma(fd, 2);

	expect_errno(mmapbatch_v1(fd, p, -1, domid, gfns), EINVAL,
		     "MMAPBATCH: -1 frames -> EINVAL");
	expect_errno(mmapbatch_v1(fd, p, 0, domid, gfns), EINVAL,
		     "MMAPBATCH: 0 frames -> EINVAL");
	expect_errno(mmapbatch_v1(fd, p, 2, domid, gfns), 0,
		     "MMAPBATCH: one good and one bad frame");
	check(gfns[0] == GUEST_RAM_GFN && gfns[1] == (0x1 | PRIVCMD_MMAPBATCH_MFN_ERROR),
	      "MMAPBATCH: the bad one has the error flag in its top bits (%#llx %#llx)",
	      (unsigned long long)gfns[0], (unsigned long long)gfns[1]);
	munmap(p, 2 * PAGE_SIZE);
}

/* What a privcmd VMA can and cannot become. */
static void test_vma(int fd)
{
	xen_pfn_t gfns[2] = { GUEST_RAM_GFN, GUEST_RAM_GFN + 1 };
	int errs[2];
	char *p, *q, *moved;
	char first[16];

	p = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	expect_errno(p == MAP_FAILED ? -1 : 0, EINVAL, "mmap: private writable -> EINVAL");
	p = privcmd_vma(fd, 2);
	mmapbatch_v2(fd, p, 2, domid, gfns, errs);
	memcpy(first, p, sizeof(first));
	expect_errno(munmap(p + PAGE_SIZE, PAGE_SIZE), EINVAL, "munmap of half a VMA -> EINVAL");
	q = mremap(p, 2 * PAGE_SIZE, 3 * PAGE_SIZE, 0);
	expect_errno(q == MAP_FAILED ? -1 : 0, EFAULT, "mremap to grow a VMA -> EFAULT");
	q = mremap(p, 2 * PAGE_SIZE, PAGE_SIZE, 0);
	expect_errno(q == MAP_FAILED ? -1 : 0, EINVAL, "mremap to shrink a VMA -> EINVAL");
	moved = map_anywhere(2, PROT_NONE);
	q = mremap(p, 2 * PAGE_SIZE, 2 * PAGE_SIZE, MREMAP_MAYMOVE | MREMAP_FIXED, moved);
	check(q == moved && !memcmp(q, first, sizeof(first)),
	      "mremap moves a mapped VMA, contents and all");
	check(read_faults(p) == SIGSEGV, "and the old address is gone");
	check(!munmap(q, 2 * PAGE_SIZE), "munmap of the whole moved VMA");
}

static void test_mmap(int fd)
{
	expect_errno(ioctl(fd, IOCTL_PRIVCMD_MMAP, NULL), ENOSYS,
		     "MMAP: not on ARM (auto-translated) -> ENOSYS");
	test_v2_args(fd);
	test_v2_frames(fd);
	test_v1(fd);
	test_unwritable_errors(fd);
	test_vma(fd);
}

static long map_resource(int fd, domid_t dom, uint32_t type, void *addr, uint64_t num)
{
	struct privcmd_mmap_resource r = {
		.dom = dom,
		.type = type,
		.id = XENMEM_resource_grant_table_id_shared,
		.num = num,
		.addr = (uintptr_t)addr,
	};
	long rc = ioctl(fd, IOCTL_PRIVCMD_MMAP_RESOURCE, &r);

	return rc ?: (long)r.num;
}

static void test_resource(int fd)
{
	const uint32_t gt = XENMEM_resource_grant_table;
	char *anon = map_anywhere(1, PROT_READ);
	char *p = privcmd_vma(fd, 1), *two = privcmd_vma(fd, 2);

	expect_errno(ioctl(fd, IOCTL_PRIVCMD_MMAP_RESOURCE, NULL), EFAULT,
		     "MMAP_RESOURCE: NULL argument -> EFAULT");
	check(map_resource(fd, domid, gt, NULL, 0) >= 1,
	      "MMAP_RESOURCE: size query of the grant table");
	expect_errno(map_resource(fd, domid, gt, p, 0), EINVAL,
		     "MMAP_RESOURCE: address without size -> EINVAL");
	expect_errno(map_resource(fd, domid, gt, NULL, 1), EINVAL,
		     "MMAP_RESOURCE: size without address -> EINVAL");
	expect_errno(map_resource(fd, domid, 0x10000 | gt, p, 1), EINVAL,
		     "MMAP_RESOURCE: type beyond 16 bits -> EINVAL");
	expect_errno(map_resource(fd, domid, gt, anon, 1), EINVAL,
		     "MMAP_RESOURCE: VMA not from privcmd -> EINVAL");
	expect_errno(map_resource(fd, domid, gt, two, 1), EINVAL,
		     "MMAP_RESOURCE: part of a VMA -> EINVAL");
	expect_errno(map_resource(fd, domid, gt, p, UINT64_MAX), EINVAL,
		     "MMAP_RESOURCE: 2^64-1 frames -> EINVAL");
	expect_errno(map_resource(fd, NO_SUCH_DOMID, gt, p, 1), ESRCH,
		     "MMAP_RESOURCE: a domain that does not exist -> Xen's ESRCH");
	expect_errno(map_resource(fd, domid, gt, p, 1), 0, "MMAP_RESOURCE: frame 0 maps");
	expect_errno(map_resource(fd, domid, gt, p, 1), EINVAL,
		     "MMAP_RESOURCE: mapping the same VMA twice -> EINVAL");
	munmap(p, PAGE_SIZE);
	munmap(two, 2 * PAGE_SIZE);
	munmap(anon, PAGE_SIZE);
}

static long dm_op(int fd, domid_t dom, unsigned int num, const privcmd_dm_op_buf_t *bufs)
{
	privcmd_dm_op_t op = { .dom = dom, .num = num, .ubufs = bufs };

	return ioctl(fd, IOCTL_PRIVCMD_DM_OP, &op);
}

static long nr_vcpus(int fd, domid_t dom, void *where, unsigned int *vcpus)
{
	struct xen_dm_op *op = where;
	privcmd_dm_op_buf_t buf = { op, sizeof(*op) };
	long rc;

	memset(op, 0, sizeof(*op));
	op->op = XEN_DMOP_nr_vcpus;
	rc = dm_op(fd, dom, 1, &buf);
	*vcpus = op->u.nr_vcpus.vcpus;
	return rc;
}

static void test_dm_op(int fd)
{
	privcmd_dm_op_buf_t bufs[17];
	char *ro = map_anywhere(1, PROT_READ);
	static struct xen_dm_op op;
	unsigned int vcpus = 0;
	int i;

	for (i = 0; i < 17; i++)
		bufs[i] = (privcmd_dm_op_buf_t){ &op, sizeof(op) };
	expect_errno(ioctl(fd, IOCTL_PRIVCMD_DM_OP, NULL), EFAULT,
		     "DM_OP: NULL argument -> EFAULT");
	expect_errno(dm_op(fd, domid, 0, bufs), 0, "DM_OP: no buffers does nothing");
	expect_errno(dm_op(fd, domid, 17, bufs), E2BIG, "DM_OP: 17 buffers -> E2BIG");
	expect_errno(dm_op(fd, domid, 65535, bufs), E2BIG, "DM_OP: 65535 buffers -> E2BIG");
	expect_errno(dm_op(fd, domid, 1, NULL), EFAULT, "DM_OP: NULL buffer array -> EFAULT");
	bufs[1].size = 4097;
	expect_errno(dm_op(fd, domid, 2, bufs), E2BIG, "DM_OP: a 4097-byte buffer -> E2BIG");
	bufs[1].size = SIZE_MAX;
	expect_errno(dm_op(fd, domid, 2, bufs), E2BIG, "DM_OP: a SIZE_MAX buffer -> E2BIG");
	bufs[1] = (privcmd_dm_op_buf_t){ NULL, 8 };
	expect_errno(dm_op(fd, domid, 2, bufs), EFAULT, "DM_OP: buffer at NULL -> EFAULT");
	bufs[1] = (privcmd_dm_op_buf_t){ (void *)KERNEL_ADDR, 8 };
	expect_errno(dm_op(fd, domid, 2, bufs), EFAULT,
		     "DM_OP: buffer at a kernel address -> EFAULT");
	bufs[1] = (privcmd_dm_op_buf_t){ ro, 8 };
	expect_errno(dm_op(fd, domid, 2, bufs), EFAULT, "DM_OP: read-only buffer -> EFAULT");
	i = nr_vcpus(fd, domid, &op, &vcpus);
	check(dm_op_answered(i, vcpus), "DM_OP: nr_vcpus of the domU reaches Xen (%s)",
	      i ? errno_name(errno) : "1 vCPU");
	check(nr_vcpus(fd, 0, &op, &vcpus) < 0, "DM_OP: dom0 is no device model target (%s)",
	      errno_name(errno));
	munmap(ro, PAGE_SIZE);
}

static void test_restrict(void)
{
	int fd = open_privcmd(), err;
	domid_t other = 0;
	xen_pfn_t gfn = GUEST_RAM_GFN;
	static struct xen_dm_op op;
	unsigned int vcpus;
	char *p;

	expect_errno(ioctl(fd, IOCTL_PRIVCMD_RESTRICT, NULL), EFAULT,
		     "RESTRICT: NULL argument -> EFAULT");
	expect_errno(ioctl(fd, IOCTL_PRIVCMD_RESTRICT, &domid), 0, "RESTRICT to the domU");
	expect_errno(ioctl(fd, IOCTL_PRIVCMD_RESTRICT, &domid), 0, "RESTRICT: again, same domain");
	expect_errno(ioctl(fd, IOCTL_PRIVCMD_RESTRICT, &other), EINVAL,
		     "RESTRICT: then to another domain -> EINVAL");
	expect_errno(hypercall(fd, __HYPERVISOR_xen_version, 0, 0, 0, 0, 0), EPERM,
		     "restricted: HYPERCALL -> EPERM");
	p = privcmd_vma(fd, 1);
	expect_errno(mmapbatch_v2(fd, p, 1, other, &gfn, &err), EPERM,
		     "restricted: MMAPBATCH_V2 of dom0 -> EPERM");
	expect_errno(mmapbatch_v1(fd, p, 1, other, &gfn), EPERM,
		     "restricted: MMAPBATCH of dom0 -> EPERM");
	expect_errno(map_resource(fd, other, XENMEM_resource_grant_table, p, 1), EPERM,
		     "restricted: MMAP_RESOURCE of dom0 -> EPERM");
	expect_errno(nr_vcpus(fd, other, &op, &vcpus), EPERM, "restricted: DM_OP on dom0 -> EPERM");
	expect_errno(mmapbatch_v2(fd, p, 1, domid, &gfn, &err), 0,
		     "restricted: MMAPBATCH_V2 of the domU works");
	check(dm_op_answered(nr_vcpus(fd, domid, &op, &vcpus), vcpus),
	      "restricted: DM_OP on the domU reaches Xen");
	munmap(p, PAGE_SIZE);
	close(fd);
}

static void test_unknown(int fd)
{
	expect_errno(ioctl(fd, _IOC(_IOC_NONE, 'P', 0xff, 0), 0), ENOTTY,
		     "ioctl 'P' 0xff -> ENOTTY");
	expect_errno(ioctl(fd, 0, 0), ENOTTY, "ioctl 0 -> ENOTTY");
	expect_errno(ioctl(fd, _IOC(_IOC_READ, 'P', 0, sizeof(privcmd_hypercall_t)), 0), ENOTTY,
		     "HYPERCALL's number with a direction -> ENOTTY");
	expect_errno(ioctl(fd, _IOC(_IOC_NONE, 'P', 4, 8), 0), ENOTTY,
		     "MMAPBATCH_V2's number with a wrong size -> ENOTTY");
}

/*
 * Linux 6.7, 6.8 and 6.12's ioctls (uapi/xen/privcmd.h, not in Xen 4.17's
 * headers), as Linux's module answers them when built, as Debian's is,
 * without CONFIG_XEN_PRIVCMD_EVENTFD and without CONFIG_XEN_ACPI: even
 * with a NULL argument.  Older kernels do not know them.
 */
#define IOCTL_IRQFD		_IOW('P', 8, char[24])
#define IOCTL_IOEVENTFD		_IOW('P', 9, char[48])
#define IOCTL_PCIDEV_GET_GSI	_IOC(_IOC_NONE, 'P', 10, 8)

static void test_later(int fd)
{
	struct utsname u;
	unsigned int major = 0, minor = 0;
	long kernel;

	uname(&u);
	sscanf(u.release, "%u.%u", &major, &minor);
	kernel = (long)major << 16 | minor;
	expect_errno(ioctl(fd, IOCTL_IRQFD, NULL), kernel >= (6 << 16 | 7) ? EOPNOTSUPP : ENOTTY,
		     "IRQFD on Linux %u.%u -> %s", major, minor,
		     kernel >= (6 << 16 | 7) ? "EOPNOTSUPP" : "ENOTTY");
	expect_errno(ioctl(fd, IOCTL_IOEVENTFD, NULL),
		     kernel >= (6 << 16 | 8) ? EOPNOTSUPP : ENOTTY,
		     "IOEVENTFD on Linux %u.%u -> %s", major, minor,
		     kernel >= (6 << 16 | 8) ? "EOPNOTSUPP" : "ENOTTY");
	expect_errno(ioctl(fd, IOCTL_PCIDEV_GET_GSI, NULL),
		     kernel >= (6 << 16 | 12) ? EINVAL : ENOTTY,
		     "PCIDEV_GET_GSI on Linux %u.%u -> %s", major, minor,
		     kernel >= (6 << 16 | 12) ? "EINVAL" : "ENOTTY");
}

/*
 * privcmd-test answers: what the module answers each of those, with a
 * NULL and with a zeroed argument, one line each ("IRQFD NULL: EOPNOTSUPP"):
 * dom0-unload.sh compares Linux's own module with armxen's so.
 */
int cmd_answers(void)
{
	static const struct {
		const char *name;
		unsigned long cmd;
	} later[] = {
		{ "IRQFD", IOCTL_IRQFD },
		{ "IOEVENTFD", IOCTL_IOEVENTFD },
		{ "PCIDEV_GET_GSI", IOCTL_PCIDEV_GET_GSI },
	};
	static char zeroed[64];
	int fd = open_privcmd();
	unsigned int i;
	long rc;

	for (i = 0; i < sizeof(later) / sizeof(later[0]); i++) {
		rc = ioctl(fd, later[i].cmd, NULL);
		printf("%s NULL: %s\n", later[i].name, rc < 0 ? errno_name(errno) : "0");
		rc = ioctl(fd, later[i].cmd, zeroed);
		printf("%s zeroed: %s\n", later[i].name, rc < 0 ? errno_name(errno) : "0");
	}
	close(fd);
	return 0;
}

static void test_hypercall_buf(void)
{
	int fd = open(hypercall_path, O_RDWR | O_CLOEXEC);
	char *p;

	check(fd >= 0, "open %s", hypercall_path);
	p = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	expect_errno(p == MAP_FAILED ? -1 : 0, EINVAL, "hypercall buffers: private -> EINVAL");
	p = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, PAGE_SIZE);
	expect_errno(p == MAP_FAILED ? -1 : 0, EINVAL, "hypercall buffers: offset -> EINVAL");
	p = mmap(NULL, (1UL << 16) * PAGE_SIZE + PAGE_SIZE, PROT_READ, MAP_SHARED, fd, 0);
	expect_errno(p == MAP_FAILED ? -1 : 0, ENOMEM,
		     "hypercall buffers: 256 MiB + 4 KiB -> ENOMEM");
	p = mmap(NULL, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	check(p != MAP_FAILED && !p[0] && !p[2 * PAGE_SIZE - 1],
	      "hypercall buffers: 2 pages, zeroed");
	if (p != MAP_FAILED) {
		p[PAGE_SIZE] = 1;
		check(p[PAGE_SIZE] == 1 && !munmap(p, 2 * PAGE_SIZE),
		      "hypercall buffers: written and unmapped");
	}
	close(fd);
}

int cmd_bad(domid_t target)
{
	int fd = open_privcmd();

	domid = target;
	test_hypercall(fd);
	test_mmap(fd);
	test_resource(fd);
	test_dm_op(fd);
	test_unknown(fd);
	test_later(fd);
	close(fd);
	test_restrict();
	test_hypercall_buf();
	bad_input_racing(domid);
	return tap_failed;
}
