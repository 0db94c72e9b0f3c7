// SPDX-License-Identifier: GPL-2.0
/*
 * libxenvchan channels against Debian's own libxenvchan: in a domU that
 * tests/dom0/guest-domu.sh creates, tests/grant/vchan-peer connects to
 * the channels served here as a libxenvchan client.
 *
 * The peer announces itself by writing our data/vchan-peer.  For each
 * channel (the default in-page rings, then rings of their own pages) we
 * serve at data/armxen-vchan[-big], and the stream is:
 *
 *   dom0 -> us   a header, u32 length and u32 seed (little-endian), then
 *                length bytes of vchan_pattern(i, seed)
 *   us -> dom0   each of those bytes plus one, as it arrives
 *   dom0 -> us   a u32 verdict: VCHAN_VERDICT_OK, or the index of the
 *                first echoed byte that was wrong
 *
 * then we close first (srv_live 0), and the peer, woken, sees it closed
 * and unmaps: vchan_close() must get every grant back.  The length is
 * several times the rings' so that both counters wrap around them.
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
#include <xen/vchan.h>
#include "xen_test.h"

#define PEER_DOMID		0
#define PEER_ANNOUNCE_MS	10000	/* for data/vchan-peer */
#define PEER_CONNECT_MS		30000	/* for the client to map the ring */
#define STALL_MS		10000	/* for any progress once connected */
#define VCHAN_VERDICT_OK	0xffffffffU

/* Byte @i of the message for @seed (tests/grant/vchan-peer.c). */
static u8 vchan_pattern(u32 i, u32 seed)
{
	return (u8)(((i + 1) * 2654435761U + seed) >> 24);
}

static u64 ms_since(u64 start)
{
	return div_u64(cycles_to_ns(get_cycles() - start), 1000000);
}

/* Sizes the protocol cannot carry are refused before anything is granted. */
static void bad_sizes_refused(struct ktap_test *t)
{
	unsigned int free_refs = gnttab_free_count();
	int err = 0;

	ktap_expect(t, !vchan_server_init(PEER_DOMID, "data/armxen-vchan-bad",
					  (1UL << VCHAN_ORDER_MAX) + 1, 64, &err));
	ktap_expect_eq(t, err, -EINVAL);
	err = 0;
	ktap_expect(t, !vchan_server_init(PEER_DOMID, "data/armxen-vchan-bad", 64,
					  (1UL << VCHAN_ORDER_MAX) + 1, &err));
	ktap_expect_eq(t, err, -EINVAL);
	ktap_expect_eq(t, gnttab_free_count(), free_refs);
}

struct vchan_run {
	struct ktap_test *t;
	struct vchan *v;
	u64 start;
	const char *stalled;	/* what we were waiting for when it stalled */
};

/* Wait for the client's next signal; false (and a failed check) on a stall. */
static bool run_wait(struct vchan_run *r, const char *what)
{
	if (!vchan_wait(r->v, STALL_MS))
		return true;
	r->stalled = what;
	return ktap_check(r->t, false, __FILE__, __LINE__,
			  "no signal from dom0 in %u ms waiting for %s (events %lu, cli_live %u)",
			  STALL_MS, what, r->v->events, READ_ONCE(r->v->shared->cli_live));
}

/* Read exactly @len bytes, waiting for them. */
static bool run_read_all(struct vchan_run *r, void *buf, unsigned int len, const char *what)
{
	unsigned int got = 0;
	int n;

	while (got < len) {
		n = vchan_read(r->v, (char *)buf + got, len - got);
		if (!ktap_check(r->t, n >= 0, __FILE__, __LINE__, "reading %s: %d", what, n))
			return false;
		got += n;
		if (!n && !run_wait(r, what))
			return false;
	}
	return true;
}

/*
 * Take @len bytes, check each against the pattern, send it back plus one;
 * chunk by chunk, so that the echo flows while the client still sends.
 */
