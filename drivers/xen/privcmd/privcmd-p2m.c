// SPDX-License-Identifier: GPL-2.0
/*
 * Foreign frames in dom0's physical address space (its "p2m", which Xen
 * keeps): what a privcmd VMA's PTEs point at.
 *
 * Each VMA is backed by as many dom0 frames with nothing behind them,
 * for Xen to map the foreign frames at: consecutive frames of Xen's
 * extended regions where there are some (privcmd-regions.c), else frames
 * of Linux's balloon, whose RAM it has handed back to Xen.  Mapping is
 * batched, PRIVCMD_BATCH frames per XENMEM_add_to_physmap_range with an
 * error per frame; unmapping is one XENMEM_remove_from_physmap per frame,
 * batched in multicalls.  A frame is reused only once Xen confirms that
 * nothing is mapped at it any more.
 */
#define pr_fmt(fmt) "xen:" KBUILD_MODNAME ": " fmt

#include <linux/bitmap.h>
#include <linux/atomic.h>
#include <linux/err.h>
#include <linux/ktime.h>
#include <linux/mm.h>
#include <linux/moduleparam.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/sysfs.h>

#include <xen/interface/xen.h>
#include <xen/interface/memory.h>
#include <xen/arm/hypercall.h>

#include "privcmd.h"

/* More than this (4 GiB of frames) behind one VMA is refused. */
#define PRIVCMD_MAX_FRAMES	(1UL << 20)

/* XENMEM_remove_from_physmap calls per multicall. */
#define UNMAP_BATCH		128

/* In errs[] until Xen writes a result there: Xen's are 0 or negative. */
#define ERR_NOT_REACHED		1

struct unmap_batch {
	unsigned int nr;
	unsigned long index[UNMAP_BATCH];
	struct xen_remove_from_physmap xrfp[UNMAP_BATCH];
	struct multicall_entry mc[UNMAP_BATCH];
};

#ifdef PRIVCMD_XEN_CLOCK
static atomic64_t privcmd_xen_ns = ATOMIC64_INIT(0);

static int xen_mem_ns_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%lld\n", (long long)atomic64_read(&privcmd_xen_ns));
}

static const struct kernel_param_ops xen_mem_ns_ops = {
	.get = xen_mem_ns_get,
};
module_param_cb(xen_mem_ns, &xen_mem_ns_ops, NULL, 0444);
MODULE_PARM_DESC(xen_mem_ns, "Nanoseconds spent in Xen mapping and unmapping foreign frames");

u64 privcmd_xen_clock_start(void)
{
	return ktime_get_ns();
}

void privcmd_xen_clock_stop(u64 start)
{
	atomic64_add(ktime_get_ns() - start, &privcmd_xen_ns);
}
#endif

/**
 * privcmd_frames_pfn() - the dom0 frame behind a page of a VMA
 * @frames: the VMA's frames
 * @i: index of the page in the VMA
 *
 * Return: the frame number, in Linux's and Xen's units alike.
 */
unsigned long privcmd_frames_pfn(const struct privcmd_frames *frames, unsigned long i)
{
	return frames->pages ? page_to_pfn(frames->pages[i]) : frames->first_pfn + i;
}

static int frames_from_balloon(struct privcmd_frames *frames)
{
	frames->pages = kvcalloc(frames->nr, sizeof(*frames->pages), GFP_KERNEL);
	if (!frames->pages)
		return -ENOMEM;
	if (xen_alloc_ballooned_pages(frames->nr, frames->pages)) {
		kvfree(frames->pages);
		return -ENOMEM;
	}
	return 0;
}

/**
 * privcmd_frames_alloc() - find empty frames to back a VMA with
 * @nr: pages in the VMA
 *
 * Return: the frames, none mapped, or ERR_PTR(-ENOMEM).
 */
struct privcmd_frames *privcmd_frames_alloc(unsigned long nr)
{
	struct privcmd_frames *frames;

