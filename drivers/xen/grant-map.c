// SPDX-License-Identifier: GPL-2.0
/*
 * The grantee side of grant tables: map pages another domain granted us
 * (GNTTABOP_map_grant_ref) and unmap them again.  grant-table.c is the
 * granting side; the two share nothing but the ABI.
 *
 * On ARM Xen puts a grant mapping into our p2m at the guest-physical
 * address we pass as host_addr, replacing whatever was there.  Naming a
 * RAM page would silently take that page away from the page allocator,
 * and the unmap would leave a hole where the allocator believes RAM is.
 * So every mapping goes into a window of frames that are not RAM:
 *
 *  - preferably an extended region of the /hypervisor node ("reg" ranges
 *    1..N).  libxl writes them for every domU (4.17 and 4.20, the
 *    guest's RAM banks' unused tails, at least 64 MiB each) and Xen for
 *    a 64-bit dom0; they are promised free of RAM, MMIO and anything
 *    else, for this very use (Linux's unpopulated-alloc.c takes them the
 *    same way);
 *  - else, with no region (a 32-bit dom0 under 4.17), RAM pages given
 *    back to Xen with XENMEM_decrease_reservation: they stay allocated
 *    to us in the page allocator, so nothing else will use them, and
 *    the p2m holds nothing there until a grant is mapped.
 *
 * The window is mapped once into our stage-1 tables as Normal memory, the
 * type Xen requires of grant mappings; a frame with no grant mapped in it
 * faults in stage 2 if touched, so a caller must only read a page between
 * a successful map and its unmap.
 */
#define pr_fmt(fmt) "xen:grant-map: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <linux/pgtable.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/grant_table.h>
#include <xen/mem-reservation.h>
#include <asm/xen/hypercall.h>

/* Frames of the window taken from an extended region (1 MiB). */
#define GNTMAP_REGION_FRAMES	256
/* Frames given back from RAM when there is no region (128 KiB). */
#define GNTMAP_BALLOON_FRAMES	32

static DEFINE_SPINLOCK(gntmap_lock);

/* The window: @frames frames from @base; used[i] for frame i in use. */
static struct {
	u64 base;
	unsigned int frames;
	unsigned int free;
	bool tried;
	u8 used[GNTMAP_REGION_FRAMES];
} gntmap;

/* Status codes and errnos, one line each (unknown codes give -EIO). */
static const struct {
	int16_t status;
	int err;
} gntst_errnos[] = {
	{ GNTST_okay, 0 },
	{ GNTST_general_error, -EIO },		/* not granted, to us, or r/o */
	{ GNTST_bad_domain, -ESRCH },
	{ GNTST_bad_gntref, -ENOENT },		/* beyond the granter's table */
	{ GNTST_bad_handle, -EBADF },
	{ GNTST_bad_virt_addr, -EFAULT },
	{ GNTST_bad_dev_addr, -EFAULT },
	{ GNTST_no_device_space, -ENOSPC },
	{ GNTST_permission_denied, -EACCES },
	{ GNTST_bad_page, -EINVAL },
	{ GNTST_bad_copy_arg, -EINVAL },
	{ GNTST_address_too_big, -ERANGE },
	{ GNTST_eagain, -EAGAIN },
	{ GNTST_no_space, -ENOSPC },		/* out of maptrack handles */
};

/**
 * gnttab_status_errno() - the errno for one operation's GNTST_* status
 * @status: the @status field Xen wrote into a map, unmap or copy entry
 *
 * GNTST_general_error is what Xen answers for a reference that is not
 * granted, granted to another domain, or read-only when mapped writable;
 * GNTST_bad_gntref only for one beyond the granter's table.
 *
 * Return: 0 for GNTST_okay, else a negative errno (-EIO for a status
 * this table does not know).
 */
int gnttab_status_errno(int16_t status)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(gntst_errnos); i++)
		if (gntst_errnos[i].status == status)
			return gntst_errnos[i].err;
	return -EIO;
}

/* The first extended region the identity map can reach, or false. */
static bool gntmap_find_region(u64 *base)
{
	int node = of_find_compatible_node(-1, "xen,xen");
	u64 start, size, end;
	int i;

	if (node < 0)
		return false;
	for (i = 1; !of_get_reg(node, i, &start, &size); i++) {
		start = ALIGN(start, PAGE_SIZE);
		end = start + (u64)GNTMAP_REGION_FRAMES * PAGE_SIZE;
		if (size >= (u64)GNTMAP_REGION_FRAMES * PAGE_SIZE + PAGE_SIZE &&
		    end <= (1ULL << MMU_VA_BITS)) {
			*base = start;
			return true;
		}
	}
	return false;
}

