// SPDX-License-Identifier: GPL-2.0
/*
 * XENMEM reservation queries and single-frame give-back / populate.
 *
 * A frame given back is gone from the guest's physical address space
 * until populated again: the caller must not touch it in between (on ARM
 * the access would fault in stage 2).  A direct-mapped domain (dom0 on
 * ARM) can only populate frames it still owns, so the frame it gave back
 * returns only if Xen hands the same page out again.
 */
#define pr_fmt(fmt) "xen:memory: " fmt

#include <linux/kernel.h>
#include <xen/mem-reservation.h>
#include <xen/interface/memory.h>
#include <asm/xen/hypercall.h>

/**
 * xen_current_reservation() - pages @domid has now
 * @domid: DOMID_SELF, or another domain when privileged
 *
 * Return: the page count, or a negative errno.
 */
long xen_current_reservation(domid_t domid)
{
	return HYPERVISOR_memory_op(XENMEM_current_reservation, &domid);
}

/**
 * xen_maximum_reservation() - pages @domid may have at most
 * @domid: DOMID_SELF, or another domain when privileged
 *
 * Return: the page count, or a negative errno.
 */
long xen_maximum_reservation(domid_t domid)
{
	return HYPERVISOR_memory_op(XENMEM_maximum_reservation, &domid);
}

static long xen_reservation_op(unsigned int cmd, xen_pfn_t *frames, unsigned long nr)
{
	struct xen_memory_reservation r = {
		.nr_extents = nr,
		.extent_order = 0,
		.domid = DOMID_SELF,
	};

	set_xen_guest_handle(r.extent_start, frames);
	return HYPERVISOR_memory_op(cmd, &r);
}

/**
 * xen_increase_reservation() - have Xen allocate @nr more frames to us
 * @nr: count
 *
 * The frames are not mapped anywhere: a translated guest does not learn
 * where they are.  A direct-mapped domain (dom0 on ARM) maps one with
 * xen_populate_physmap() at its own frame number.
 *
 * Return: how many frames Xen allocated, or a negative errno.
 */
long xen_increase_reservation(unsigned long nr)
{
	return xen_reservation_op(XENMEM_increase_reservation, NULL, nr);
}

/**
 * xen_decrease_reservation() - give frames back to Xen
 * @frames: guest frame numbers, @nr of them
 * @nr: count
 *
 * Return: how many frames Xen took (it stops at the first it cannot
 * take), or a negative errno.
 */
long xen_decrease_reservation(xen_pfn_t *frames, unsigned long nr)
{
	return xen_reservation_op(XENMEM_decrease_reservation, frames, nr);
}

/**
 * xen_populate_physmap() - put fresh memory behind guest frames
 * @frames: guest frame numbers, @nr of them
 * @nr: count
 *
 * Return: how many frames were populated, or a negative errno.
 */
long xen_populate_physmap(xen_pfn_t *frames, unsigned long nr)
{
	return xen_reservation_op(XENMEM_populate_physmap, frames, nr);
}