	if (nr > PRIVCMD_MAX_FRAMES)
		return ERR_PTR(-ENOMEM);
	frames = kzalloc(sizeof(*frames), GFP_KERNEL);
	if (!frames)
		return ERR_PTR(-ENOMEM);
	frames->nr = nr;
	frames->mapped = kvcalloc(BITS_TO_LONGS(nr), sizeof(long), GFP_KERNEL);
	if (!frames->mapped)
		goto out_free;
	if (!privcmd_regions_alloc(nr, &frames->first_pfn) && frames_from_balloon(frames))
		goto out_free;
	return frames;

out_free:
	kvfree(frames->mapped);
	kfree(frames);
	return ERR_PTR(-ENOMEM);
}

/**
 * privcmd_frames_any_mapped() - whether a range holds a foreign frame
 * @frames: a VMA's frames
 * @first: index of the first page of the range
 * @nr: pages in the range; the range must be inside the VMA
 *
 * Return: true if any page of the range has a frame mapped.
 */
bool privcmd_frames_any_mapped(const struct privcmd_frames *frames, unsigned long first,
			       unsigned long nr)
{
	return find_next_bit(frames->mapped, first + nr, first) < first + nr;
}

/**
 * privcmd_frames_map() - map a batch of foreign frames
 * @frames: a VMA's frames
 * @first: index of the page the batch starts at; none of its pages mapped
 * @dom: the domain that owns the frames
 * @batch: @nr and @idxs in; @gpfns and @errs out
 *
 * One hypercall for the whole batch.  Frames that fail have their errno
 * in @errs (an error of the call itself counts for every frame it did
 * not reach); the others are mapped at @gpfns.
 */
void privcmd_frames_map(struct privcmd_frames *frames, unsigned long first, domid_t dom,
			struct privcmd_batch *batch)
{
	struct xen_add_to_physmap_range xatpr = {
		.domid = DOMID_SELF,
		.space = XENMAPSPACE_gmfn_foreign,
		.size = batch->nr,
		.foreign_domid = dom,
	};
	unsigned int i;
	u64 start;
	long rc;

	for (i = 0; i < batch->nr; i++) {
		batch->gpfns[i] = privcmd_frames_pfn(frames, first + i);
		batch->errs[i] = ERR_NOT_REACHED;
	}
	set_xen_guest_handle(xatpr.idxs, batch->idxs);
	set_xen_guest_handle(xatpr.gpfns, batch->gpfns);
	set_xen_guest_handle(xatpr.errs, batch->errs);
	start = privcmd_xen_clock_start();
	rc = HYPERVISOR_memory_op(XENMEM_add_to_physmap_range, &xatpr);
	privcmd_xen_clock_stop(start);

	for (i = 0; i < batch->nr; i++) {
		if (batch->errs[i] == ERR_NOT_REACHED)
			batch->errs[i] = rc < 0 ? rc : -EIO;
		if (!batch->errs[i])
			__set_bit(first + i, frames->mapped);
	}
}

/**
 * privcmd_frames_acquire() - map a resource's frames over all of @frames
 * @frames: a VMA's frames, none mapped
 * @dom: the domain that owns the resource
 * @type: XENMEM_resource_*
 * @id: which one of that type
 * @idx: its first frame to map
 *
 * Return: 0 when all are mapped, else Xen's error (or -ENOMEM); frames Xen
 * mapped before failing count as mapped.
 */
int privcmd_frames_acquire(struct privcmd_frames *frames, domid_t dom, unsigned int type,
			   unsigned int id, unsigned long idx)
{
	struct xen_mem_acquire_resource xmar = {
		.domid = dom,
		.type = type,
		.id = id,
		.nr_frames = frames->nr,
		.frame = idx,
	};
	xen_pfn_t *gpfns;
	unsigned long i;
	long rc;

	gpfns = kvmalloc_array(frames->nr, sizeof(*gpfns), GFP_KERNEL);
	if (!gpfns)
		return -ENOMEM;
	for (i = 0; i < frames->nr; i++)
		gpfns[i] = privcmd_frames_pfn(frames, i);
	set_xen_guest_handle(xmar.frame_list, gpfns);
	rc = HYPERVISOR_memory_op(XENMEM_acquire_resource, &xmar);
	/*
	 * How far Xen got before an error is not reported; removing a frame
	 * that holds nothing answers -ENOENT, which unmapping accepts.
	 */
	bitmap_set(frames->mapped, 0, frames->nr);
	kvfree(gpfns);
	return rc;
}

