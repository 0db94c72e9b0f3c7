// SPDX-License-Identifier: GPL-2.0
/*
 * privcmd-test fuzz DOMID N SEED: N random ioctls on /dev/xen/privcmd,
 * reproducible from SEED, among random mmap()s and munmap()s of both
 * devices.  The arguments are random but aimed: near-valid structures,
 * counts around the edges, pointers into a buffer, its guard page, NULL,
 * the kernel.  What the module has to survive; the dom0 script checks the
 * kernel log and Xen afterwards.
 *
 * Only harmless hypercalls are fuzzed through IOCTL_PRIVCMD_HYPERCALL
 * (xen_version, hypfs reads, numbers Xen does not have): the ioctl passes
 * anything to Xen by design, and root could wreck dom0 with it.  Their
 * pointers stay inside this process's fuzz buffer or unmapped space, which
 * is all a well-meant fuzzer should let Xen write to.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <xen/hvm/dm_op.h>
#include <xen/hypfs.h>
#include <xen/memory.h>

#include "tap.h"
#include "tests.h"
#include "util.h"

#define NR_FDS		3
#define NR_VMAS		8
#define MAX_VMA_PAGES	16
#define BUF_PAGES	4

#if UINTPTR_MAX > 0xffffffffUL
#define KERNEL_ADDR	0xffff800008000000UL
#else
#define KERNEL_ADDR	0xc0008000UL
#endif

struct fuzz {
	uint64_t state;
	domid_t domid;
	int fds[NR_FDS];
	struct {
		char *addr;
		unsigned long pages;
	} vmas[NR_VMAS];
	char *buf;			/* BUF_PAGES read-write, then a guard page */
	unsigned long calls;
	unsigned long succeeded;
	unsigned long by_errno[160];
};

static uint64_t rnd(struct fuzz *f)
{
	return xorshift64s(&f->state);
}

static unsigned long below(struct fuzz *f, unsigned long n)
{
	return n ? rnd(f) % n : 0;
}

static bool one_in(struct fuzz *f, unsigned long n)
{
	return below(f, n) == 0;
}

/* Somewhere in the buffer with at least @room bytes left, mostly aligned. */
static void *buf_ptr(struct fuzz *f, size_t room)
{
	size_t span = BUF_PAGES * PAGE_SIZE - room, off = below(f, span);

	return f->buf + (one_in(f, 8) ? off : off & ~7UL);
}

/* A user-space pointer for the kernel or Xen to read or write. */
static uintptr_t user_ptr(struct fuzz *f)
{
	switch (below(f, 8)) {
	case 0:
		return 0;
	case 1:
		return 0x10 + below(f, PAGE_SIZE);
	case 2:		/* just before the guard page */
		return (uintptr_t)f->buf + BUF_PAGES * PAGE_SIZE - 1 - below(f, 64);
	case 3:
		return (uintptr_t)f->buf + BUF_PAGES * PAGE_SIZE + below(f, PAGE_SIZE);
	default:
		return (uintptr_t)buf_ptr(f, 64);
	}
}

/* Also the kernel: for pointers only the kernel dereferences, never Xen. */
static uintptr_t any_ptr(struct fuzz *f)
{
	return one_in(f, 10) ? KERNEL_ADDR + below(f, 1UL << 20) : user_ptr(f);
}

static domid_t pick_domid(struct fuzz *f)
{
	static const domid_t ids[] = { 0, NO_SUCH_DOMID, DOMID_SELF, DOMID_IO, DOMID_INVALID };

	if (one_in(f, 2))
		return f->domid;
	if (one_in(f, 8))
		return rnd(f);
	return ids[below(f, sizeof(ids) / sizeof(ids[0]))];
}

static unsigned long pick_count(struct fuzz *f, unsigned long around)
{
	switch (below(f, 6)) {
	case 0:
		return 0;
	case 1:
		return rnd(f);
	case 2:
		return UINT32_MAX - below(f, 2);
	default:
		return around + below(f, 3) - (around ? 1 : 0);
	}
}

/* A privcmd VMA of the pool (maybe a bit beside it), or a stray address. */
static uintptr_t vma_addr(struct fuzz *f, unsigned long *pages)
{
	unsigned int i = below(f, NR_VMAS);
	uintptr_t addr;

	*pages = f->vmas[i].pages;
	if (!f->vmas[i].addr || one_in(f, 10)) {
		*pages = 1 + below(f, 4);
		return any_ptr(f) & ~(PAGE_SIZE - 1);
	}
	addr = (uintptr_t)f->vmas[i].addr;
	if (one_in(f, 6))
		addr += below(f, *pages) * PAGE_SIZE;
	if (one_in(f, 20))
		addr += 1 + below(f, 64);
	return addr;
}

static int fuzz_fd(struct fuzz *f)
{
	return f->fds[below(f, NR_FDS)];
}

