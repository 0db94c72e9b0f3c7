// SPDX-License-Identifier: GPL-2.0
/*
 * Grant table v1: the shared frames, the free list of references, and the
 * flag protocol for starting and ending foreign access.
 *
 * Granting writes the entry's domid and frame before its flags (with a
 * barrier between), because Xen treats the flags as the entry's "valid"
 * bit.  Ending access must not race with Xen starting to use the grant:
 * the flags are swapped to 0 with a compare-and-exchange that fails if
 * Xen set GTF_reading/GTF_writing meanwhile.
 */
#define pr_fmt(fmt) "xen:grant-table: " fmt

#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/atomic.h>
#include <xen/xen.h>
#include <xen/grant_table.h>
#include <xen/interface/memory.h>
#include <asm/xen/hypercall.h>

/* The free list and the table's growth, changed from any CPU. */
static DEFINE_SPINLOCK(gnttab_lock);

#define GREFS_PER_FRAME		(PAGE_SIZE / sizeof(struct grant_entry_v1))

/* The region is at most 16 MiB on any Xen/ARM layout: 4096 frames. */
#define GNTTAB_MAX_FRAMES	4096

/**
 * struct gnttab_ops - one grant table format
 * @update_entry: publish a grant of @gfn to @domid in entry @ref
 * @end_foreign_access_ref: revoke it unless it is in use (-EBUSY)
 * @query_foreign_access: is the remote using it right now?
 */
struct gnttab_ops {
	void (*update_entry)(grant_ref_t ref, domid_t domid, u64 gfn, u16 flags);
	int (*end_foreign_access_ref)(grant_ref_t ref);
	bool (*query_foreign_access)(grant_ref_t ref);
};

static struct grant_entry_v1 *gnttab_shared;
static phys_addr_t gnttab_base;
static unsigned int nr_grant_frames, max_grant_frames;
static const struct gnttab_ops *gnttab_ops;

/* Free list: link[ref] is the next free reference, one page per frame. */
static grant_ref_t *gnttab_links[GNTTAB_MAX_FRAMES];
static grant_ref_t gnttab_free_head = GNTTAB_LIST_END;
static unsigned int gnttab_free;

static grant_ref_t *gnttab_link(grant_ref_t ref)
{
	return &gnttab_links[ref / GREFS_PER_FRAME][ref % GREFS_PER_FRAME];
}

static void gnttab_v1_update_entry(grant_ref_t ref, domid_t domid, u64 gfn, u16 flags)
{
	struct grant_entry_v1 *e = &gnttab_shared[ref];

	WRITE_ONCE(e->frame, (u32)gfn);
	WRITE_ONCE(e->domid, domid);
	/* Xen must never see the flags before the frame and domid. */
	smp_wmb();
	WRITE_ONCE(e->flags, flags);
}

static int gnttab_v1_end_foreign_access_ref(grant_ref_t ref)
{
	u16 *pflags = &gnttab_shared[ref].flags;
	u16 flags, seen = READ_ONCE(*pflags);

	do {
		flags = seen;
		if (flags & (GTF_reading | GTF_writing))
			return -EBUSY;
		seen = cmpxchg(pflags, flags, 0);
	} while (seen != flags);
	return 0;
}

static bool gnttab_v1_query_foreign_access(grant_ref_t ref)
{
	return READ_ONCE(gnttab_shared[ref].flags) & (GTF_reading | GTF_writing);
}

static const struct gnttab_ops gnttab_v1_ops = {
	.update_entry = gnttab_v1_update_entry,
	.end_foreign_access_ref = gnttab_v1_end_foreign_access_ref,
	.query_foreign_access = gnttab_v1_query_foreign_access,
};

static bool gnttab_ref_valid(grant_ref_t ref)
{
	return gnttab_ops && ref >= GNTTAB_NR_RESERVED_ENTRIES &&
	       ref < nr_grant_frames * GREFS_PER_FRAME;
}

/* Put every entry of frame @frame on the free list (IRQs masked). */
static void gnttab_free_frame_entries(unsigned int frame)
{
	grant_ref_t ref = frame * GREFS_PER_FRAME;
	grant_ref_t end = ref + GREFS_PER_FRAME;

	if (ref < GNTTAB_NR_RESERVED_ENTRIES)
		ref = GNTTAB_NR_RESERVED_ENTRIES;
	while (end-- > ref) {
		*gnttab_link(end) = gnttab_free_head;
		gnttab_free_head = end;
		gnttab_free++;
	}
}

