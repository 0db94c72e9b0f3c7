// SPDX-License-Identifier: GPL-2.0
/*
 * Unmapping a VMA's foreign frames, when its last user goes: one
 * XENMEM_remove_from_physmap per frame, UNMAP_BATCH of them to a
 * multicall.  A frame counts as empty only once Xen says so; one it would
 * not empty stays marked mapped, and is never reused.
 */
#include <linux/bitmap.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include <xen/interface/xen.h>
#include <xen/interface/memory.h>
#include <xen/arm/hypercall.h>

#include "privcmd.h"

/* XENMEM_remove_from_physmap calls per multicall. */
#define UNMAP_BATCH		128

struct unmap_batch {
	unsigned int nr;
	unsigned long index[UNMAP_BATCH];
	struct xen_remove_from_physmap xrfp[UNMAP_BATCH];
	struct multicall_entry mc[UNMAP_BATCH];
};

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
static void frames_unmap_slowly(struct privcmd_frames *frames)
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

/**
 * privcmd_frames_unmap() - empty every frame of @frames that Xen will
 * @frames: a VMA's frames; no PTE may point at them any more
 *
 * Return: how many frames are still mapped afterwards.
 */
unsigned long privcmd_frames_unmap(struct privcmd_frames *frames)
{
	struct unmap_batch *ub;
	unsigned long i;

	ub = kmalloc(sizeof(*ub), GFP_KERNEL);
	if (!ub) {
		frames_unmap_slowly(frames);
		return bitmap_weight(frames->mapped, frames->nr);
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
	return bitmap_weight(frames->mapped, frames->nr);
}
