// SPDX-License-Identifier: GPL-2.0
/*
 * The grantee side against the real hypervisor: our own grants mapped
 * back into the window (every kernel), and grants exchanged both ways
 * with a real peer in dom0 (domUs created by tests/dom0/guest-domu.sh,
 * whose tests/grant/gnt-peer uses Debian's libxengnttab and libxenstore).
 *
 * The exchange with dom0 goes through our data/ directory in xenstore,
 * where both sides may write:
 *
 *   gnt-share       dom0 writes "REF SEED": a page it shares with us,
 *                   filled with grant_pattern(SEED)
 *   gnt-share-done  we write "ok" once we mapped it, found the pattern,
 *                   wrote grant_pattern(SEED ^ ANSWER) over it and
 *                   unmapped it, or why not
 *   gnt-offer       we write "REF SEED": our page, granted to dom0
 *   gnt-offer-done  dom0 writes "ok" once it mapped it, found the
 *                   pattern, wrote the answer and unmapped it, or why not
 */
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/math64.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/grant_table.h>
#include <xen/xenbus.h>
#include <asm/xen/hypercall.h>
#include "xen_test.h"

#define PEER_DOMID		0
#define PEER_WAIT_MS		30000	/* for dom0's side of each step */
#define ANSWER			0x5a5a5a5aU

/* Byte @i of the page a side fills for @seed (tests/grant/gnt-peer.c). */
static u8 grant_pattern(unsigned int i, u32 seed)
{
	return (u8)(((i + 1) * 2654435761U + seed) >> 24);
}

static void fill_pattern(u8 *page, u32 seed)
{
	unsigned int i;

	for (i = 0; i < PAGE_SIZE; i++)
		page[i] = grant_pattern(i, seed);
}

/* The first byte that is not grant_pattern(@seed), or -1. */
static int pattern_mismatch(const u8 *page, u32 seed)
{
	unsigned int i;

	for (i = 0; i < PAGE_SIZE; i++)
		if (page[i] != grant_pattern(i, seed))
			return (int)i;
	return -1;
}

static bool own_domid_known(struct ktap_test *t)
{
	if (xen_domid != DOMID_SELF)
		return true;
	ktap_skip(t, "own domain id unknown");
	return false;
}

static void status_errnos(struct ktap_test *t)
{
	ktap_expect_eq(t, gnttab_status_errno(GNTST_okay), 0);
	ktap_expect_eq(t, gnttab_status_errno(GNTST_general_error), -EIO);
	ktap_expect_eq(t, gnttab_status_errno(GNTST_bad_domain), -ESRCH);
	ktap_expect_eq(t, gnttab_status_errno(GNTST_bad_gntref), -ENOENT);
	ktap_expect_eq(t, gnttab_status_errno(GNTST_bad_handle), -EBADF);
	ktap_expect_eq(t, gnttab_status_errno(GNTST_bad_virt_addr), -EFAULT);
	ktap_expect_eq(t, gnttab_status_errno(GNTST_permission_denied), -EACCES);
	ktap_expect_eq(t, gnttab_status_errno(GNTST_address_too_big), -ERANGE);
	ktap_expect_eq(t, gnttab_status_errno(GNTST_eagain), -EAGAIN);
	ktap_expect_eq(t, gnttab_status_errno(GNTST_no_space), -ENOSPC);
	ktap_expect_eq(t, gnttab_status_errno(-99), -EIO);
}

/*
 * Our own page granted to ourselves and mapped into the window: the same
 * bytes both ways, the grant busy while mapped, and the handle gone and
 * the frame back in the window after the unmap.
 */
