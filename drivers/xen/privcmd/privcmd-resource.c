// SPDX-License-Identifier: GPL-2.0
/*
 * A domain's resources (XENMEM_acquire_resource: grant tables, ioreq
 * servers, trace buffers): their size, and their frames mapped over a
 * VMA's backing.
 */
#include <linux/bitmap.h>
#include <linux/mm.h>
#include <linux/slab.h>

#include <xen/interface/xen.h>
#include <xen/interface/memory.h>
#include <xen/arm/hypercall.h>

#include "privcmd.h"

/**
 * privcmd_resource_size() - how many frames a resource has
 * @dom: the domain that owns it
 * @type: XENMEM_resource_*
 * @id: which one of that type
 * @nr: where the size is returned
 *
 * Return: 0, or Xen's error (the resource does not exist, or the caller
 * may not have it).
 */
int privcmd_resource_size(domid_t dom, unsigned int type, unsigned int id, u64 *nr)
{
	struct xen_mem_acquire_resource xmar = {
		.domid = dom,
		.type = type,
		.id = id,
	};
	long rc;

	/* No frame list: Xen answers with the size in nr_frames. */
	rc = HYPERVISOR_memory_op(XENMEM_acquire_resource, &xmar);
	if (rc)
		return rc;
	*nr = xmar.nr_frames;
	return 0;
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
