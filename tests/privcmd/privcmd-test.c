// SPDX-License-Identifier: GPL-2.0
/*
 * privcmd-test: the privcmd module as Xen's own tool libraries and raw
 * ioctls see it.  Runs in the test dom0 (tests/privcmd/dom0-privcmd.sh),
 * against a paused domU whose memory holds a known kernel image:
 *
 *   privcmd-test api DOMID IMAGE     libxencall, libxenhypfs,
 *                                    libxenforeignmemory, libxendevicemodel
 *   privcmd-test bad DOMID           the bad-input matrix on raw ioctls
 *   privcmd-test fuzz DOMID N SEED   N random ioctls
 *   privcmd-test race DOMID N SEED   threads racing on the same files and
 *                                    VMAs, N calls in all (race.c)
 *   privcmd-test share DOMID         gntalloc and gntdev work while the
 *                                    domU's frames are mapped (share.c)
 *   privcmd-test hold DOMID          map a frame of DOMID, say "held", wait
 *   privcmd-test ping                one hypercall through the raw ioctl
 *   privcmd-test answers             the errnos of Linux's later ioctls
 *                                    (IRQFD, IOEVENTFD, PCIDEV_GET_GSI)
 *   privcmd-test free-pages          Xen's free memory, in pages
 *
 * Prints unnumbered TAP lines; exits 1 when any check failed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <xencall.h>
#include <xendevicemodel.h>
#include <xenforeignmemory.h>
#include <xenhypfs.h>
#include <xen/grant_table.h>
#include <xen/hypfs.h>
#include <xen/memory.h>
#include <xen/sysctl.h>
#include <xen/version.h>

#include "tap.h"
#include "tests.h"
#include "util.h"

/* The domU has 16 MiB; its kernel is somewhere in there. */
#define DOMU_FRAMES	4096

static void test_xencall(void)
{
	xencall_handle *xc = xencall_open(NULL, 0);
	char *buf;
	int rc;

	check(xc, "xencall_open");
	if (!xc)
		return;
	rc = xencall2(xc, __HYPERVISOR_xen_version, XENVER_version, 0);
	check(rc == expected_xen_version(),
	      "libxencall: xen_version says %d.%d", rc >> 16, rc & 0xffff);
	check(xencall_buffers_never_fault(xc),
	      "libxencall takes its buffers from %s", hypercall_path);

	buf = xencall_alloc_buffer(xc, XEN_EXTRAVERSION_LEN);
	check(buf, "libxencall: a hypercall buffer");
	if (buf) {
		memset(buf, 0, XEN_EXTRAVERSION_LEN);
		rc = xencall2(xc, __HYPERVISOR_xen_version, XENVER_extraversion,
			      (uintptr_t)buf);
		buf[XEN_EXTRAVERSION_LEN - 1] = 0;
		check(rc == 0 && buf[0] == '.', "libxencall: XENVER_extraversion is '%s'", buf);
		xencall_free_buffer(xc, buf);
	}
	xencall_close(xc);
}

/*
 * A five-argument call whose fifth argument decides the answer: hypfs
 * reads a node only into a buffer at least as long as the node.
 */
static void test_hypfs_op(void)
{
	static const char path[] = "/buildinfo/version/major";
	xencall_handle *xc = xencall_open(NULL, 0);
	char *p, *buf;
	int short_rc, rc;

	if (!xc)
		return;
	rc = xencall5(xc, __HYPERVISOR_hypfs_op, XEN_HYPFS_OP_get_version, 0, 0, 0, 0);
	check(rc == XEN_HYPFS_VERSION, "libxencall: hypfs_op get_version is %d", rc);

	p = xencall_alloc_buffer(xc, sizeof(path));
	buf = xencall_alloc_buffer(xc, 4096);
	if (p && buf) {
		memcpy(p, path, sizeof(path));
		/* Room for the entry's header only: Xen says it needs more. */
		short_rc = xencall5(xc, __HYPERVISOR_hypfs_op, XEN_HYPFS_OP_read,
				    (uintptr_t)p, sizeof(path), (uintptr_t)buf,
				    sizeof(struct xen_hypfs_direntry));
		short_rc = short_rc < 0 ? errno : 0;
		rc = xencall5(xc, __HYPERVISOR_hypfs_op, XEN_HYPFS_OP_read,
			      (uintptr_t)p, sizeof(path), (uintptr_t)buf, 4096);
		check(short_rc == ENOBUFS && rc == 0,
		      "libxencall: 5-argument hypfs_op read obeys arg 5 (header only: %s, "
		      "4096 bytes: %d)", errno_name(short_rc), rc);
	}
	xencall_free_buffer(xc, p);
	xencall_free_buffer(xc, buf);
	xencall_close(xc);
}