static void own_grant_mapped_both_ways(struct ktap_test *t)
{
	struct gnttab_map_grant_ref map;
	struct gnttab_unmap_grant_ref unmap;
	unsigned int free_mapped;
	u8 *page, *mapped;
	int ref, rc;

	if (!own_domid_known(t))
		return;
	page = alloc_page();
	if (!ktap_expect(t, page != NULL))
		return;
	fill_pattern(page, 1234);
	ref = gnttab_grant_foreign_access(xen_domid, virt_to_pfn(page), false);
	if (!ktap_expect(t, ref > 0))
		goto out;
	if (!ktap_expect_eq(t, gnttab_alloc_map_area(1, (void **)&mapped), 0))
		goto out_end;
	free_mapped = gnttab_map_free_frames();
	gnttab_set_map_op(&map, mapped, 0, ref, xen_domid);
	rc = gnttab_map_refs(&map, 1);
	if (!ktap_expect_eq(t, rc, 0))
		goto out_area;
	ktap_expect(t, mapped != page);
	ktap_expect_eq(t, pattern_mismatch(mapped, 1234), -1);
	mapped[100] = 0xa5;
	ktap_expect_eq(t, READ_ONCE(page[100]), 0xa5);
	ktap_expect(t, gnttab_query_foreign_access(ref));
	ktap_expect_eq(t, gnttab_end_foreign_access_ref(ref), -EBUSY);
	gnttab_set_unmap_op(&unmap, mapped, map.handle);
	ktap_expect_eq(t, gnttab_unmap_refs(&unmap, 1), 0);
	ktap_expect(t, !gnttab_query_foreign_access(ref));
	/* The handle went with the mapping. */
	ktap_expect_eq(t, gnttab_unmap_refs(&unmap, 1), -EBADF);
	ktap_expect_eq(t, unmap.status, GNTST_bad_handle);
out_area:
	gnttab_free_map_area(mapped, 1);
	ktap_expect_eq(t, gnttab_map_free_frames(), free_mapped + 1);
out_end:
	ktap_expect_eq(t, gnttab_end_foreign_access(ref), 0);
out:
	free_page(page);
}

/*
 * Requests Xen refuses come back as the errno of each entry, the good
 * entry of a batch is mapped regardless, and an address outside the
 * window is refused before Xen is asked (it could be RAM).
 */
static void bad_map_requests_fail_per_entry(struct ktap_test *t)
{
	struct gnttab_map_grant_ref ops[3];
	struct gnttab_mapped_page m;
	unsigned int free_before;
	grant_ref_t beyond = gnttab_max_grant_frames() * (PAGE_SIZE / sizeof(struct grant_entry_v1)) + 1;
	int ref, ro;
	u8 *page, *area;

	if (!own_domid_known(t))
		return;
	page = alloc_page();
	ref = page ? gnttab_grant_foreign_access(xen_domid, virt_to_pfn(page), false) : -ENOMEM;
	ro = page ? gnttab_grant_foreign_access(xen_domid, virt_to_pfn(page), true) : -ENOMEM;
	if (!ktap_expect(t, ref > 0 && ro > 0))
		goto out;
	ktap_expect_eq(t, gnttab_map_page(&m, xen_domid, beyond, false), -ENOENT);
	ktap_expect_eq(t, gnttab_map_page(&m, xen_domid, ro, false), -EIO);
	ktap_expect_eq(t, gnttab_map_page(&m, 0x7fef, ref, false), -ESRCH);
	free_before = gnttab_map_free_frames();
	if (!ktap_expect_eq(t, gnttab_alloc_map_area(3, (void **)&area), 0))
		goto out;
	gnttab_set_map_op(&ops[0], area, 0, beyond, xen_domid);
	gnttab_set_map_op(&ops[1], area + PAGE_SIZE, GNTMAP_readonly, ro, xen_domid);
	gnttab_set_map_op(&ops[2], area + 2 * PAGE_SIZE, 0, ro, xen_domid);
	ktap_expect_eq(t, gnttab_map_refs(ops, 3), -ENOENT);
	ktap_expect_eq(t, ops[0].status, GNTST_bad_gntref);
	ktap_expect_eq(t, ops[1].status, GNTST_okay);
	ktap_expect_eq(t, ops[2].status, GNTST_general_error);
	if (ops[1].status == GNTST_okay) {
		ktap_expect_eq(t, area[PAGE_SIZE + 7], page[7]);
		m = (struct gnttab_mapped_page){ area + PAGE_SIZE, ops[1].handle };
		ktap_expect_eq(t, gnttab_unmap_page(&m), 0);
	}
	/* Outside the window: RAM, here our own page. */
	gnttab_set_map_op(&ops[0], page, 0, ref, xen_domid);
	ktap_expect_eq(t, gnttab_map_refs(ops, 1), -EINVAL);
	ktap_expect(t, !gnttab_query_foreign_access(ref));
	gnttab_free_map_area(area, 1);
	gnttab_free_map_area(area + 2 * PAGE_SIZE, 1);
	ktap_expect_eq(t, gnttab_map_free_frames(), free_before);
out:
	if (ref > 0)
		ktap_expect_eq(t, gnttab_end_foreign_access(ref), 0);
	if (ro > 0)
		ktap_expect_eq(t, gnttab_end_foreign_access(ro), 0);
	if (page)
		free_page(page);
}