static void unmap_batch_add(struct unmap_batch *ub, const struct privcmd_frames *frames,
			    unsigned long i)
{
	struct xen_remove_from_physmap *xrfp = &ub->xrfp[ub->nr];
	struct multicall_entry *mc = &ub->mc[ub->nr];

	xrfp->domid = DOMID_SELF;
	xrfp->gpfn = privcmd_frames_pfn(frames, i);
	memset(mc, 0, sizeof(*mc));
	mc->op = __HYPERVISOR_memory_op;
	mc->args[0] = XENMEM_remove_from_physmap;
	mc->args[1] = (unsigned long)xrfp;
	ub->index[ub->nr++] = i;
}

/* Issue the batch; the frames Xen has emptied are no longer mapped. */
static void unmap_batch_flush(struct unmap_batch *ub, struct privcmd_frames *frames)
{
	unsigned int i;
	u64 start;
	long rc;

	start = privcmd_xen_clock_start();
	rc = HYPERVISOR_multicall(ub->mc, ub->nr);
	privcmd_xen_clock_stop(start);
	for (i = 0; i < ub->nr; i++) {
		long result = rc ? rc : ub->mc[i].result;

		if (!result || result == -ENOENT)
			__clear_bit(ub->index[i], frames->mapped);
	}
	ub->nr = 0;
	cond_resched();
}

/* Without memory for a batch: one hypercall per frame. */
static void privcmd_frames_unmap_slowly(struct privcmd_frames *frames)
{
	struct xen_remove_from_physmap xrfp = { .domid = DOMID_SELF };
	unsigned long i;
	u64 start;
	long rc;

	for_each_set_bit(i, frames->mapped, frames->nr) {
		xrfp.gpfn = privcmd_frames_pfn(frames, i);
		start = privcmd_xen_clock_start();
		rc = HYPERVISOR_memory_op(XENMEM_remove_from_physmap, &xrfp);
		privcmd_xen_clock_stop(start);
		if (!rc || rc == -ENOENT)
			__clear_bit(i, frames->mapped);
		cond_resched();
	}
}

static void privcmd_frames_unmap(struct privcmd_frames *frames)
{
	struct unmap_batch *ub;
	unsigned long i;

	ub = kmalloc(sizeof(*ub), GFP_KERNEL);
	if (!ub) {
		privcmd_frames_unmap_slowly(frames);
		return;
	}
	ub->nr = 0;
	for_each_set_bit(i, frames->mapped, frames->nr) {
		unmap_batch_add(ub, frames, i);
		if (ub->nr == UNMAP_BATCH)
			unmap_batch_flush(ub, frames);
	}
	if (ub->nr)
		unmap_batch_flush(ub, frames);
	kfree(ub);
}

/* Hand back the pages with nothing mapped; the others are lost. */
static unsigned long frames_return_pages(struct privcmd_frames *frames)
{
	unsigned long i, kept = 0;

	for (i = 0; i < frames->nr; i++) {
		if (!test_bit(i, frames->mapped))
			frames->pages[kept++] = frames->pages[i];
	}
	xen_free_ballooned_pages(kept, frames->pages);
	kvfree(frames->pages);
	return frames->nr - kept;
}

/* The same for region frames: every run of empty ones goes back. */
static unsigned long frames_return_region(struct privcmd_frames *frames)
{
	unsigned long start = 0, end, lost = 0;

	while (start < frames->nr) {
		end = find_next_bit(frames->mapped, frames->nr, start);
		if (end > start)
			privcmd_regions_free(frames->first_pfn + start, end - start);
		if (end == frames->nr)
			break;
		start = find_next_zero_bit(frames->mapped, frames->nr, end);
		lost += start - end;
	}
	return lost;
}

/**
 * privcmd_frames_free() - unmap all foreign frames and return the backing
 * @frames: a VMA's frames; no PTE may point at them any more
 *
 * A frame Xen would not unmap is never reused, and a warning says how many
 * were lost so.
 */
void privcmd_frames_free(struct privcmd_frames *frames)
{
	unsigned long lost;

	privcmd_frames_unmap(frames);
	lost = frames->pages ? frames_return_pages(frames) : frames_return_region(frames);
	if (lost)
		pr_warn("leaking %lu frames that Xen would not unmap\n", lost);
	kvfree(frames->mapped);
	kfree(frames);
}
