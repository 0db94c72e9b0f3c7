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

/* Sizes, for tests and diagnostics. */
unsigned int gnttab_nr_grant_frames(void);
unsigned int gnttab_max_grant_frames(void);
unsigned int gnttab_free_count(void);

#endif /* _XEN_GRANT_TABLE_H */
