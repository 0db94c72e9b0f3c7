/* SPDX-License-Identifier: MIT */
/*
 * Grant tables: HYPERVISOR_grant_table_op(cmd, args, count) and the
 * version 1 grant entry format a domain writes to share its pages.
 */
#ifndef __XEN_INTERFACE_GRANT_TABLE_H__
#define __XEN_INTERFACE_GRANT_TABLE_H__

#include <xen/interface/xen.h>

/* The first entries are kept for the toolstack across a table reset. */
#define GNTTAB_NR_RESERVED_ENTRIES	8
#define GNTTAB_RESERVED_CONSOLE		0
#define GNTTAB_RESERVED_XENSTORE	1

/* grant_entry_v1.flags, bits 0-1: what the entry grants. */
#define GTF_invalid			(xen_mk_uint(0) << 0)
#define GTF_permit_access		(xen_mk_uint(1) << 0)
#define GTF_accept_transfer		(xen_mk_uint(2) << 0)
#define GTF_transitive			(xen_mk_uint(3) << 0)	/* v2 only */
#define GTF_type_mask			(xen_mk_uint(3) << 0)

/* Further flags for GTF_permit_access. */
#define _GTF_readonly			2	/* grantee may only read */
#define GTF_readonly			(xen_mk_uint(1) << _GTF_readonly)
#define _GTF_reading			3	/* set by Xen while mapped/read */
#define GTF_reading			(xen_mk_uint(1) << _GTF_reading)
#define _GTF_writing			4	/* set by Xen while mapped/written */
#define GTF_writing			(xen_mk_uint(1) << _GTF_writing)
#define _GTF_PWT			5	/* x86 cache attributes */
#define GTF_PWT				(xen_mk_uint(1) << _GTF_PWT)
#define _GTF_PCD			6
#define GTF_PCD				(xen_mk_uint(1) << _GTF_PCD)
#define _GTF_PAT			7
#define GTF_PAT				(xen_mk_uint(1) << _GTF_PAT)
#define _GTF_sub_page			8	/* v2 only */
#define GTF_sub_page			(xen_mk_uint(1) << _GTF_sub_page)

/* Further flags for GTF_accept_transfer. */
#define _GTF_transfer_committed		2
#define GTF_transfer_committed		(xen_mk_uint(1) << _GTF_transfer_committed)
#define _GTF_transfer_completed		3
#define GTF_transfer_completed		(xen_mk_uint(1) << _GTF_transfer_completed)

#define GNTTABOP_map_grant_ref		0
#define GNTTABOP_unmap_grant_ref	1
#define GNTTABOP_setup_table		2
#define GNTTABOP_dump_table		3
#define GNTTABOP_transfer		4
#define GNTTABOP_copy			5
#define GNTTABOP_query_size		6
#define GNTTABOP_unmap_and_replace	7
#define GNTTABOP_set_version		8
#define GNTTABOP_get_status_frames	9
#define GNTTABOP_get_version		10
#define GNTTABOP_swap_grant_ref		11
#define GNTTABOP_cache_flush		12

/* gnttab_map_grant_ref.flags */
#define _GNTMAP_device_map		0	/* map for device (DMA) access */
#define GNTMAP_device_map		(1 << _GNTMAP_device_map)
#define _GNTMAP_host_map		1	/* map for CPU access */
#define GNTMAP_host_map			(1 << _GNTMAP_host_map)
#define _GNTMAP_readonly		2
#define GNTMAP_readonly			(1 << _GNTMAP_readonly)
#define _GNTMAP_application_map		3	/* x86 PV: user-accessible mapping */
#define GNTMAP_application_map		(1 << _GNTMAP_application_map)
#define _GNTMAP_contains_pte		4	/* x86 PV: host_addr is a PTE address */
#define GNTMAP_contains_pte		(1 << _GNTMAP_contains_pte)
/* Bits 16-31 are left for the guest's own use in its PTEs. */
#define _GNTMAP_guest_avail0		16
#define GNTMAP_guest_avail_mask		xen_mk_uint(0xffff0000)

/* gnttab_copy.flags: which side is named by grant reference. */
#define _GNTCOPY_source_gref		0
#define GNTCOPY_source_gref		(1 << _GNTCOPY_source_gref)
#define _GNTCOPY_dest_gref		1
#define GNTCOPY_dest_gref		(1 << _GNTCOPY_dest_gref)

/* gnttab_cache_flush.op */
#define GNTTAB_CACHE_CLEAN		(xen_mk_uint(1) << 0)
#define GNTTAB_CACHE_INVAL		(xen_mk_uint(1) << 1)
#define GNTTAB_CACHE_SOURCE_GREF	(xen_mk_uint(1) << 31)	/* a.ref is valid */