static long fuzz_hypercall(struct fuzz *f)
{
	static const unsigned int bogus[] = { 0, 1, 64, 99, 4096 };
	unsigned int cmd;

	switch (below(f, 3)) {
	case 0:
		return hypercall(fuzz_fd(f), __HYPERVISOR_xen_version, below(f, 24), user_ptr(f),
				 rnd(f), rnd(f), rnd(f));
	case 1:
		/* Every hypfs operation but writing a node. */
		do
			cmd = below(f, 6);
		while (cmd == XEN_HYPFS_OP_write_contents);
		return hypercall(fuzz_fd(f), __HYPERVISOR_hypfs_op, cmd, user_ptr(f),
				 below(f, 300), user_ptr(f), below(f, 8192));
	default:
		return hypercall(fuzz_fd(f), bogus[below(f, 5)], rnd(f), rnd(f), rnd(f), rnd(f),
				 rnd(f));
	}
}

/* Frames mostly of the domU's RAM, sometimes anything. */
static void fill_gfns(struct fuzz *f, xen_pfn_t *gfns, unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		gfns[i] = one_in(f, 8) ? rnd(f) : GUEST_RAM_GFN + below(f, 4096);
}

static long fuzz_mmapbatch(struct fuzz *f)
{
	unsigned long pages, num;
	uintptr_t addr = vma_addr(f, &pages);
	xen_pfn_t *gfns = buf_ptr(f, (MAX_VMA_PAGES + 2) * sizeof(xen_pfn_t) + 128);
	int *errs = (int *)(gfns + MAX_VMA_PAGES + 2);

	num = pick_count(f, pages);
	fill_gfns(f, gfns, MAX_VMA_PAGES + 2);
	if (one_in(f, 2)) {
		struct privcmd_mmapbatch_v2 m = {
			.num = num,
			.dom = pick_domid(f),
			.addr = one_in(f, 10) ? rnd(f) : addr,
			.arr = one_in(f, 10) ? (xen_pfn_t *)any_ptr(f) : gfns,
			.err = one_in(f, 10) ? (int *)any_ptr(f) : errs,
		};

		return ioctl(fuzz_fd(f), IOCTL_PRIVCMD_MMAPBATCH_V2, &m);
	} else {
		struct privcmd_mmapbatch m = {
			.num = num,
			.dom = pick_domid(f),
			.addr = addr,
			.arr = one_in(f, 10) ? (xen_pfn_t *)any_ptr(f) : gfns,
		};

		return ioctl(fuzz_fd(f), IOCTL_PRIVCMD_MMAPBATCH, &m);
	}
}

static long fuzz_resource(struct fuzz *f)
{
	unsigned long pages;
	struct privcmd_mmap_resource *r = buf_ptr(f, sizeof(*r));

	r->dom = pick_domid(f);
	r->type = one_in(f, 10) ? rnd(f) : below(f, 4);
	r->id = below(f, 3);
	r->idx = below(f, 4);
	r->addr = one_in(f, 4) ? 0 : vma_addr(f, &pages);
	r->num = one_in(f, 4) ? 0 : pick_count(f, pages);
	return ioctl(fuzz_fd(f), IOCTL_PRIVCMD_MMAP_RESOURCE,
		     one_in(f, 20) ? (void *)any_ptr(f) : r);
}

static long fuzz_dm_op(struct fuzz *f)
{
	privcmd_dm_op_buf_t *bufs = buf_ptr(f, 20 * sizeof(*bufs));
	struct xen_dm_op *op = buf_ptr(f, sizeof(*op));
	privcmd_dm_op_t arg = {
		.dom = pick_domid(f),
		.num = one_in(f, 10) ? rnd(f) : below(f, 20),
		.ubufs = one_in(f, 10) ? (void *)any_ptr(f) : bufs,
	};
	unsigned int i;

	op->op = one_in(f, 3) ? XEN_DMOP_nr_vcpus : below(f, 24);
	bufs[0] = (privcmd_dm_op_buf_t){ op, sizeof(*op) };
	for (i = 1; i < 20; i++) {
		bufs[i].uptr = (void *)(one_in(f, 2) ? (uintptr_t)buf_ptr(f, 256) : any_ptr(f));
		bufs[i].size = one_in(f, 10) ? rnd(f) : below(f, 5000);
	}
	return ioctl(fuzz_fd(f), IOCTL_PRIVCMD_DM_OP, &arg);
}

/*
 * A random command number that is none of privcmd's: one that happened to
 * be IOCTL_PRIVCMD_HYPERCALL would hand Xen a random hypercall.
 */
static unsigned int unknown_cmd(struct fuzz *f)
{
	static const unsigned int known[] = {
		IOCTL_PRIVCMD_HYPERCALL, IOCTL_PRIVCMD_MMAP, IOCTL_PRIVCMD_MMAPBATCH,
		IOCTL_PRIVCMD_MMAPBATCH_V2, IOCTL_PRIVCMD_DM_OP, IOCTL_PRIVCMD_RESTRICT,
		IOCTL_PRIVCMD_MMAP_RESOURCE,
	};
	unsigned int cmd, i;

	if (one_in(f, 2))
		cmd = _IOC(below(f, 4), 'P', below(f, 16), below(f, 64));
	else
		cmd = rnd(f);
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		if (cmd == known[i])
			return cmd ^ _IOC(0, 0, 0x80, 0);
	}
	return cmd;
}

