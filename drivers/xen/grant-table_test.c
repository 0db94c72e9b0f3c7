// SPDX-License-Identifier: GPL-2.0
/*
 * Grant tables against the real hypervisor.  Xen checks a grant when it
 * uses it, so GNTTABOP_copy with our own domain as both granter and
 * grantee exercises the entries we write: wrong flags, a wrong domid or
 * a revoked grant show up as a failed copy.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/grant_table.h>
#include <xen/interface/errno.h>
#include <asm/xen/hypercall.h>
#include "xen_test.h"

#define GREFS_PER_FRAME		(PAGE_SIZE / sizeof(struct grant_entry_v1))

struct copy_pages {
	u8 *granted;
	u8 *local;
};

/* The byte copy_pages_get() puts at offset @i of the granted page. */
static u8 pattern(unsigned int i)
{
	return (u8)((i * 7 + 3) & 0xff);
}

static bool copy_pages_get(struct ktap_test *t, struct copy_pages *p)
{
	unsigned int i;

	p->granted = alloc_page();
	p->local = alloc_page();
	if (!ktap_expect(t, p->granted && p->local))
		return false;
	for (i = 0; i < PAGE_SIZE; i++)
		p->granted[i] = pattern(i);
	return true;
}

static void copy_pages_put(struct copy_pages *p)
{
	if (p->granted)
		free_page(p->granted);
	if (p->local)
		free_page(p->local);
}

/* One copy between grant @ref and our frame @pfn; returns its status. */
static int grant_copy(grant_ref_t ref, bool to_grant, u64 pfn, u16 offset, u16 len)
{
	struct gnttab_copy op;
	struct gnttab_copy_ptr *gref_side, *local_side;
	int rc;

	memset(&op, 0, sizeof(op));
	gref_side = to_grant ? &op.dest : &op.source;
	local_side = to_grant ? &op.source : &op.dest;
	gref_side->u.ref = ref;
	gref_side->domid = DOMID_SELF;
	gref_side->offset = offset;
	local_side->u.gmfn = pfn;
	local_side->domid = DOMID_SELF;
	local_side->offset = offset;
	op.len = len;
	op.flags = to_grant ? GNTCOPY_dest_gref : GNTCOPY_source_gref;
	rc = gnttab_batch_copy(&op, 1);
	return rc ? rc : op.status;
}

static bool own_domid_known(struct ktap_test *t)
{
	if (xen_domid == DOMID_SELF) {
		ktap_skip(t, "own domain id unknown (not dom0)");
		return false;
	}
	return true;
}

/* Xen reads a read-only grant of our page and gets exactly its bytes. */
static void copy_from_granted_page(struct ktap_test *t)
{
	struct copy_pages p = { 0 };
	int ref;

	if (!own_domid_known(t) || !copy_pages_get(t, &p))
		goto out;
	ref = gnttab_grant_foreign_access(xen_domid, virt_to_pfn(p.granted), true);
	if (!ktap_expect(t, ref >= GNTTAB_NR_RESERVED_ENTRIES))
		goto out;
	ktap_expect_eq(t, grant_copy(ref, false, virt_to_pfn(p.local), 0, PAGE_SIZE), GNTST_okay);
	ktap_expect(t, !memcmp(p.local, p.granted, PAGE_SIZE));
	/* A sub-page copy at an offset. */
	memset(p.local, 0, PAGE_SIZE);
	ktap_expect_eq(t, grant_copy(ref, false, virt_to_pfn(p.local), 100, 200), GNTST_okay);
	ktap_expect(t, !memcmp(p.local + 100, p.granted + 100, 200));
	ktap_expect_eq(t, p.local[99], 0);
	ktap_expect_eq(t, p.local[300], 0);
	ktap_expect_eq(t, gnttab_end_foreign_access(ref), 0);
out:
	copy_pages_put(&p);
}