/* Per-operation status codes (the hypercall itself usually returns 0). */
#define GNTST_okay			(0)
#define GNTST_general_error		(-1)
#define GNTST_bad_domain		(-2)
#define GNTST_bad_gntref		(-3)
#define GNTST_bad_handle		(-4)
#define GNTST_bad_virt_addr		(-5)
#define GNTST_bad_dev_addr		(-6)
#define GNTST_no_device_space		(-7)
#define GNTST_permission_denied		(-8)
#define GNTST_bad_page			(-9)
#define GNTST_bad_copy_arg		(-10)	/* copy would cross a page */
#define GNTST_address_too_big		(-11)
#define GNTST_eagain			(-12)	/* retry later */
#define GNTST_no_space			(-13)	/* out of handles or similar */

#ifndef __ASSEMBLY__

/* Index into the granting domain's grant table. */
typedef uint32_t grant_ref_t;

/* Returned by map, needed to unmap. */
typedef uint32_t grant_handle_t;

/*
 * Version 1 entry.  The granter writes @domid and @frame first, then
 * @flags (with a write barrier in between) to publish the grant.
 */
struct grant_entry_v1 {
	uint16_t flags;			/* GTF_* */
	domid_t domid;			/* who may use it */
	uint32_t frame;			/* granted GFN */
};

/* Version 2 status words are separate 16-bit flags. */
typedef uint16_t grant_status_t;

struct gnttab_map_grant_ref {
	uint64_aligned_t host_addr;	/* IN: where to map (GPA on ARM) */
	uint32_t flags;			/* IN: GNTMAP_* */
	grant_ref_t ref;		/* IN */
	domid_t dom;			/* IN: granting domain */
	int16_t status;			/* OUT: GNTST_* */
	grant_handle_t handle;		/* OUT */
	uint64_aligned_t dev_bus_addr;	/* OUT: with GNTMAP_device_map */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_map_grant_ref);

struct gnttab_unmap_grant_ref {
	uint64_aligned_t host_addr;	/* IN */
	uint64_aligned_t dev_bus_addr;	/* IN */
	grant_handle_t handle;		/* IN */
	int16_t status;			/* OUT: GNTST_* */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_unmap_grant_ref);

/* Size @dom's table to @nr_frames and list its frames. */
struct gnttab_setup_table {
	domid_t dom;			/* IN */
	uint32_t nr_frames;		/* IN */
	int16_t status;			/* OUT: GNTST_* */
	GUEST_HANDLE(xen_pfn_t) frame_list;	/* OUT: nr_frames entries */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_setup_table);

struct gnttab_dump_table {
	domid_t dom;			/* IN */
	int16_t status;			/* OUT */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_dump_table);

struct gnttab_transfer {
	xen_pfn_t mfn;			/* IN: page to give away */
	domid_t domid;			/* IN */
	grant_ref_t ref;		/* IN */
	int16_t status;			/* OUT */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_transfer);

/* Copy between pages named by grant reference or by local frame. */
struct gnttab_copy {
	struct gnttab_copy_ptr {
		union {
			grant_ref_t ref;	/* with GNTCOPY_*_gref */
			xen_pfn_t gmfn;		/* otherwise: local frame */
		} u;
		domid_t domid;
		uint16_t offset;		/* byte offset in the page */
	} source, dest;
	uint16_t len;			/* IN: must not cross a page */
	uint16_t flags;			/* IN: GNTCOPY_* */
	int16_t status;			/* OUT: GNTST_* */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_copy);

struct gnttab_query_size {
	domid_t dom;			/* IN */
	uint32_t nr_frames;		/* OUT: current size */
	uint32_t max_nr_frames;		/* OUT: limit */
	int16_t status;			/* OUT: GNTST_* */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_query_size);

struct gnttab_unmap_and_replace {
	uint64_aligned_t host_addr;	/* IN */
	uint64_aligned_t new_addr;	/* IN */
	grant_handle_t handle;		/* IN */
	int16_t status;			/* OUT */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_unmap_and_replace);

/* Select grant table version 1 or 2 (before granting anything). */
struct gnttab_set_version {
	uint32_t version;		/* IN: wanted, OUT: in effect */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_set_version);

struct gnttab_get_status_frames {
	uint32_t nr_frames;		/* IN */
	domid_t dom;			/* IN */
	int16_t status;			/* OUT */
	GUEST_HANDLE(uint64_t) frame_list;	/* OUT */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_get_status_frames);

struct gnttab_get_version {
	domid_t dom;			/* IN */
	uint16_t pad;
	uint32_t version;		/* OUT */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_get_version);

struct gnttab_swap_grant_ref {
	grant_ref_t ref_a;		/* IN */
	grant_ref_t ref_b;		/* IN */
	int16_t status;			/* OUT */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_swap_grant_ref);

/* Cache maintenance on (part of) a granted or local page; used on ARM. */
struct gnttab_cache_flush {
	union {
		uint64_aligned_t dev_bus_addr;	/* local address */
		grant_ref_t ref;		/* with GNTTAB_CACHE_SOURCE_GREF */
	} a;
	uint16_t offset;		/* start within the page */
	uint16_t length;		/* bytes, within the page */
	uint32_t op;			/* GNTTAB_CACHE_* */
};
DEFINE_GUEST_HANDLE_STRUCT(gnttab_cache_flush);

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_GRANT_TABLE_H__ */