static long fuzz_other(struct fuzz *f)
{
	domid_t *dom = buf_ptr(f, sizeof(domid_t));

	switch (below(f, 3)) {
	case 0:
		/* Rarely: a restricted file answers EPERM to most things. */
		if (!one_in(f, 8))
			return ioctl(fuzz_fd(f), unknown_cmd(f), any_ptr(f));
		*dom = pick_domid(f);
		return ioctl(fuzz_fd(f), IOCTL_PRIVCMD_RESTRICT, one_in(f, 5) ? (void *)any_ptr(f) :
			     dom);
	case 1:
		return ioctl(fuzz_fd(f), IOCTL_PRIVCMD_MMAP, any_ptr(f));
	default:
		return ioctl(fuzz_fd(f), unknown_cmd(f), any_ptr(f));
	}
}

static void fuzz_ioctl(struct fuzz *f)
{
	long rc;

	switch (below(f, 6)) {
	case 0:
		rc = fuzz_hypercall(f);
		break;
	case 1:
	case 2:
		rc = fuzz_mmapbatch(f);
		break;
	case 3:
		rc = fuzz_resource(f);
		break;
	case 4:
		rc = fuzz_dm_op(f);
		break;
	default:
		rc = fuzz_other(f);
		break;
	}
	f->calls++;
	if (rc >= 0)
		f->succeeded++;
	else if (errno > 0 && errno < 160)
		f->by_errno[errno]++;
}

/* Replace a VMA of the pool: unmapped whole, or (refused) in part. */
static void fuzz_vma(struct fuzz *f)
{
	unsigned int i = below(f, NR_VMAS);
	unsigned long pages = 1 + below(f, MAX_VMA_PAGES);

	if (f->vmas[i].addr) {
		if (one_in(f, 8) && f->vmas[i].pages > 1)
			munmap(f->vmas[i].addr + PAGE_SIZE, PAGE_SIZE);
		munmap(f->vmas[i].addr, f->vmas[i].pages * PAGE_SIZE);
	}
	f->vmas[i].addr = privcmd_vma(fuzz_fd(f), pages);
	f->vmas[i].pages = pages;
}

static void fuzz_reopen(struct fuzz *f)
{
	unsigned int i = below(f, NR_FDS);

	close(f->fds[i]);
	f->fds[i] = open_privcmd();
}

static void fuzz_hypercall_buf(struct fuzz *f)
{
	int fd = open(hypercall_path, O_RDWR | O_CLOEXEC);
	unsigned long pages = 1 + below(f, 8);
	int flags = one_in(f, 4) ? MAP_PRIVATE : MAP_SHARED;
	char *p;

	p = mmap(NULL, pages * PAGE_SIZE, PROT_READ | PROT_WRITE, flags, fd,
		 one_in(f, 4) ? PAGE_SIZE : 0);
	if (p != MAP_FAILED) {
		p[below(f, pages * PAGE_SIZE)] = rnd(f);
		munmap(p, pages * PAGE_SIZE);
	}
	close(fd);
}

static void fuzz_report(const struct fuzz *f, unsigned long seed)
{
	char line[512];
	int n, e;

	n = snprintf(line, sizeof(line), "%lu succeeded", f->succeeded);
	for (e = 1; e < 160 && n < (int)sizeof(line) - 32; e++) {
		if (f->by_errno[e])
			n += snprintf(line + n, sizeof(line) - n, ", %s %lu", errno_name(e),
				      f->by_errno[e]);
	}
	printf("ok fuzz: %lu random ioctls (seed %lu): %s\n", f->calls, seed, line);
}

int cmd_fuzz(domid_t domid, unsigned long calls, unsigned long seed)
{
	struct fuzz *f = calloc(1, sizeof(*f));
	unsigned int i;
	int fd;

	f->state = seed * 0x9e3779b97f4a7c15ULL + 1;
	f->domid = domid;
	f->buf = map_anywhere(BUF_PAGES + 1, PROT_READ | PROT_WRITE);
	mprotect(f->buf + BUF_PAGES * PAGE_SIZE, PAGE_SIZE, PROT_NONE);
	for (i = 0; i < NR_FDS; i++)
		f->fds[i] = open_privcmd();
	while (f->calls < calls) {
		if (one_in(f, 8))
			fuzz_vma(f);
		if (one_in(f, 100))
			fuzz_reopen(f);
		if (one_in(f, 100))
			fuzz_hypercall_buf(f);
		fuzz_ioctl(f);
	}
	fuzz_report(f, seed);
	for (i = 0; i < NR_VMAS; i++) {
		if (f->vmas[i].addr)
			munmap(f->vmas[i].addr, f->vmas[i].pages * PAGE_SIZE);
	}
	for (i = 0; i < NR_FDS; i++)
		close(f->fds[i]);
	fd = open_privcmd();
	check(hypercall(fd, __HYPERVISOR_xen_version, 0, 0, 0, 0, 0) == expected_xen_version(),
	      "fuzz: a fresh file still makes hypercalls");
	close(fd);
	free(f);
	return tap_failed;
}
