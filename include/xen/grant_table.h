/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Grant tables (version 1): let another domain (or Xen on its behalf)
 * access one of our pages, named by a grant reference.
 *
 * The table lives in frames Xen maps into the region the device tree's
 * /hypervisor node reserves; references come from a free list that grows
 * one table frame at a time up to Xen's limit.
 */
#ifndef _XEN_GRANT_TABLE_H
#define _XEN_GRANT_TABLE_H

#include <linux/types.h>
#include <linux/mm.h>
#include <xen/interface/grant_table.h>

/* Marks the end of the free list; never a valid reference. */
#define GNTTAB_LIST_END		0xffffffffU

int gnttab_init(phys_addr_t base, size_t size);

int gnttab_alloc_grant_reference(void);
void gnttab_free_grant_reference(grant_ref_t ref);
int gnttab_grant_foreign_access_ref(grant_ref_t ref, domid_t domid, u64 gfn,
				    bool readonly);
int gnttab_end_foreign_access_ref(grant_ref_t ref);

int gnttab_grant_foreign_access(domid_t domid, u64 gfn, bool readonly);
int gnttab_end_foreign_access(grant_ref_t ref);
bool gnttab_query_foreign_access(grant_ref_t ref);

int gnttab_batch_copy(struct gnttab_copy *ops, unsigned int count);
int gnttab_query_size(domid_t domid, struct gnttab_query_size *query);

/*
 * The grantee side (drivers/xen/grant-map.c): pages other domains granted
 * us, mapped into a window of guest-physical frames that are not RAM.
 */

/**
 * struct gnttab_mapped_page - one granted page, mapped
 * @addr: where it is readable (and writable unless mapped read-only)
 * @handle: Xen's handle for the mapping, needed to unmap it
 */
struct gnttab_mapped_page {
	void *addr;
	grant_handle_t handle;
};

int gnttab_status_errno(int16_t status);
int gnttab_alloc_map_area(unsigned int nr, void **addr);
void gnttab_free_map_area(void *addr, unsigned int nr);
unsigned int gnttab_map_free_frames(void);
int gnttab_map_refs(struct gnttab_map_grant_ref *ops, unsigned int count);
int gnttab_unmap_refs(struct gnttab_unmap_grant_ref *ops, unsigned int count);
int gnttab_map_page(struct gnttab_mapped_page *m, domid_t domid, grant_ref_t ref,
		    bool readonly);
int gnttab_unmap_page(struct gnttab_mapped_page *m);

/* A host mapping of @ref from @domid at @addr; @flags adds GNTMAP_readonly. */
static inline void gnttab_set_map_op(struct gnttab_map_grant_ref *op, void *addr,
				     u32 flags, grant_ref_t ref, domid_t domid)
{
	*op = (struct gnttab_map_grant_ref){
		.host_addr = virt_to_phys(addr),
		.flags = GNTMAP_host_map | flags,
		.ref = ref,
		.dom = domid,
	};
}

static inline void gnttab_set_unmap_op(struct gnttab_unmap_grant_ref *op, void *addr,
				       grant_handle_t handle)
{
	*op = (struct gnttab_unmap_grant_ref){
		.host_addr = virt_to_phys(addr),
		.handle = handle,
	};
}

/* Sizes, for tests and diagnostics. */
unsigned int gnttab_nr_grant_frames(void);
unsigned int gnttab_max_grant_frames(void);
unsigned int gnttab_free_count(void);

#endif /* _XEN_GRANT_TABLE_H */