/* The entry itself, as Xen will read it. */
static void entry_layout(struct ktap_test *t)
{
	struct grant_entry_v1 *e;
	u64 pfn = 0x12345;
	int ref;

	ref = gnttab_grant_foreign_access(7, pfn, true);
	if (!ktap_expect(t, ref >= GNTTAB_NR_RESERVED_ENTRIES))
		return;
	e = (struct grant_entry_v1 *)xen_dt.gnttab_base + ref;
	ktap_expect_eq(t, e->flags, GTF_permit_access | GTF_readonly);
	ktap_expect_eq(t, e->domid, 7);
	ktap_expect_eq(t, e->frame, pfn);
	ktap_expect(t, !gnttab_query_foreign_access(ref));
	ktap_expect_eq(t, gnttab_end_foreign_access(ref), 0);
	ktap_expect_eq(t, e->flags, 0);
}

/*
 * A v1 entry holds a 32-bit frame: a frame above that is refused, never
 * truncated into a grant of some other page, and the reference taken
 * for it goes back to the free list.
 */
static void frame_beyond_32_bits_refused(struct ktap_test *t)
{
	unsigned int free_before = gnttab_free_count();
	struct grant_entry_v1 *e;
	int ref;

	ktap_expect_eq(t, gnttab_grant_foreign_access(7, 0x100012345ULL, true), -EOVERFLOW);
	ktap_expect_eq(t, gnttab_free_count(), free_before);
	ref = gnttab_alloc_grant_reference();
	if (!ktap_expect(t, ref >= GNTTAB_NR_RESERVED_ENTRIES))
		return;
	e = (struct grant_entry_v1 *)xen_dt.gnttab_base + ref;
	ktap_expect_eq(t, gnttab_grant_foreign_access_ref(ref, 7, 1ULL << 32, false),
		       -EOVERFLOW);
	ktap_expect_eq(t, e->flags, 0);
	/* The largest frame that fits is still granted as asked. */
	ktap_expect_eq(t, gnttab_grant_foreign_access_ref(ref, 7, 0xffffffffULL, true), 0);
	ktap_expect_eq(t, e->frame, 0xffffffffU);
	ktap_expect_eq(t, gnttab_end_foreign_access(ref), 0);
}

/* Writing through a read-only grant is refused; a writable one works. */
static void readonly_grant_refuses_write(struct ktap_test *t)
{
	struct copy_pages p = { 0 };
	int ro, rw;

	if (!own_domid_known(t) || !copy_pages_get(t, &p))
		goto out;
	memset(p.local, 0x5a, PAGE_SIZE);
	ro = gnttab_grant_foreign_access(xen_domid, virt_to_pfn(p.granted), true);
	rw = gnttab_grant_foreign_access(xen_domid, virt_to_pfn(p.granted), false);
	if (!ktap_expect(t, ro > 0 && rw > 0))
		goto out;
	/*
	 * GTF_readonly forbids the write; which GNTST_* error says so is not
	 * the ABI's (4.17 to 4.20 answer GNTST_general_error).
	 */
	ktap_expect(t, grant_copy(ro, true, virt_to_pfn(p.local), 0, 64) < GNTST_okay);
	ktap_expect_eq(t, p.granted[0], pattern(0));
	ktap_expect_eq(t, grant_copy(rw, true, virt_to_pfn(p.local), 0, 64), GNTST_okay);
	ktap_expect_eq(t, p.granted[0], 0x5a);
	ktap_expect_eq(t, p.granted[63], 0x5a);
	ktap_expect_eq(t, p.granted[64], pattern(64));
	ktap_expect_eq(t, gnttab_end_foreign_access(ro), 0);
	ktap_expect_eq(t, gnttab_end_foreign_access(rw), 0);
out:
	copy_pages_put(&p);
}