/*
 * Give GNTMAP_BALLOON_FRAMES contiguous RAM frames back to Xen.  They
 * stay allocated in the page allocator for good: if Xen refuses some,
 * those are simply not part of the window (left marked used).
 */
static bool gntmap_balloon(u64 *base)
{
	unsigned int order = get_order(GNTMAP_BALLOON_FRAMES * PAGE_SIZE), i;
	xen_pfn_t pfn;
	u8 *pages;

	pages = alloc_pages(order);
	if (!pages)
		return false;
	*base = virt_to_phys(pages);
	for (i = 0; i < GNTMAP_BALLOON_FRAMES; i++) {
		pfn = virt_to_pfn(pages + i * PAGE_SIZE);
		if (xen_decrease_reservation(&pfn, 1) != 1) {
			pr_warn("frame %#llx not given back\n", (unsigned long long)pfn);
			gntmap.used[i] = 1;
			continue;
		}
		gntmap.free++;
	}
	gntmap.frames = GNTMAP_BALLOON_FRAMES;
	return gntmap.free != 0;
}

/* Set the window up on first use (gntmap_lock held). */
static int gntmap_setup(void)
{
	u64 base;

	if (gntmap.tried)
		return gntmap.frames ? 0 : -ENODEV;
	gntmap.tried = true;
	if (gntmap_find_region(&base)) {
		if (!memremap_wb((phys_addr_t)base, GNTMAP_REGION_FRAMES * PAGE_SIZE))
			return -ENOMEM;
		gntmap.frames = gntmap.free = GNTMAP_REGION_FRAMES;
		pr_info("mapping window %#llx, %u frames, in an extended region\n",
			(unsigned long long)base, gntmap.frames);
	} else if (gntmap_balloon(&base)) {
		pr_info("mapping window %#llx, %u frames given back to Xen\n",
			(unsigned long long)base, gntmap.free);
	} else {
		return -ENODEV;
	}
	gntmap.base = base;
	return 0;
}

/* First fit for @nr contiguous free frames; the index, or -ENOSPC. */
static int gntmap_take(unsigned int nr)
{
	unsigned int i, run = 0;

	for (i = 0; i < gntmap.frames; i++) {
		run = gntmap.used[i] ? 0 : run + 1;
		if (run == nr) {
			i -= nr - 1;
			memset(&gntmap.used[i], 1, nr);
			gntmap.free -= nr;
			return (int)i;
		}
	}
	return -ENOSPC;
}

/**
 * gnttab_alloc_map_area() - reserve frames of the window to map grants at
 * @nr: how many contiguous frames
 * @addr: set to the first one's address
 *
 * Nothing is mapped there yet: touching the area before a grant is mapped
 * into a frame faults.
 *
 * Return: 0; -ENODEV when there is no window (no extended region and no
 * RAM Xen took back); -ENOSPC when @nr contiguous frames are not free;
 * -EINVAL for @nr 0.
 */
int gnttab_alloc_map_area(unsigned int nr, void **addr)
{
	unsigned long flags;
	int rc;

	if (!nr)
		return -EINVAL;
	spin_lock_irqsave(&gntmap_lock, flags);
	rc = gntmap_setup();
	if (!rc)
		rc = gntmap_take(nr);
	if (rc >= 0)
		*addr = phys_to_virt((phys_addr_t)(gntmap.base + (u64)rc * PAGE_SIZE));
	spin_unlock_irqrestore(&gntmap_lock, flags);
	return rc < 0 ? rc : 0;
}

/* Frame index of @addr in the window, or -1 when it is not in it. */
static long gntmap_index(u64 addr)
{
	if (!gntmap.frames || addr < gntmap.base || (addr & ~PAGE_MASK))
		return -1;
	addr = (addr - gntmap.base) >> PAGE_SHIFT;
	return addr < gntmap.frames ? (long)addr : -1;
}

/**
 * gnttab_free_map_area() - give back frames from gnttab_alloc_map_area()
 * @addr: the address it returned
 * @nr: the count asked for
 *
 * Every grant mapped there must have been unmapped first.
 */
void gnttab_free_map_area(void *addr, unsigned int nr)
{
	long i = gntmap_index(virt_to_phys(addr));
	unsigned long flags;

	if (i < 0 || i + nr > gntmap.frames) {
		pr_warn("freeing %u frames at %p: not in the window\n", nr, addr);
		return;
	}
	spin_lock_irqsave(&gntmap_lock, flags);
	memset(&gntmap.used[i], 0, nr);
	gntmap.free += nr;
	spin_unlock_irqrestore(&gntmap_lock, flags);
}

/**
 * gnttab_map_free_frames() - frames of the window not reserved now
 *
 * Return: the count, 0 before the first reservation set the window up.
 */
unsigned int gnttab_map_free_frames(void)
{
	return READ_ONCE(gntmap.free);
}

