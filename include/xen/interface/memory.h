/* SPDX-License-Identifier: MIT */
/*
 * Memory reservation and physmap control: HYPERVISOR_memory_op(cmd, arg).
 */
#ifndef __XEN_INTERFACE_MEMORY_H__
#define __XEN_INTERFACE_MEMORY_H__

#include <xen/interface/xen.h>

#define XENMEM_increase_reservation	0	/* arg: xen_memory_reservation */
#define XENMEM_decrease_reservation	1	/* arg: xen_memory_reservation */
#define XENMEM_maximum_ram_page		2	/* arg: NULL; returns highest MFN */
#define XENMEM_current_reservation	3	/* arg: domid_t *; returns pages */
#define XENMEM_maximum_reservation	4	/* arg: domid_t *; returns pages */
#define XENMEM_machphys_mfn_list	5	/* x86 PV */
#define XENMEM_populate_physmap		6	/* arg: xen_memory_reservation */
#define XENMEM_add_to_physmap		7	/* arg: xen_add_to_physmap */
/* 8 was translate_gpfn_list, removed */
#define XENMEM_memory_map		9
#define XENMEM_machine_memory_map	10
#define XENMEM_exchange			11	/* arg: xen_memory_exchange */
#define XENMEM_machphys_mapping		12	/* x86 PV */
#define XENMEM_set_memory_map		13
#define XENMEM_maximum_gpfn		14	/* arg: domid_t *; returns highest GFN */
#define XENMEM_remove_from_physmap	15	/* arg: xen_remove_from_physmap */
#define XENMEM_set_pod_target		16
#define XENMEM_get_pod_target		17
#define XENMEM_get_sharing_freed_pages	18
#define XENMEM_get_sharing_shared_pages	19
#define XENMEM_paging_op		20
#define XENMEM_access_op		21
#define XENMEM_sharing_op		22
#define XENMEM_add_to_physmap_batch	23
/* Linux's name for op 23; arg: xen_add_to_physmap_range */
#define XENMEM_add_to_physmap_range	XENMEM_add_to_physmap_batch
#define XENMEM_claim_pages		24
#define XENMEM_machphys_compat_mfn_list	25
#define XENMEM_get_vnumainfo		26
#define XENMEM_reserved_device_memory_map 27
#define XENMEM_acquire_resource		28	/* arg: xen_mem_acquire_resource */

/* xen_memory_reservation.mem_flags */
#define XENMEMF_address_bits(x)		(x)	/* max address width, 0 = any */
#define XENMEMF_get_address_bits(x)	((x) & 0xff)
#define XENMEMF_node(x)			(((x) + 1) << 8)	/* preferred NUMA node */
#define XENMEMF_get_node(x)		((((x) >> 8) - 1) & 0xff)
#define XENMEMF_populate_on_demand	(1 << 16)
#define XENMEMF_exact_node_request	(1 << 17)
#define XENMEMF_exact_node(n)		(XENMEMF_node(n) | XENMEMF_exact_node_request)
#define XENMEMF_vnode			(1 << 18)	/* node is a virtual node */

/* Source spaces for add_to_physmap{,_batch}. */
#define XENMAPSPACE_shared_info		0	/* the shared_info page */
#define XENMAPSPACE_grant_table		1	/* a grant table frame */
#define XENMAPSPACE_gmfn		2	/* another frame of the same domain */
#define XENMAPSPACE_gmfn_range		3	/* @size frames; add_to_physmap only */
#define XENMAPSPACE_gmfn_foreign	4	/* a foreign frame; batch only */
#define XENMAPSPACE_dev_mmio		5	/* ARM: device MMIO, mapped cacheable */

/* OR into xen_add_to_physmap.idx to map grant v2 status frames. */
#define XENMAPIDX_grant_table_status	xen_mk_uint(0x80000000)

/* xen_mem_acquire_resource.type and .id */
#define XENMEM_resource_ioreq_server		0
#define XENMEM_resource_grant_table		1
#define XENMEM_resource_vmtrace_buf		2
#define XENMEM_resource_grant_table_id_shared	0
#define XENMEM_resource_grant_table_id_status	1
/* Frame indexes of an ioreq server resource */
#define XENMEM_resource_ioreq_server_frame_bufioreq	0
#define XENMEM_resource_ioreq_server_frame_ioreq(n)	(1 + (n))

#ifndef __ASSEMBLY__

/* increase/decrease_reservation and populate_physmap. */
struct xen_memory_reservation {
	/*
	 * Array of @nr_extents frames: the GFNs to free or populate (IN), or
	 * the frames allocated (OUT).
	 */
	GUEST_HANDLE(xen_pfn_t) extent_start;
	xen_ulong_t nr_extents;
	unsigned int extent_order;	/* each extent is 2^order frames */
	unsigned int mem_flags;		/* XENMEMF_* */
	domid_t domid;			/* DOMID_SELF unless privileged */
};
DEFINE_GUEST_HANDLE_STRUCT(xen_memory_reservation);

/* Trade the @in extents for freshly allocated @out extents. */
struct xen_memory_exchange {
	struct xen_memory_reservation in;
	struct xen_memory_reservation out;
	xen_ulong_t nr_exchanged;	/* OUT; caller must zero it */
};
DEFINE_GUEST_HANDLE_STRUCT(xen_memory_exchange);

/* Map one frame (or @size frames for gmfn_range) of @space at @gpfn. */
struct xen_add_to_physmap {
	domid_t domid;
	uint16_t size;			/* gmfn_range only */
	unsigned int space;		/* XENMAPSPACE_* */
	xen_ulong_t idx;		/* index within @space */
	xen_pfn_t gpfn;			/* where it appears in @domid */
};
DEFINE_GUEST_HANDLE_STRUCT(xen_add_to_physmap);

/*
 * XENMEM_add_to_physmap_batch (op 23), with Linux's field names: Xen 4.17
 * wraps @foreign_domid in a union "u" that has the same layout.
 */
struct xen_add_to_physmap_range {
	domid_t domid;			/* IN: domain whose physmap changes */
	uint16_t space;			/* IN: XENMAPSPACE_* */
	uint16_t size;			/* IN: entries in the three arrays */
	domid_t foreign_domid;		/* IN: gmfn_foreign only, else 0 */
	GUEST_HANDLE(xen_ulong_t) idxs;	/* IN: indexes within @space */
	GUEST_HANDLE(xen_pfn_t) gpfns;	/* IN: destination GFNs */
	GUEST_HANDLE(int) errs;		/* OUT: per-entry error code */
};
DEFINE_GUEST_HANDLE_STRUCT(xen_add_to_physmap_range);

struct xen_remove_from_physmap {
	domid_t domid;
	xen_pfn_t gpfn;			/* GFN to unmap */
};
DEFINE_GUEST_HANDLE_STRUCT(xen_remove_from_physmap);

/*
 * Map frames of a resource owned by @domid (grant table, ioreq pages,
 * trace buffers).  With @nr_frames 0 and a NULL @frame_list Xen instead
 * reports the resource size in @nr_frames.
 */
struct xen_mem_acquire_resource {
	domid_t domid;			/* IN */
	uint16_t type;			/* IN: XENMEM_resource_* */
	uint32_t id;			/* IN: type-specific */
	uint32_t nr_frames;		/* IN/OUT */
	uint32_t pad;			/* must be 0 */
	uint64_aligned_t frame;		/* IN: first frame index */
	GUEST_HANDLE(xen_pfn_t) frame_list;	/* IN: GFNs to map them at */
};
DEFINE_GUEST_HANDLE_STRUCT(xen_mem_acquire_resource);

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_MEMORY_H__ */