/* ---- with the peer in dom0 ---- */

struct peer_key {
	struct xenbus_watch watch;
	const char *node;
	char value[32];
	bool seen;
};

static void peer_key_cb(struct xenbus_watch *watch, const char *path)
{
	struct peer_key *k = container_of(watch, struct peer_key, watch);

	if (!k->seen && xenbus_read_buf(XBT_NIL, "data", k->node, k->value, sizeof(k->value)) > 0)
		k->seen = true;
}

static bool peer_key_seen(void *arg)
{
	return ((struct peer_key *)arg)->seen;
}

/*
 * Wait at most PEER_WAIT_MS for dom0 to write data/@node; its value in
 * @k->value.  A watch, so that a write is seen as it happens.
 */
static int peer_wait_key(struct peer_key *k, const char *node)
{
	char path[64];
	int rc;

	*k = (struct peer_key){ .node = node };
	snprintf(path, sizeof(path), "/local/domain/%u/data/%s", xen_domid, node);
	k->watch.node = path;
	k->watch.callback = peer_key_cb;
	rc = register_xenbus_watch(&k->watch);
	if (rc)
		return rc;
	rc = xenbus_wait(peer_key_seen, k, PEER_WAIT_MS);
	unregister_xenbus_watch(&k->watch);
	return rc;
}

/* "REF SEED", two decimal numbers: false for anything else. */
static bool parse_ref_seed(const char *s, unsigned int *ref, unsigned int *seed)
{
	char *end;

	*ref = strtoul(s, &end, 10);
	if (end == s || *end != ' ')
		return false;
	s = end + 1;
	*seed = strtoul(s, &end, 10);
	return end != s && !*end;
}

/*
 * Unmap straight through Xen, past the API's checks: -EBADF once
 * gnttab_unmap_page() really unmapped, while a mapping it only claimed
 * to remove would be undone here (and leak dom0's page until then).
 */
static int16_t unmap_again(const struct gnttab_mapped_page *m)
{
	struct gnttab_unmap_grant_ref op;

	gnttab_set_unmap_op(&op, m->addr, m->handle);
	if (HYPERVISOR_grant_table_op(GNTTABOP_unmap_grant_ref, &op, 1))
		return GNTST_general_error;
	return op.status;
}

/* Map dom0's page, check its pattern, answer over it, unmap: why not, or NULL. */
static const char *take_shared_page(struct ktap_test *t, grant_ref_t ref, u32 seed)
{
	struct gnttab_mapped_page m, was;
	int rc = gnttab_map_page(&m, PEER_DOMID, ref, false);

	if (!ktap_check(t, !rc, __FILE__, __LINE__, "mapping dom0's ref %u: %d", ref, rc))
		return "map failed";
	rc = pattern_mismatch(m.addr, seed);
	ktap_check(t, rc < 0, __FILE__, __LINE__, "dom0's page differs at byte %d", rc);
	fill_pattern(m.addr, seed ^ ANSWER);
	was = m;
	if (!ktap_expect_eq(t, gnttab_unmap_page(&m), 0))
		return "unmap failed";
	if (!ktap_expect_eq(t, unmap_again(&was), GNTST_bad_handle))
		return "still mapped after the unmap";
	return rc < 0 ? NULL : "pattern differs";
}