static bool run_echo(struct vchan_run *r, u8 *buf, unsigned int chunk, u32 len, u32 seed)
{
	u32 received = 0, echoed = 0, bad = 0, first_bad = 0;
	unsigned int pending = 0, off = 0, i;
	int n;

	while (echoed < len) {
		bool progress = false;

		if (!pending && received < len) {
			n = vchan_read(r->v, buf, min(chunk, len - received));
			if (!ktap_check(r->t, n >= 0, __FILE__, __LINE__, "read at %u: %d", received, n))
				return false;
			for (i = 0; i < (unsigned int)n; i++) {
				if (buf[i] != vchan_pattern(received + i, seed) && !bad++)
					first_bad = received + i;
				buf[i]++;
			}
			received += n;
			pending = n;
			off = 0;
			progress = n > 0;
		}
		if (pending) {
			n = vchan_write(r->v, buf + off, pending);
			if (!ktap_check(r->t, n >= 0, __FILE__, __LINE__, "write at %u: %d", echoed, n))
				return false;
			off += n;
			pending -= n;
			echoed += n;
			progress |= n > 0;
		}
		if (!progress && !run_wait(r, received < len ? "data" : "room to echo"))
			return false;
	}
	return ktap_check(r->t, !bad, __FILE__, __LINE__,
			  "%u of %u bytes from dom0 differ, the first at %u", bad, len, first_bad);
}

/* Has dom0's vchan-peer written our data/vchan-peer? */
static bool peer_present(void *arg)
{
	return xenbus_exists(XBT_NIL, "data", "vchan-peer");
}

static bool client_arrived(void *arg)
{
	return READ_ONCE(((struct vchan *)arg)->shared->cli_live) != VCHAN_LIVE_WAITING;
}

/* dom0 is the only peer there is, and only a domU has one. */
static bool have_peer(struct ktap_test *t)
{
	if (!xen_test_have_dom0_peer(t))
		return false;
	if (xenbus_wait(peer_present, NULL, PEER_ANNOUNCE_MS)) {
		ktap_skip(t, "no dom0 peer: nothing wrote data/vchan-peer");
		return false;
	}
	return true;
}

/* What vchan_server_init() published, as libxenvchan does. */
static void check_published(struct ktap_test *t, struct vchan *v, const char *path)
{
	struct xenbus_perm_entry perms[4];
	unsigned int num = 0;

	ktap_expect_eq(t, xenbus_read_unsigned(path, "ring-ref", 0), v->ring_ref);
	ktap_expect_eq(t, xenbus_read_unsigned(path, "event-channel", 0), v->port);
	if (ktap_expect_eq(t, xenbus_get_perms(XBT_NIL, path, "ring-ref", perms, 4, &num), 0)) {
		ktap_expect_eq(t, num, 2);
		ktap_expect(t, perms[0].id == xen_domid && perms[0].perm == XENBUS_PERM_NONE);
		ktap_expect(t, perms[1].id == PEER_DOMID && perms[1].perm == XENBUS_PERM_READ);
	}
	ktap_expect_eq(t, v->shared->srv_live, VCHAN_LIVE_CONNECTED);
	/*
	 * The peer polls for ring-ref and may be connected already, and
	 * writing already, which takes back our request in cli_notify.
	 */
	if (READ_ONCE(v->shared->cli_live) == VCHAN_LIVE_WAITING) {
		ktap_expect_eq(t, READ_ONCE(v->shared->cli_notify), VCHAN_NOTIFY_WRITE);
		return;
	}
	ktap_expect_eq(t, READ_ONCE(v->shared->cli_live), VCHAN_LIVE_CONNECTED);
}

/*
 * Serve @path with rings of @rd_order / @wr_order (the minimums given
 * are the rings' sizes) and echo @len bytes of dom0's through it.
 */