/* Have Xen place table frame @frame at its slot in the region. */
static int gnttab_map_frame(unsigned int frame)
{
	struct xen_add_to_physmap xatp = {
		.domid = DOMID_SELF,
		.space = XENMAPSPACE_grant_table,
		.idx = frame,
		.gpfn = (gnttab_base >> PAGE_SHIFT) + frame,
	};

	return (int)HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp);
}

/* Add one frame to the table (IRQs masked). */
static int gnttab_grow(void)
{
	unsigned int frame = nr_grant_frames;
	int rc;

	if (frame >= max_grant_frames)
		return -ENOSPC;
	if (!gnttab_links[frame]) {
		gnttab_links[frame] = kzalloc(GREFS_PER_FRAME * sizeof(grant_ref_t));
		if (!gnttab_links[frame])
			return -ENOMEM;
	}
	rc = gnttab_map_frame(frame);
	if (rc < 0) {
		pr_err("mapping grant frame %u failed: %d\n", frame, rc);
		return rc;
	}
	nr_grant_frames++;
	gnttab_free_frame_entries(frame);
	return 0;
}

/**
 * gnttab_alloc_grant_reference() - take an unused grant reference
 *
 * Grows the table by a frame when the free list is empty.
 *
 * Return: the reference, or -ENOSPC when the table is at Xen's limit.
 */
int gnttab_alloc_grant_reference(void)
{
	grant_ref_t ref = GNTTAB_LIST_END;
	unsigned long flags;
	int rc = 0;

	if (!gnttab_ops)
		return -ENODEV;
	spin_lock_irqsave(&gnttab_lock, flags);
	if (gnttab_free_head == GNTTAB_LIST_END)
		rc = gnttab_grow();
	if (!rc) {
		ref = gnttab_free_head;
		gnttab_free_head = *gnttab_link(ref);
		gnttab_free--;
	}
	spin_unlock_irqrestore(&gnttab_lock, flags);
	return rc ? rc : (int)ref;
}

/**
 * gnttab_free_grant_reference() - return @ref to the free list
 * @ref: a reference whose foreign access has ended
 */
void gnttab_free_grant_reference(grant_ref_t ref)
{
	unsigned long flags;

	if (!gnttab_ref_valid(ref))
		return;
	spin_lock_irqsave(&gnttab_lock, flags);
	*gnttab_link(ref) = gnttab_free_head;
	gnttab_free_head = ref;
	gnttab_free++;
	spin_unlock_irqrestore(&gnttab_lock, flags);
}

/* The largest frame a v1 entry can name: its frame field is 32 bits. */
#define GNTTAB_V1_MAX_GFN	0xffffffffULL

/**
 * gnttab_grant_foreign_access_ref() - fill in entry @ref
 * @ref: from gnttab_alloc_grant_reference()
 * @domid: the domain allowed to use the page
 * @gfn: our frame
 * @readonly: grant read access only
 *
 * Return: 0; -EINVAL for a bad @ref; -EOVERFLOW when @gfn does not fit
 * the entry's 32-bit frame field (truncating it would grant another
 * page), and the entry is left untouched.
 */
int gnttab_grant_foreign_access_ref(grant_ref_t ref, domid_t domid, u64 gfn,
				    bool readonly)
{
	if (!gnttab_ref_valid(ref))
		return -EINVAL;
	if (gfn > GNTTAB_V1_MAX_GFN)
		return -EOVERFLOW;
	gnttab_ops->update_entry(ref, domid, gfn,
				 GTF_permit_access | (readonly ? GTF_readonly : 0));
	return 0;
}

/**
 * gnttab_end_foreign_access_ref() - revoke the grant in @ref
 * @ref: a granted reference
 *
 * Return: 0, or -EBUSY while the remote has the page mapped or is
 * copying (the grant stays in force then), -EINVAL for a bad @ref.
 */
int gnttab_end_foreign_access_ref(grant_ref_t ref)
{
	if (!gnttab_ref_valid(ref))
		return -EINVAL;
	return gnttab_ops->end_foreign_access_ref(ref);
}

/**
 * gnttab_grant_foreign_access() - allocate a reference and grant a page
 * @domid: the domain allowed to use the page
 * @gfn: our frame
 * @readonly: grant read access only
 *
 * Return: the reference, -ENOSPC when none is left, or -EOVERFLOW for
 * a frame a v1 entry cannot hold.
 */
int gnttab_grant_foreign_access(domid_t domid, u64 gfn, bool readonly)
{
	int ref = gnttab_alloc_grant_reference();
	int rc;

	if (ref < 0)
		return ref;
	rc = gnttab_grant_foreign_access_ref((grant_ref_t)ref, domid, gfn, readonly);
	if (rc) {
		gnttab_free_grant_reference((grant_ref_t)ref);
		return rc;
	}
	return ref;
}