/* gnt-peer shares a page; we map it, check it, answer in it, unmap it. */
static void dom0_shared_page_mapped_and_answered(struct ktap_test *t)
{
	unsigned int ref = 0, seed = 0, free_before;
	struct peer_key k;
	const char *why;
	u64 start;
	int rc;

	if (!xen_test_have_dom0_peer(t))
		return;
	start = get_cycles();
	rc = peer_wait_key(&k, "gnt-share");
	if (!ktap_check(t, !rc, __FILE__, __LINE__,
			"no data/gnt-share from dom0 in %u ms (%d)", PEER_WAIT_MS, rc))
		return;
	if (!ktap_check(t, parse_ref_seed(k.value, &ref, &seed), __FILE__, __LINE__,
			"data/gnt-share is \"%s\"", k.value))
		return;
	free_before = gnttab_map_free_frames();
	why = take_shared_page(t, ref, seed);
	printk("    # dom0's grant %u mapped, checked and answered in %llu ms\n", ref,
	       (unsigned long long)div_u64(cycles_to_ns(get_cycles() - start), 1000000));
	ktap_expect_eq(t, xenbus_write(XBT_NIL, "data", "gnt-share-done", why ? why : "ok"), 0);
	if (free_before)
		ktap_expect_eq(t, gnttab_map_free_frames(), free_before);
}

/* We grant a page to dom0; gnt-peer maps it, checks it and answers in it. */
static void dom0_maps_our_granted_page(struct ktap_test *t)
{
	u32 seed = (u32)get_cycles();
	struct peer_key k;
	u64 start;
	int ref, rc;
	u8 *page;

	if (!xen_test_have_dom0_peer(t))
		return;
	page = alloc_page();
	if (!ktap_expect(t, page != NULL))
		return;
	fill_pattern(page, seed);
	ref = gnttab_grant_foreign_access(PEER_DOMID, virt_to_pfn(page), false);
	if (!ktap_expect(t, ref > 0))
		goto out;
	if (!ktap_expect_eq(t, xenbus_printf(XBT_NIL, "data", "gnt-offer", "%d %u", ref, seed), 0))
		goto out_end;
	start = get_cycles();
	rc = peer_wait_key(&k, "gnt-offer-done");
	printk("    # dom0 mapped and answered our grant %d in %llu ms\n", ref,
	       (unsigned long long)div_u64(cycles_to_ns(get_cycles() - start), 1000000));
	if (!ktap_check(t, !rc, __FILE__, __LINE__,
			"no data/gnt-offer-done from dom0 in %u ms (%d)", PEER_WAIT_MS, rc))
		goto out_end;
	ktap_check(t, !strcmp(k.value, "ok"), __FILE__, __LINE__, "dom0 says \"%s\"", k.value);
	rc = pattern_mismatch(page, seed ^ ANSWER);
	ktap_check(t, rc < 0, __FILE__, __LINE__, "dom0's answer differs at byte %d", rc);
out_end:
	/* dom0 unmapped before it answered: the grant must end at once. */
	rc = gnttab_end_foreign_access(ref);
	ktap_expect_eq(t, rc, 0);
	xenbus_rm(XBT_NIL, "data", "gnt-offer");
	if (rc)
		return;		/* the page is still dom0's to write: leak it */
out:
	free_page(page);
}

static const struct ktap_case grant_map_cases[] = {
	KTAP_CASE(status_errnos),
	KTAP_CASE(own_grant_mapped_both_ways),
	KTAP_CASE(bad_map_requests_fail_per_entry),
	KTAP_CASE(dom0_shared_page_mapped_and_answered),
	KTAP_CASE(dom0_maps_our_granted_page),
	{}
};

static const struct ktap_suite grant_map_suite = {
	.name = "grant_map",
	.cases = grant_map_cases,
};
ktap_test_suite(grant_map_suite);
