// SPDX-License-Identifier: GPL-2.0
/*
 * Mapping foreign frames at a VMA's backing frames, a batch at a time:
 * PRIVCMD_BATCH frames per XENMEM_add_to_physmap_range, with an error per
 * frame (Linux makes one call per frame).
 */
#include <linux/bitmap.h>
#include <linux/mm.h>

#include <xen/interface/xen.h>
#include <xen/interface/memory.h>
#include <xen/arm/hypercall.h>

#include "privcmd.h"

/* In errs[] until Xen writes a result there: Xen's are 0 or negative. */
#define ERR_NOT_REACHED		1

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