static void serve_and_echo(struct ktap_test *t, const char *path, unsigned int rd_order,
			   unsigned int wr_order, u32 len)
{
	struct vchan_run r = { .t = t };
	unsigned int free_refs, frames;
	u32 hdr[2], verdict;
	int err = 0, rc;
	u8 *buf;

	if (!have_peer(t))
		return;
	buf = alloc_page();
	if (!ktap_expect(t, buf != NULL))
		return;
	frames = gnttab_nr_grant_frames();
	free_refs = gnttab_free_count();
	r.v = vchan_server_init(PEER_DOMID, path, 1UL << rd_order, 1UL << wr_order, &err);
	if (!ktap_check(t, r.v != NULL, __FILE__, __LINE__, "vchan_server_init: %d", err))
		goto out;
	ktap_expect_eq(t, r.v->rd_order, rd_order);
	ktap_expect_eq(t, r.v->wr_order, wr_order);
	ktap_expect_eq(t, r.v->shared->left_order, rd_order);
	ktap_expect_eq(t, r.v->shared->right_order, wr_order);
	check_published(t, r.v, path);
	r.start = get_cycles();
	rc = xenbus_wait(client_arrived, r.v, PEER_CONNECT_MS);
	if (!ktap_check(t, !rc && vchan_client_connected(r.v), __FILE__, __LINE__,
			"no libxenvchan client on %s in %u ms (cli_live %u)", path,
			PEER_CONNECT_MS, READ_ONCE(r.v->shared->cli_live)))
		goto out_close;
	printk("    # dom0 connected to %s after %llu ms\n", path,
	       (unsigned long long)ms_since(r.start));
	r.start = get_cycles();
	if (!run_read_all(&r, hdr, sizeof(hdr), "the header"))
		goto out_close;
	if (!ktap_check(t, hdr[0] == len, __FILE__, __LINE__,
			"dom0 announces %u bytes, not %u", hdr[0], len))
		goto out_close;
	if (!run_echo(&r, buf, PAGE_SIZE, len, hdr[1]))
		goto out_close;
	if (!run_read_all(&r, &verdict, sizeof(verdict), "dom0's verdict"))
		goto out_close;
	ktap_check(t, verdict == VCHAN_VERDICT_OK, __FILE__, __LINE__,
		   "dom0 found echoed byte %u wrong", verdict);
	printk("    # %u bytes each way through %u/%u-byte rings in %llu ms, %lu signals from dom0\n",
	       len, 1U << rd_order, 1U << wr_order, (unsigned long long)ms_since(r.start),
	       r.v->events);
out_close:
	/* We close first: dom0 must see srv_live 0 and let go of the pages. */
	r.start = get_cycles();
	rc = vchan_close(r.v);
	ktap_check(t, rc == 0, __FILE__, __LINE__, "vchan_close: %d, dom0 still maps the ring", rc);
	printk("    # closed, grants back after %llu ms\n", (unsigned long long)ms_since(r.start));
	/* Every reference back, unless the table grew meanwhile. */
	if (!rc && gnttab_nr_grant_frames() == frames)
		ktap_expect_eq(t, gnttab_free_count(), free_refs);
	ktap_expect(t, !xenbus_exists(XBT_NIL, path, ""));
out:
	free_page(buf);
}

/* The orders libxenvchan picks for small minimums: both rings in the page. */
static void dom0_client_echo_in_page_rings(struct ktap_test *t)
{
	serve_and_echo(t, "data/armxen-vchan", VCHAN_ORDER_SMALL, VCHAN_ORDER_LARGE, 6000);
}

/* Rings of their own pages, listed in grants[]. */
static void dom0_client_echo_page_rings(struct ktap_test *t)
{
	serve_and_echo(t, "data/armxen-vchan-big", 14, 13, 40000);
}

static const struct ktap_case vchan_cases[] = {
	KTAP_CASE(bad_sizes_refused),
	KTAP_CASE(dom0_client_echo_in_page_rings),
	KTAP_CASE(dom0_client_echo_page_rings),
	{}
};

static const struct ktap_suite vchan_suite = {
	.name = "vchan",
	.cases = vchan_cases,
};
ktap_test_suite(vchan_suite);