static void test_hypfs(void)
{
	xenhypfs_handle *h = xenhypfs_open(NULL, 0);
	char *major, *minor;

	check(h, "xenhypfs_open");
	if (!h)
		return;
	major = xenhypfs_read(h, "/buildinfo/version/major");
	minor = xenhypfs_read(h, "/buildinfo/version/minor");
	check(major && minor &&
	      (strtol(major, NULL, 10) << 16 | strtol(minor, NULL, 10)) == expected_xen_version(),
	      "libxenhypfs: /buildinfo/version is %s.%s", major ?: "?", minor ?: "?");
	free(major);
	free(minor);
	xenhypfs_close(h);
}

static void *read_file(const char *path, size_t *len)
{
	struct stat st;
	void *buf;
	int fd;

	fd = open(path, O_RDONLY);
	if (fd < 0 || fstat(fd, &st) || !st.st_size)
		return NULL;
	buf = malloc(st.st_size);
	if (buf && read(fd, buf, st.st_size) != st.st_size) {
		free(buf);
		buf = NULL;
	}
	close(fd);
	*len = st.st_size;
	return buf;
}

/* All of the domU's RAM, through libxenforeignmemory: the kernel is in it. */
static void test_map_kernel(xenforeignmemory_handle *fmem, domid_t domid, const char *image)
{
	static xen_pfn_t gfns[DOMU_FRAMES];
	static int errs[DOMU_FRAMES];
	size_t len, i, bad = 0;
	void *img, *p, *found;

	img = read_file(image, &len);
	check(img, "read the domU's kernel image %s", image);
	if (!img)
		return;
	for (i = 0; i < DOMU_FRAMES; i++)
		gfns[i] = GUEST_RAM_GFN + i;
	p = xenforeignmemory_map(fmem, domid, PROT_READ, DOMU_FRAMES, gfns, errs);
	check(p, "libxenforeignmemory: map all %d frames of the domU's RAM", DOMU_FRAMES);
	if (!p)
		goto out;
	for (i = 0; i < DOMU_FRAMES; i++)
		bad += errs[i] != 0;
	check(!bad, "libxenforeignmemory: no frame failed (%zu did)", bad);
	found = memmem(p, DOMU_FRAMES * PAGE_SIZE, img, len);
	check(found, "the domU's memory holds its %zu-byte kernel (at offset %#lx)", len,
	      found ? (unsigned long)((char *)found - (char *)p) : 0UL);
	check(!xenforeignmemory_unmap(fmem, p, DOMU_FRAMES), "libxenforeignmemory: unmap");
out:
	free(img);
}

/* A frame that cannot be mapped fails alone, and its page faults. */
static void test_map_one_bad(xenforeignmemory_handle *fmem, domid_t domid)
{
	xen_pfn_t gfns[3] = { GUEST_RAM_GFN, 0x1, GUEST_RAM_GFN + 1 };
	int errs[3] = { -1, -1, -1 };
	char *p;
	int sig;

	p = xenforeignmemory_map(fmem, domid, PROT_READ, 3, gfns, errs);
	check(p, "libxenforeignmemory: map 3 frames, one not RAM");
	if (!p)
		return;
	check(!errs[0] && errs[1] < 0 && !errs[2], "per-frame errors: %d %d %d", errs[0],
	      errs[1], errs[2]);
	sig = read_faults(p + PAGE_SIZE);
	check(sig == SIGBUS, "reading the failed frame's page raises SIGBUS (got %d)", sig);
	check(!read_faults(p) && !read_faults(p + 2 * PAGE_SIZE),
	      "the frames around it read fine");
	xenforeignmemory_unmap(fmem, p, 3);
}