/**
 * gnttab_end_foreign_access() - revoke a grant and free its reference
 * @ref: from gnttab_grant_foreign_access()
 *
 * Return: 0, or -EBUSY when the grant is in use; the reference is then
 * still granted and not freed, and the caller must try again later
 * before reusing the page.
 */
int gnttab_end_foreign_access(grant_ref_t ref)
{
	int rc = gnttab_end_foreign_access_ref(ref);

	if (!rc)
		gnttab_free_grant_reference(ref);
	return rc;
}

/**
 * gnttab_query_foreign_access() - is the remote using @ref now?
 * @ref: a granted reference
 *
 * Return: true while Xen has GTF_reading or GTF_writing set.
 */
bool gnttab_query_foreign_access(grant_ref_t ref)
{
	return gnttab_ref_valid(ref) && gnttab_ops->query_foreign_access(ref);
}

/**
 * gnttab_batch_copy() - GNTTABOP_copy on @count operations
 * @ops: each one's @status is set by Xen (GNTST_*)
 * @count: number of operations
 *
 * Return: the hypercall's result: 0 when Xen processed the batch (check
 * each status), or a negative errno when it could not read it at all.
 */
int gnttab_batch_copy(struct gnttab_copy *ops, unsigned int count)
{
	return (int)HYPERVISOR_grant_table_op(GNTTABOP_copy, ops, count);
}

/**
 * gnttab_query_size() - GNTTABOP_query_size for @domid
 * @domid: DOMID_SELF, or another domain when privileged
 * @query: filled in by Xen
 *
 * Return: 0, or a negative errno (also when Xen's status is not okay).
 */
int gnttab_query_size(domid_t domid, struct gnttab_query_size *query)
{
	long rc;

	*query = (struct gnttab_query_size){ .dom = domid };
	rc = HYPERVISOR_grant_table_op(GNTTABOP_query_size, query, 1);
	if (rc < 0)
		return (int)rc;
	return query->status == GNTST_okay ? 0 : -EINVAL;
}

/**
 * gnttab_nr_grant_frames() - table frames mapped so far
 *
 * Return: the count; the table grows one frame at a time on demand.
 */
unsigned int gnttab_nr_grant_frames(void)
{
	return nr_grant_frames;
}

/**
 * gnttab_max_grant_frames() - frames the table may grow to
 *
 * Return: Xen's limit, capped by the device tree's region.
 */
unsigned int gnttab_max_grant_frames(void)
{
	return max_grant_frames;
}

/**
 * gnttab_free_count() - references on the free list now
 *
 * Return: the count (the table may still grow beyond it).
 */
unsigned int gnttab_free_count(void)
{
	return READ_ONCE(gnttab_free);
}

/*
 * Map the frames Xen already gave the table (query_size), so that the
 * toolstack's reserved entries stay where it expects them.
 */
static int gnttab_map_initial(unsigned int frames)
{
	unsigned long flags;
	int rc = 0;

	spin_lock_irqsave(&gnttab_lock, flags);
	while (!rc && nr_grant_frames < frames)
		rc = gnttab_grow();
	spin_unlock_irqrestore(&gnttab_lock, flags);
	return rc;
}

/**
 * gnttab_init() - map the grant table into the device tree's region
 * @base: start of the region (/hypervisor "reg", first range)
 * @size: its size
 *
 * Return: 0 or a negative errno.
 */
int gnttab_init(phys_addr_t base, size_t size)
{
	struct gnttab_query_size query;
	unsigned int limit = size / PAGE_SIZE;
	int rc;

	rc = gnttab_query_size(DOMID_SELF, &query);
	if (rc) {
		pr_err("GNTTABOP_query_size failed: %d\n", rc);
		return rc;
	}
	if (!limit || (base & ~PAGE_MASK)) {
		pr_err("unusable grant table region %#lx+%#zx\n", (unsigned long)base, size);
		return -EINVAL;
	}
	max_grant_frames = min(min(query.max_nr_frames, limit), (unsigned int)GNTTAB_MAX_FRAMES);
	gnttab_shared = memremap_wb(base, (size_t)max_grant_frames * PAGE_SIZE);
	if (!gnttab_shared)
		return -ENOMEM;
	gnttab_base = base;
	gnttab_ops = &gnttab_v1_ops;

	rc = gnttab_map_initial(max(query.nr_frames, 1U));
	if (rc) {
		gnttab_ops = NULL;
		return rc;
	}
	pr_info("v1, %u of at most %u frames mapped at %#lx\n",
		nr_grant_frames, max_grant_frames, (unsigned long)base);
	return 0;
}