/* Revoked, foreign-domain, out-of-range and malformed grants all fail cleanly. */
static void bad_grants_fail_cleanly(struct ktap_test *t)
{
	grant_ref_t beyond = gnttab_max_grant_frames() * GREFS_PER_FRAME + 10;
	struct copy_pages p = { 0 };
	int ref;

	if (!own_domid_known(t) || !copy_pages_get(t, &p))
		goto out;
	ref = gnttab_grant_foreign_access(xen_domid, virt_to_pfn(p.granted), true);
	if (!ktap_expect(t, ref > 0))
		goto out;
	ktap_expect_eq(t, gnttab_end_foreign_access(ref), 0);
	ktap_expect(t, grant_copy(ref, false, virt_to_pfn(p.local), 0, 8) != GNTST_okay);

	/* Granted to someone else: we may not use it. */
	ref = gnttab_grant_foreign_access(xen_domid + 1, virt_to_pfn(p.granted), true);
	ktap_expect(t, grant_copy(ref, false, virt_to_pfn(p.local), 0, 8) != GNTST_okay);
	gnttab_end_foreign_access(ref);

	ktap_expect_eq(t, grant_copy(beyond, false, virt_to_pfn(p.local), 0, 8), GNTST_bad_gntref);
	/* A copy may not cross the end of a page. */
	ref = gnttab_grant_foreign_access(xen_domid, virt_to_pfn(p.granted), true);
	ktap_expect_eq(t, grant_copy(ref, false, virt_to_pfn(p.local), 4000, 200),
		       GNTST_bad_copy_arg);
	gnttab_end_foreign_access(ref);
	ktap_expect_eq(t, gnttab_batch_copy((void *)UNMAPPED_GUEST_ADDRESS, 1), -XEN_EFAULT);
	ktap_expect_eq(t, gnttab_end_foreign_access_ref(beyond), -EINVAL);
out:
	copy_pages_put(&p);
}

static void query_size_matches(struct ktap_test *t)
{
	struct gnttab_query_size q;

	ktap_expect_eq(t, gnttab_query_size(DOMID_SELF, &q), 0);
	ktap_expect_eq(t, q.nr_frames, gnttab_nr_grant_frames());
	ktap_expect(t, q.max_nr_frames >= gnttab_max_grant_frames());
	ktap_expect_eq(t, HYPERVISOR_grant_table_op(GNTTABOP_query_size,
						    (void *)UNMAPPED_GUEST_ADDRESS, 1), -XEN_EFAULT);
	ktap_expect_eq(t, HYPERVISOR_grant_table_op(99, NULL, 1), -XEN_ENOSYS);
}

/* Take every reference: the table grows to Xen's limit, then -ENOSPC. */
static void reference_exhaustion(struct ktap_test *t)
{
	unsigned int max = gnttab_max_grant_frames() * GREFS_PER_FRAME;
	unsigned int order = 0, n = 0, free_before = gnttab_free_count();
	grant_ref_t *refs;
	int ref;

	while ((PAGE_SIZE << order) < max * sizeof(*refs))
		order++;
	refs = alloc_pages(order);
	if (!ktap_expect(t, refs != NULL))
		return;
	while ((ref = gnttab_alloc_grant_reference()) >= 0 && n < max)
		refs[n++] = ref;
	ktap_expect_eq(t, ref, -ENOSPC);
	ktap_expect_eq(t, gnttab_nr_grant_frames(), gnttab_max_grant_frames());
	ktap_expect_eq(t, gnttab_free_count(), 0);
	ktap_expect(t, n >= max - GNTTAB_NR_RESERVED_ENTRIES - 64);
	ktap_expect_eq(t, gnttab_grant_foreign_access(0, 0, true), -ENOSPC);
	while (n)
		gnttab_free_grant_reference(refs[--n]);
	free_pages(refs, order);
	ktap_expect(t, gnttab_free_count() >= free_before);
	ref = gnttab_grant_foreign_access(0, 0, true);
	ktap_expect(t, ref > 0);
	gnttab_end_foreign_access(ref);
}

static const struct ktap_case grant_table_cases[] = {
	KTAP_CASE(copy_from_granted_page),
	KTAP_CASE(entry_layout),
	KTAP_CASE(frame_beyond_32_bits_refused),
	KTAP_CASE(readonly_grant_refuses_write),
	KTAP_CASE(bad_grants_fail_cleanly),
	KTAP_CASE(query_size_matches),
	KTAP_CASE(reference_exhaustion),
	{}
};

static const struct ktap_suite grant_table_suite = {
	.name = "grant_table",
	.cases = grant_table_cases,
};
ktap_test_suite(grant_table_suite);