/* The grant table as a resource: the toolstack seeded the xenstore entry. */
static void test_map_resource(xenforeignmemory_handle *fmem, domid_t domid)
{
	xenforeignmemory_resource_handle *res;
	struct grant_entry_v1 *gnt = NULL;
	size_t size = 0;
	int rc;

	rc = xenforeignmemory_resource_size(fmem, domid, XENMEM_resource_grant_table,
					    XENMEM_resource_grant_table_id_shared, &size);
	check(!rc && size >= PAGE_SIZE, "libxenforeignmemory: the grant table is %zu bytes",
	      size);
	res = xenforeignmemory_map_resource(fmem, domid, XENMEM_resource_grant_table,
					    XENMEM_resource_grant_table_id_shared, 0, 1,
					    (void **)&gnt, PROT_READ, 0);
	check(res, "libxenforeignmemory: map grant table frame 0 as a resource");
	if (!res)
		return;
	check((gnt[GNTTAB_RESERVED_XENSTORE].flags & GTF_type_mask) == GTF_permit_access &&
	      gnt[GNTTAB_RESERVED_XENSTORE].domid == 0,
	      "its xenstore entry grants dom0 access (flags %#x, domid %u)",
	      gnt[GNTTAB_RESERVED_XENSTORE].flags, gnt[GNTTAB_RESERVED_XENSTORE].domid);
	check(!xenforeignmemory_unmap_resource(fmem, res), "libxenforeignmemory: unmap it");
}

static void test_restrict_fmem(domid_t domid)
{
	xenforeignmemory_handle *fmem = xenforeignmemory_open(NULL, 0);
	xen_pfn_t gfn = GUEST_RAM_GFN;
	int err = 0;
	void *p;

	if (!fmem)
		return;
	check(!xenforeignmemory_restrict(fmem, domid), "libxenforeignmemory: restrict to %u",
	      domid);
	p = xenforeignmemory_map(fmem, domid, PROT_READ, 1, &gfn, &err);
	check(p && !err, "restricted: mapping the domU still works");
	if (p)
		xenforeignmemory_unmap(fmem, p, 1);
	p = xenforeignmemory_map(fmem, 0, PROT_READ, 1, &gfn, &err);
	expect_errno(p ? 0 : -1, EPERM, "restricted: mapping dom0's frames fails");
	xenforeignmemory_close(fmem);
}

static void test_devicemodel(domid_t domid)
{
	xendevicemodel_handle *dm = xendevicemodel_open(NULL, 0);
	unsigned int vcpus = 0;
	int rc;

	check(dm, "xendevicemodel_open");
	if (!dm)
		return;
	rc = xendevicemodel_nr_vcpus(dm, domid, &vcpus);
	check(dm_op_answered(rc, vcpus), "libxendevicemodel: dm_op nr_vcpus reaches Xen (%s)",
	      rc ? errno_name(errno) : "1 vCPU");
	check(!xendevicemodel_restrict(dm, domid), "libxendevicemodel: restrict to %u", domid);
	rc = xendevicemodel_nr_vcpus(dm, domid, &vcpus);
	check(dm_op_answered(rc, vcpus), "restricted: dm_op on the domU still reaches Xen");
	rc = xendevicemodel_nr_vcpus(dm, 0, &vcpus);
	expect_errno(rc, EPERM, "restricted: dm_op on dom0 fails");
	xendevicemodel_close(dm);
}

static int cmd_api(domid_t domid, const char *image)
{
	xenforeignmemory_handle *fmem;

	test_xencall();
	test_hypfs_op();
	test_hypfs();
	fmem = xenforeignmemory_open(NULL, 0);
	check(fmem, "xenforeignmemory_open");
	if (fmem) {
		test_map_kernel(fmem, domid, image);
		test_map_one_bad(fmem, domid);
		test_map_resource(fmem, domid);
		xenforeignmemory_close(fmem);
	}
	test_restrict_fmem(domid);
	test_devicemodel(domid);
	return tap_failed;
}