/* Is @addr a reserved frame of the window?  Anywhere else may be RAM. */
static bool gntmap_reserved(u64 addr)
{
	long i = gntmap_index(addr);

	return i >= 0 && READ_ONCE(gntmap.used[i]);
}

/* The errno of the first entry that failed, 0 when none did. */
static int map_ops_errno(const struct gnttab_map_grant_ref *ops, unsigned int count)
{
	unsigned int i;
	int err = 0;

	for (i = 0; i < count && !err; i++)
		err = gnttab_status_errno(ops[i].status);
	return err;
}

static int unmap_ops_errno(const struct gnttab_unmap_grant_ref *ops, unsigned int count)
{
	unsigned int i;
	int err = 0;

	for (i = 0; i < count && !err; i++)
		err = gnttab_status_errno(ops[i].status);
	return err;
}

/**
 * gnttab_map_refs() - GNTTABOP_map_grant_ref on @count entries
 * @ops: filled in with gnttab_set_map_op(); Xen sets each @status and,
 *	 on success, @handle
 * @count: number of entries
 *
 * Each entry is mapped or fails on its own: on an error, check every
 * entry's status (gnttab_status_errno()) and unmap the ones that worked.
 * Entries are checked first: each host_addr must be a frame reserved
 * with gnttab_alloc_map_area(), so that a mapping never lands on RAM.
 *
 * Return: 0 when all were mapped; else the errno of the first entry
 * that failed, or of the hypercall when Xen processed none; -EINVAL and
 * nothing done when a host_addr is outside the reserved window.
 */
int gnttab_map_refs(struct gnttab_map_grant_ref *ops, unsigned int count)
{
	unsigned int i;
	long rc;

	for (i = 0; i < count; i++)
		if (!gntmap_reserved(ops[i].host_addr) || !(ops[i].flags & GNTMAP_host_map))
			return -EINVAL;
	rc = HYPERVISOR_grant_table_op(GNTTABOP_map_grant_ref, ops, count);
	if (rc)
		return (int)rc;
	return map_ops_errno(ops, count);
}

/**
 * gnttab_unmap_refs() - GNTTABOP_unmap_grant_ref on @count entries
 * @ops: filled in with gnttab_set_unmap_op(); Xen sets each @status
 * @count: number of entries
 *
 * Once an entry is unmapped its frame is empty again in the p2m (and the
 * granter may end its grant); the handle is no longer valid.
 *
 * Return: 0 when all were unmapped; else the errno of the first entry
 * that failed (-EBADF for a handle that is not mapped there), or of the
 * hypercall; -EINVAL and nothing done for a host_addr outside the window.
 */
int gnttab_unmap_refs(struct gnttab_unmap_grant_ref *ops, unsigned int count)
{
	unsigned int i;
	long rc;

	for (i = 0; i < count; i++)
		if (!gntmap_reserved(ops[i].host_addr))
			return -EINVAL;
	rc = HYPERVISOR_grant_table_op(GNTTABOP_unmap_grant_ref, ops, count);
	if (rc)
		return (int)rc;
	return unmap_ops_errno(ops, count);
}

/**
 * gnttab_map_page() - map one granted page into a frame of its own
 * @m: set up on success: where the page is and the handle to unmap it
 * @domid: the granting domain
 * @ref: its grant reference
 * @readonly: map read-only (required for a read-only grant)
 *
 * Return: 0, or a negative errno from gnttab_status_errno() or
 * gnttab_alloc_map_area(); nothing is left reserved on failure.
 */
int gnttab_map_page(struct gnttab_mapped_page *m, domid_t domid, grant_ref_t ref,
		    bool readonly)
{
	struct gnttab_map_grant_ref op;
	void *addr;
	int rc;

	rc = gnttab_alloc_map_area(1, &addr);
	if (rc)
		return rc;
	gnttab_set_map_op(&op, addr, readonly ? GNTMAP_readonly : 0, ref, domid);
	rc = gnttab_map_refs(&op, 1);
	if (rc) {
		gnttab_free_map_area(addr, 1);
		return rc;
	}
	m->addr = addr;
	m->handle = op.handle;
	return 0;
}

/**
 * gnttab_unmap_page() - undo gnttab_map_page()
 * @m: the mapping; its frame goes back to the window once unmapped
 *
 * Return: 0, or a negative errno; on failure the frame stays reserved,
 * because Xen may still have the grant mapped there.
 */
int gnttab_unmap_page(struct gnttab_mapped_page *m)
{
	struct gnttab_unmap_grant_ref op;
	int rc;

	gnttab_set_unmap_op(&op, m->addr, m->handle);
	rc = gnttab_unmap_refs(&op, 1);
	if (rc)
		return rc;
	gnttab_free_map_area(m->addr, 1);
	m->addr = NULL;
	return 0;
}