/* Keep one frame mapped until killed: the module must stay loaded. */
static int cmd_hold(domid_t domid)
{
	int fd = open_privcmd(), err = -1;
	xen_pfn_t gfn = GUEST_RAM_GFN;
	void *p = privcmd_vma(fd, 1);
	long rc = p ? mmapbatch_v2(fd, p, 1, domid, &gfn, &err) : -1;

	/* From here on only the mapping holds the file, and the module. */
	close(fd);
	if (rc || err) {
		printf("hold: cannot map a frame of %u (err %d)\n", domid, err);
		return 1;
	}
	printf("held\n");
	fflush(stdout);
	for (;;)
		pause();
}

/* The module answers at all: a hypercall through the raw ioctl. */
static int cmd_ping(void)
{
	int fd = open_privcmd();
	long rc = hypercall(fd, __HYPERVISOR_xen_version, XENVER_version, 0, 0, 0, 0);

	check(rc == expected_xen_version(), "%s answers: xen_version is %ld.%ld", privcmd_path,
	      rc >> 16, rc & 0xffff);
	close(fd);
	return tap_failed;
}

/*
 * Xen's free memory in pages (XEN_SYSCTL_physinfo), exact where `xl info`
 * rounds to MB: the dom0 scripts compare it before and after a scenario.
 * Debian 12's sysctl interface version is also 4.20's.
 */
static int cmd_free_pages(void)
{
	xencall_handle *xc = xencall_open(NULL, 0);
	struct xen_sysctl *op = xc ? xencall_alloc_buffer(xc, sizeof(*op)) : NULL;
	int rc = -1;

	if (op) {
		memset(op, 0, sizeof(*op));
		op->cmd = XEN_SYSCTL_physinfo;
		op->interface_version = XEN_SYSCTL_INTERFACE_VERSION;
		rc = xencall1(xc, __HYPERVISOR_sysctl, (uintptr_t)op);
		if (!rc)
			printf("%llu\n", (unsigned long long)op->u.physinfo.free_pages);
		xencall_free_buffer(xc, op);
	}
	if (xc)
		xencall_close(xc);
	return rc ? 1 : 0;
}

static int usage(void)
{
	fprintf(stderr, "usage: privcmd-test api DOMID IMAGE | bad DOMID | "
			"fuzz DOMID N SEED | race DOMID N SEED | share DOMID | hold DOMID | ping | "
			"answers | free-pages\n");
	return 2;
}

int main(int argc, char **argv)
{
	domid_t domid;

	if (getenv("PRIVCMD_DEV"))
		privcmd_path = getenv("PRIVCMD_DEV");
	if (getenv("PRIVCMD_HYPERCALL_DEV"))
		hypercall_path = getenv("PRIVCMD_HYPERCALL_DEV");
	if (argc == 2 && !strcmp(argv[1], "ping"))
		return cmd_ping();
	if (argc == 2 && !strcmp(argv[1], "answers"))
		return cmd_answers();
	if (argc == 2 && !strcmp(argv[1], "free-pages"))
		return cmd_free_pages();
	if (argc < 3)
		return usage();
	domid = strtoul(argv[2], NULL, 0);
	if (!strcmp(argv[1], "api") && argc == 4)
		return cmd_api(domid, argv[3]);
	if (!strcmp(argv[1], "bad") && argc == 3)
		return cmd_bad(domid);
	if (!strcmp(argv[1], "fuzz") && argc == 5)
		return cmd_fuzz(domid, strtoul(argv[3], NULL, 0), strtoul(argv[4], NULL, 0));
	if (!strcmp(argv[1], "race") && argc == 5)
		return cmd_race(domid, strtoul(argv[3], NULL, 0), strtoul(argv[4], NULL, 0));
	if (!strcmp(argv[1], "share") && argc == 3)
		return cmd_share(domid);
	if (!strcmp(argv[1], "hold") && argc == 3)
		return cmd_hold(domid);
	return usage();
}
