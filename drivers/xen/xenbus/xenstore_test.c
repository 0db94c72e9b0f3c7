// SPDX-License-Identifier: GPL-2.0
/*
 * The xenstore client.  Two halves:
 *
 * - the protocol against a misbehaving peer: a second connection runs on
 *   a ring page of ours, and the test plays xenstored on it, answering
 *   out of order, with ids nobody asked for, with errors, with garbage
 *   and with too much; these run wherever the kernel boots;
 * - the store itself, against the real xenstored that `xl` started for
 *   this domU: its own keys, writes under data/, permissions,
 *   transactions and watches, one of them answered by dom0
 *   (tests/dom0/guest-domu.sh).  They skip where there is no xenstore,
 *   as in a dom0 without xenstored.
 */
#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/ktap.h>
#include <linux/math64.h>
#include <linux/mm.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/xenbus.h>
#include "xenbus.h"
#include "xenbus_test.h"

/* Milliseconds a fake reply that is already in the ring may take. */
#define FAKE_WAIT_MS		2000
/*
 * Milliseconds dom0's guest-domu.sh gets to answer our ping.  It takes
 * under a second alone, up to 5.3 s seen with four dom0s and other QEMUs
 * on two host cores; the bound keeps a failing run inside the 40 s that
 * guest-domu.sh gives the whole domU.
 */
#define PONG_WAIT_MS		20000
/* Milliseconds for xenstored's events about our own writes. */
#define EVENT_WAIT_MS		3000

struct fake_store {
	struct xs_conn conn;
	struct xenstore_domain_interface *intf;
	struct xen_byte_ring req, rsp;	/* as xenstored sees them */
};

static bool fake_start(struct ktap_test *t, struct fake_store *fs)
{
	fs->intf = alloc_page();
	if (!ktap_expect(t, fs->intf != NULL))
		return false;
	xb_conn_init(&fs->conn, fs->intf, 0);
	fs->req = (struct xen_byte_ring){
		.buf = fs->intf->req, .size = XENSTORE_RING_SIZE,
		.cons = &fs->intf->req_cons, .prod = &fs->intf->req_prod,
	};
	fs->rsp = (struct xen_byte_ring){
		.buf = fs->intf->rsp, .size = XENSTORE_RING_SIZE,
		.cons = &fs->intf->rsp_cons, .prod = &fs->intf->rsp_prod,
	};
	return true;
}

static void fake_stop(struct fake_store *fs)
{
	unsigned int i;

	for (i = 0; i < XS_MAX_INFLIGHT; i++)
		kfree(fs->conn.slots[i].body);
	kfree(fs->conn.rd.body);
	while (fs->conn.events) {
		struct xs_event *ev = fs->conn.events;

		fs->conn.events = ev->next;
		kfree(ev);
	}
	free_page(fs->intf);
}

/* Take one request out of the ring, as xenstored would; false if none. */
static bool fake_take_request(struct fake_store *fs, struct xsd_sockmsg *hdr,
			      char *body, unsigned int size)
{
	if (xen_byte_ring_get(&fs->req, hdr, sizeof(*hdr)) != sizeof(*hdr) ||
	    hdr->len > size)
		return false;
	return xen_byte_ring_get(&fs->req, body, hdr->len) == (int)hdr->len;
}

/* Put a message into the reply ring; it must fit. */
static bool fake_reply(struct fake_store *fs, u32 type, u32 id, const void *body,
		       unsigned int len)
{
	struct xsd_sockmsg hdr = { .type = type, .req_id = id, .len = len };

	return xen_byte_ring_put(&fs->rsp, &hdr, sizeof(hdr)) == sizeof(hdr) &&
	       xen_byte_ring_put(&fs->rsp, body, len) == (int)len;
}

/* Submit an XS_READ of @path on the fake connection. */
static bool fake_read(struct ktap_test *t, struct fake_store *fs, const char *path,
		      unsigned int *slot)
{
	struct xs_iov iov = { path, strlen(path) + 1 };

	return ktap_expect_eq(t, xs_submit(&fs->conn, 0, XS_READ, &iov, 1, slot), 0);
}

static void error_strings_map_to_errnos(struct ktap_test *t)
{
	static const struct {
		const char *s;
		int err;
	} known[] = {
		{ "ENOENT", -ENOENT }, { "EACCES", -EACCES }, { "EAGAIN", -EAGAIN },
		{ "EINVAL", -EINVAL }, { "EEXIST", -EEXIST }, { "ENOSPC", -ENOSPC },
		{ "EQUOTA", -EDQUOT }, { "E2BIG", -E2BIG }, { "EBUSY", -EBUSY },
		{ "EROFS", -EROFS }, { "EPERM", -EPERM }, { "EIO", -EIO },
		{ "ENOSYS", -ENOSYS }, { "EISDIR", -EISDIR }, { "ENOMEM", -ENOMEM },
		{ "ENOTEMPTY", -ENOTEMPTY }, { "EISCONN", -EISCONN },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(known); i++)
		ktap_check(t, xs_error_errno(known[i].s, strlen(known[i].s) + 1) == known[i].err,
			   __FILE__, __LINE__, "\"%s\" gave %d", known[i].s,
			   xs_error_errno(known[i].s, strlen(known[i].s) + 1));
	/* Unknown names, missing or misplaced NULs: malformed, -EIO. */
	ktap_expect_eq(t, xs_error_errno("EWHATEVER", 10), -EIO);
	ktap_expect_eq(t, xs_error_errno("ENOENT", 6), -EIO);
	ktap_expect_eq(t, xs_error_errno("ENOENT\0x", 9), -EIO);
	ktap_expect_eq(t, xs_error_errno("", 0), -EIO);
	ktap_expect_eq(t, xs_error_errno(NULL, 7), -EIO);
}

static void reply_parsers_reject_malformed(struct ktap_test *t)
{
	struct xenbus_perm_entry p;

	ktap_expect_eq(t, xs_count_strings("a\0bc\0", 5), 2);
	ktap_expect_eq(t, xs_count_strings("", 0), 0);
	ktap_expect_eq(t, xs_count_strings("a\0bc", 4), -EIO);
	ktap_expect_eq(t, xs_check_ok("OK", 3), 0);
	ktap_expect_eq(t, xs_check_ok("OK", 2), -EIO);
	ktap_expect_eq(t, xs_check_ok("NO", 3), -EIO);
	ktap_expect_eq(t, xs_parse_perm("r5", &p), 0);
	ktap_expect(t, p.perm == XENBUS_PERM_READ && p.id == 5);
	ktap_expect_eq(t, xs_parse_perm("b0", &p), 0);
	ktap_expect(t, p.perm == XENBUS_PERM_BOTH && p.id == 0);
	ktap_expect_eq(t, xs_parse_perm("n32752", &p), 0);
	ktap_expect(t, p.perm == XENBUS_PERM_NONE && p.id == 32752);
	ktap_expect_eq(t, xs_parse_perm("x1", &p), -EIO);
	ktap_expect_eq(t, xs_parse_perm("r", &p), -EIO);
	ktap_expect_eq(t, xs_parse_perm("r1a", &p), -EIO);
	ktap_expect_eq(t, xs_parse_perm("w70000", &p), -EIO);
}

/* Two requests in flight, answered in reverse order: each gets its own. */
static void replies_matched_by_id(struct ktap_test *t)
{
	struct xsd_sockmsg a, b;
	struct fake_store fs;
	unsigned int sa, sb, len;
	char buf[64], *body = NULL;

	if (!fake_start(t, &fs))
		return;
	if (!fake_read(t, &fs, "alpha", &sa) || !fake_read(t, &fs, "beta", &sb))
		goto out;
	ktap_expect(t, fake_take_request(&fs, &a, buf, sizeof(buf)) && !strcmp(buf, "alpha"));
	ktap_expect(t, fake_take_request(&fs, &b, buf, sizeof(buf)) && !strcmp(buf, "beta"));
	ktap_expect_eq(t, a.type, XS_READ);
	ktap_expect(t, a.req_id != b.req_id);
	ktap_expect(t, fake_reply(&fs, XS_READ, b.req_id, "B-value", 7));
	ktap_expect(t, fake_reply(&fs, XS_READ, a.req_id, "A", 1));
	if (ktap_expect_eq(t, xs_wait_reply(&fs.conn, sa, XS_READ, FAKE_WAIT_MS, &body, &len), 0)) {
		ktap_expect(t, len == 1 && !strcmp(body, "A"));
		kfree(body);
	}
	if (ktap_expect_eq(t, xs_wait_reply(&fs.conn, sb, XS_READ, FAKE_WAIT_MS, &body, &len), 0)) {
		ktap_expect(t, len == 7 && !strcmp(body, "B-value"));
		kfree(body);
	}
	ktap_expect_eq(t, fs.conn.unmatched, 0);
	/* Both requests were read and the ring's counters handed back. */
	ktap_expect_eq(t, fs.intf->rsp_cons, fs.intf->rsp_prod);
out:
	fake_stop(&fs);
}

/* A reply with an id nobody waits for is dropped, not given to a waiter. */
static void unmatched_reply_dropped(struct ktap_test *t)
{
	struct xsd_sockmsg a;
	struct fake_store fs;
	unsigned int sa, len;
	char buf[64], *body = NULL;

	if (!fake_start(t, &fs))
		return;
	if (!fake_read(t, &fs, "k", &sa) ||
	    !ktap_expect(t, fake_take_request(&fs, &a, buf, sizeof(buf))))
		goto out;
	ktap_expect(t, fake_reply(&fs, XS_READ, a.req_id + 1000, "stray", 5));
	ktap_expect(t, fake_reply(&fs, XS_READ, a.req_id, "mine", 4));
	if (ktap_expect_eq(t, xs_wait_reply(&fs.conn, sa, XS_READ, FAKE_WAIT_MS, &body, &len), 0)) {
		ktap_expect(t, !strcmp(body, "mine"));
		kfree(body);
	}
	ktap_expect_eq(t, fs.conn.unmatched, 1);
out:
	fake_stop(&fs);
}

/* Answer one fresh XS_READ with (@type, @body) and return what it got. */
static int fake_round_trip(struct ktap_test *t, struct fake_store *fs, u32 type,
			   const char *body, unsigned int len)
{
	struct xsd_sockmsg req;
	unsigned int slot, got_len;
	char buf[64], *got = NULL;
	int rc;

	if (!fake_read(t, fs, "node", &slot))
		return -EINVAL;
	ktap_expect(t, fake_take_request(fs, &req, buf, sizeof(buf)));
	ktap_expect(t, fake_reply(fs, type, req.req_id, body, len));
	rc = xs_wait_reply(&fs->conn, slot, XS_READ, FAKE_WAIT_MS, &got, &got_len);
	if (!rc)
		kfree(got);
	return rc;
}

static void error_and_wrong_type_replies(struct ktap_test *t)
{
	struct fake_store fs;

	if (!fake_start(t, &fs))
		return;
	ktap_expect_eq(t, fake_round_trip(t, &fs, XS_ERROR, "ENOENT", 7), -ENOENT);
	ktap_expect_eq(t, fake_round_trip(t, &fs, XS_ERROR, "EACCES", 7), -EACCES);
	ktap_expect_eq(t, fake_round_trip(t, &fs, XS_ERROR, "EBOGUS", 7), -EIO);
	ktap_expect_eq(t, fake_round_trip(t, &fs, XS_WRITE, "OK", 3), -EIO);
	/* None of that broke the connection. */
	ktap_expect_eq(t, fake_round_trip(t, &fs, XS_READ, "fine", 4), 0);
	ktap_expect_eq(t, fs.conn.err, 0);
	fake_stop(&fs);
}

/* A header announcing more than the protocol allows ends the connection. */
static void oversized_reply_closes_connection(struct ktap_test *t)
{
	struct xsd_sockmsg req, big;
	struct fake_store fs;
	unsigned int slot, len;
	char buf[64], *body = NULL;
	u64 start;

	if (!fake_start(t, &fs))
		return;
	if (!fake_read(t, &fs, "node", &slot) ||
	    !ktap_expect(t, fake_take_request(&fs, &req, buf, sizeof(buf))))
		goto out;
	big = (struct xsd_sockmsg){ .type = XS_READ, .req_id = req.req_id,
				    .len = XENSTORE_PAYLOAD_MAX + 1 };
	ktap_expect(t, xen_byte_ring_put(&fs.rsp, &big, sizeof(big)) == sizeof(big));
	start = get_cycles();
	ktap_expect_eq(t, xs_wait_reply(&fs.conn, slot, XS_READ, FAKE_WAIT_MS, &body, &len),
		       -EIO);
	/* Told at once, not after the timeout. */
	ktap_expect(t, get_cycles() - start < ns_to_cycles(FAKE_WAIT_MS / 2 * 1000000ULL));
	ktap_expect_eq(t, fs.conn.err, -EIO);
	ktap_expect_eq(t, xs_submit(&fs.conn, 0, XS_READ, &(struct xs_iov){ "x", 2 }, 1, &slot),
		       -EIO);
out:
	fake_stop(&fs);
}

/* A producer counter more than a ring ahead is refused, not followed. */
static void bad_ring_index_closes_connection(struct ktap_test *t)
{
	struct fake_store fs;
	unsigned int slot, len;
	char *body = NULL;

	if (!fake_start(t, &fs))
		return;
	if (!fake_read(t, &fs, "node", &slot))
		goto out;
	WRITE_ONCE(fs.intf->rsp_prod, fs.intf->rsp_cons + XENSTORE_RING_SIZE + 1);
	ktap_expect_eq(t, xs_wait_reply(&fs.conn, slot, XS_READ, FAKE_WAIT_MS, &body, &len),
		       -EIO);
	ktap_expect_eq(t, fs.conn.err, -EIO);
out:
	fake_stop(&fs);
}

/* No reply: a bounded wait and a clear error; a late reply is dropped. */
static void silent_server_times_out(struct ktap_test *t)
{
	struct xsd_sockmsg req;
	struct fake_store fs;
	unsigned int slot, len;
	char buf[64], *body = NULL;

	if (!fake_start(t, &fs))
		return;
	if (!fake_read(t, &fs, "node", &slot) ||
	    !ktap_expect(t, fake_take_request(&fs, &req, buf, sizeof(buf))))
		goto out;
	ktap_expect_eq(t, xs_wait_reply(&fs.conn, slot, XS_READ, 50, &body, &len), -ETIMEDOUT);
	ktap_expect(t, fake_reply(&fs, XS_READ, req.req_id, "late", 4));
	xb_poll(&fs.conn);
	ktap_expect_eq(t, fs.conn.unmatched, 1);
	ktap_expect_eq(t, fs.conn.err, 0);
out:
	fake_stop(&fs);
}

/*
 * A server that advertises the error indicator and sets it has closed
 * the connection: the waiter hears so at once, not after its timeout,
 * and so does every later request.  Without the feature bit the field
 * means nothing and is ignored.
 */
static void server_error_indicator_closes(struct ktap_test *t)
{
	struct xsd_sockmsg req;
	struct fake_store fs;
	unsigned int slot, len;
	char buf[64], *body = NULL;

	if (!fake_start(t, &fs))
		return;
	fs.intf->error = XENSTORE_ERROR_RINGIDX;
	if (!fake_read(t, &fs, "node", &slot) ||
	    !ktap_expect(t, fake_take_request(&fs, &req, buf, sizeof(buf))))
		goto out;
	ktap_expect(t, fake_reply(&fs, XS_READ, req.req_id, "v", 1));
	ktap_expect_eq(t, xs_wait_reply(&fs.conn, slot, XS_READ, FAKE_WAIT_MS, &body, &len), 0);
	kfree(body);
	if (!fake_read(t, &fs, "node", &slot))
		goto out;
	fs.intf->server_features = XENSTORE_SERVER_FEATURE_ERROR;
	/* Not -ETIMEDOUT: there is nothing to wait for. */
	ktap_expect_eq(t, xs_wait_reply(&fs.conn, slot, XS_READ, FAKE_WAIT_MS, &body, &len), -EIO);
	ktap_expect_eq(t, fs.conn.err, -EIO);
	ktap_expect_eq(t, xs_submit(&fs.conn, 0, XS_READ, &(struct xs_iov){ "n", 2 }, 1, &slot),
		       -EIO);
out:
	fake_stop(&fs);
}

/*
 * A reply bigger than the ring arrives in pieces, wrapping around; each
 * piece taken is followed by a kick, since xenstored writes the next one
 * only when told that there is room.
 */
static void large_messages_cross_the_ring(struct ktap_test *t)
{
	struct xsd_sockmsg hdr = { .type = XS_READ };
	unsigned int slot, len, off = 0, i;
	unsigned long kicks;
	struct fake_store fs;
	char *big = kzalloc(3001), *body = NULL;
	int n;

	if (!ktap_expect(t, big != NULL) || !fake_start(t, &fs))
		goto out_free;
	for (i = 0; i < 3000; i++)
		big[i] = (char)('a' + i % 26);
	/* Start mid-ring so that both directions wrap. */
	fs.intf->rsp_cons = fs.intf->rsp_prod = 1000;
	if (!fake_read(t, &fs, "node", &slot))
		goto out;
	hdr.req_id = fs.conn.slots[slot].req_id;
	hdr.len = 3000;
	fs.intf->req_cons = fs.intf->req_prod;
	ktap_expect(t, xen_byte_ring_put(&fs.rsp, &hdr, sizeof(hdr)) == sizeof(hdr));
	while (off < 3000) {
		n = xen_byte_ring_put(&fs.rsp, big + off, 3000 - off);
		if (!ktap_expect(t, n > 0))
			break;
		off += (unsigned int)n;
		kicks = fs.conn.kicks;
		xb_poll(&fs.conn);
		ktap_expect_eq(t, fs.conn.kicks, kicks + 1);
	}
	if (ktap_expect_eq(t, xs_wait_reply(&fs.conn, slot, XS_READ, FAKE_WAIT_MS, &body, &len), 0)) {
		ktap_expect_eq(t, len, 3000);
		ktap_expect(t, !memcmp(body, big, 3000) && body[3000] == '\0');
		kfree(body);
	}
out:
	fake_stop(&fs);
out_free:
	kfree(big);
}

struct watch_seen {
	struct xenbus_watch watch;
	unsigned int hits;
	char path[64];
};

static void watch_seen_cb(struct xenbus_watch *watch, const char *path)
{
	struct watch_seen *ws = container_of(watch, struct watch_seen, watch);

	ws->hits++;
	snprintf(ws->path, sizeof(ws->path), "%s", path);
}

/* Events reach the watch their token names; malformed ones nobody. */
static void watch_events_dispatched_by_token(struct ktap_test *t)
{
	struct watch_seen ws = { .watch = { .node = "w", .callback = watch_seen_cb } };
	struct fake_store fs;

	if (!fake_start(t, &fs))
		return;
	ws.watch.token = 42;
	fs.conn.watches = &ws.watch;
	ktap_expect(t, fake_reply(&fs, XS_WATCH_EVENT, 0, "w/x\0" "42", 7));
	ktap_expect(t, fake_reply(&fs, XS_WATCH_EVENT, 0, "w/y\0" "43", 7));
	ktap_expect(t, fake_reply(&fs, XS_WATCH_EVENT, 0, "w/z", 4));
	ktap_expect(t, fake_reply(&fs, XS_WATCH_EVENT, 0, "w/q\0" "42", 6));
	ktap_expect_eq(t, xs_conn_run_watches(&fs.conn), 1);
	ktap_expect_eq(t, ws.hits, 1);
	ktap_expect(t, !strcmp(ws.path, "w/x"));
	ktap_expect_eq(t, fs.conn.nr_events, 0);
	fs.conn.watches = NULL;
	fake_stop(&fs);
}

/* ---- against the real xenstored ---- */

static void reads_own_domid_and_name(struct ktap_test *t)
{
	char buf[64];

	if (!have_xenstore(t))
		return;
	ktap_expect_eq(t, xenbus_read_unsigned("domid", "", ~0U), xen_domid);
	if (ktap_expect(t, xenbus_read_buf(XBT_NIL, "name", "", buf, sizeof(buf)) > 0))
		ktap_check(t, !strncmp(buf, "armxen-", 7), __FILE__, __LINE__,
			   "name is \"%s\"", buf);
	/* The same key by its absolute path. */
	snprintf(buf, sizeof(buf), "/local/domain/%u", xen_domid);
	ktap_expect_eq(t, xenbus_read_unsigned(buf, "domid", ~0U), xen_domid);
}

static void write_read_rm_under_data(struct ktap_test *t)
{
	char buf[32];

	if (!have_xenstore(t))
		return;
	ktap_expect_eq(t, xenbus_write(XBT_NIL, "data", "armxen-key", "hello xenstore"), 0);
	ktap_expect_eq(t, xenbus_read_buf(XBT_NIL, "data", "armxen-key", buf, sizeof(buf)), 14);
	ktap_expect(t, !strcmp(buf, "hello xenstore"));
	ktap_expect_eq(t, xenbus_read_buf(XBT_NIL, "data", "armxen-key", buf, 5), -ERANGE);
	ktap_expect_eq(t, xenbus_printf(XBT_NIL, "data", "armxen-key", "%u", 1234), 0);
	ktap_expect_eq(t, xenbus_read_unsigned("data", "armxen-key", 0), 1234);
	ktap_expect_eq(t, xenbus_rm(XBT_NIL, "data", "armxen-key"), 0);
	ktap_expect(t, !xenbus_exists(XBT_NIL, "data", "armxen-key"));
}

static void errors_come_back_as_errnos(struct ktap_test *t)
{
	char *value;

	if (!have_xenstore(t))
		return;
	ktap_expect_eq(t, xenbus_read(XBT_NIL, "data", "armxen-missing", &value, NULL), -ENOENT);
	ktap_expect_eq(t, xenbus_rm(XBT_NIL, "data", "armxen-missing/deeper"), -ENOENT);
	/* dom0's home is not ours to read. */
	ktap_expect_eq(t, xenbus_read(XBT_NIL, "/local/domain/0", "name", &value, NULL), -EACCES);
	ktap_expect_eq(t, xenbus_write(XBT_NIL, "/local/domain/0", "armxen", "x"), -EACCES);
}

static bool names_are(char **names, unsigned int num, const char *a, const char *b)
{
	return num == 2 && ((!strcmp(names[0], a) && !strcmp(names[1], b)) ||
			    (!strcmp(names[0], b) && !strcmp(names[1], a)));
}

static void mkdir_and_directory(struct ktap_test *t)
{
	unsigned int num = 99;
	char **names;

	if (!have_xenstore(t))
		return;
	xenbus_rm(XBT_NIL, "data", "armxen-dir");
	ktap_expect_eq(t, xenbus_mkdir(XBT_NIL, "data", "armxen-dir"), 0);
	if (ktap_expect_eq(t, xenbus_directory(XBT_NIL, "data", "armxen-dir", &names, &num), 0)) {
		ktap_expect_eq(t, num, 0);
		kfree(names);
	}
	ktap_expect_eq(t, xenbus_write(XBT_NIL, "data/armxen-dir", "one", "1"), 0);
	ktap_expect_eq(t, xenbus_mkdir(XBT_NIL, "data/armxen-dir", "two"), 0);
	if (ktap_expect_eq(t, xenbus_directory(XBT_NIL, "data", "armxen-dir", &names, &num), 0)) {
		ktap_expect(t, names_are(names, num, "one", "two"));
		ktap_expect(t, names[num] == NULL);
		kfree(names);
	}
	ktap_expect_eq(t, xenbus_rm(XBT_NIL, "data", "armxen-dir"), 0);
	ktap_expect_eq(t, xenbus_directory(XBT_NIL, "data", "armxen-dir", &names, &num), -ENOENT);
}

static void permissions_get_and_set(struct ktap_test *t)
{
	struct xenbus_perm_entry perms[4];
	struct xenbus_perm_entry want[2] = {
		{ .id = 0, .perm = XENBUS_PERM_NONE },
		{ .id = 0, .perm = XENBUS_PERM_READ },
	};
	unsigned int num = 0;

	if (!have_xenstore(t))
		return;
	want[0].id = xen_domid;
	ktap_expect_eq(t, xenbus_write(XBT_NIL, "data", "armxen-perm", "p"), 0);
	/* What we create under our home is ours. */
	if (ktap_expect_eq(t, xenbus_get_perms(XBT_NIL, "data", "armxen-perm", perms, 4, &num), 0))
		ktap_expect(t, num >= 1 && perms[0].id == xen_domid);
	ktap_expect_eq(t, xenbus_set_perms(XBT_NIL, "data", "armxen-perm", want, 2), 0);
	if (ktap_expect_eq(t, xenbus_get_perms(XBT_NIL, "data", "armxen-perm", perms, 4, &num), 0)) {
		ktap_expect_eq(t, num, 2);
		ktap_expect(t, perms[0].id == xen_domid && perms[0].perm == XENBUS_PERM_NONE);
		ktap_expect(t, perms[1].id == 0 && perms[1].perm == XENBUS_PERM_READ);
	}
	ktap_expect_eq(t, xenbus_get_perms(XBT_NIL, "data", "armxen-perm", perms, 1, &num), -ERANGE);
	/* Not ours: dom0's home. */
	ktap_expect_eq(t, xenbus_set_perms(XBT_NIL, "/local/domain/0", "", want, 1), -EACCES);
	ktap_expect_eq(t, xenbus_rm(XBT_NIL, "data", "armxen-perm"), 0);
}

struct tx_arg {
	unsigned int runs;
	bool disturb;		/* change the key behind the transaction's back once */
};

static int tx_body(struct xenbus_transaction t, void *data)
{
	struct tx_arg *arg = data;
	unsigned int v;
	char buf[16];
	int rc;

	arg->runs++;
	rc = xenbus_read_buf(t, "data", "armxen-tx", buf, sizeof(buf));
	if (rc < 0)
		return rc;
	v = (unsigned int)strtoul(buf, NULL, 10);
	if (arg->disturb && arg->runs == 1)
		xenbus_printf(XBT_NIL, "data", "armxen-tx", "%u", v + 100);
	return xenbus_printf(t, "data", "armxen-tx", "%u", v + 1);
}

static void transactions_commit_and_retry(struct ktap_test *t)
{
	struct tx_arg arg = { 0 };
	struct xenbus_transaction tx;

	if (!have_xenstore(t))
		return;
	ktap_expect_eq(t, xenbus_write(XBT_NIL, "data", "armxen-tx", "1"), 0);
	ktap_expect_eq(t, xenbus_transaction_run(tx_body, &arg, 0), 0);
	ktap_expect_eq(t, arg.runs, 1);
	ktap_expect_eq(t, xenbus_read_unsigned("data", "armxen-tx", 0), 2);
	/* A write outside the transaction makes its commit fail with EAGAIN. */
	if (ktap_expect_eq(t, xenbus_transaction_start(&tx), 0)) {
		ktap_expect_eq(t, xenbus_write(tx, "data", "armxen-tx", "50"), 0);
		ktap_expect_eq(t, xenbus_write(XBT_NIL, "data", "armxen-tx", "60"), 0);
		ktap_expect_eq(t, xenbus_read_unsigned("data", "armxen-tx", 0), 60);
		ktap_expect_eq(t, xenbus_transaction_end(tx, false), -EAGAIN);
		ktap_expect_eq(t, xenbus_read_unsigned("data", "armxen-tx", 0), 60);
	}
	/* The helper runs the body again and the second run commits. */
	arg = (struct tx_arg){ .disturb = true };
	ktap_expect_eq(t, xenbus_transaction_run(tx_body, &arg, 0), 0);
	ktap_expect_eq(t, arg.runs, 2);
	ktap_expect_eq(t, xenbus_read_unsigned("data", "armxen-tx", 0), 161);
	/* An aborted one changes nothing. */
	if (ktap_expect_eq(t, xenbus_transaction_start(&tx), 0)) {
		ktap_expect_eq(t, xenbus_write(tx, "data", "armxen-tx", "7"), 0);
		ktap_expect_eq(t, xenbus_transaction_end(tx, true), 0);
	}
	ktap_expect_eq(t, xenbus_read_unsigned("data", "armxen-tx", 0), 161);
	xenbus_rm(XBT_NIL, "data", "armxen-tx");
}

static bool watch_hit(void *data)
{
	struct watch_seen *ws = data;

	return ws->hits > 0;
}

static void watch_fires_and_is_removed(struct ktap_test *t)
{
	struct watch_seen ws = { .watch = { .node = "data/armxen-w", .callback = watch_seen_cb } };

	if (!have_xenstore(t))
		return;
	if (!ktap_expect_eq(t, register_xenbus_watch(&ws.watch), 0))
		return;
	/* xenstored fires every new watch once. */
	ktap_expect_eq(t, xenbus_wait(watch_hit, &ws, EVENT_WAIT_MS), 0);
	ws.hits = 0;
	ktap_expect_eq(t, xenbus_write(XBT_NIL, "data/armxen-w", "x", "1"), 0);
	ktap_expect_eq(t, xenbus_wait(watch_hit, &ws, EVENT_WAIT_MS), 0);
	ktap_check(t, !strcmp(ws.path, "data/armxen-w/x"), __FILE__, __LINE__,
		   "event for \"%s\"", ws.path);
	ktap_expect_eq(t, unregister_xenbus_watch(&ws.watch), 0);
	ws.hits = 0;
	ktap_expect_eq(t, xenbus_write(XBT_NIL, "data/armxen-w", "x", "2"), 0);
	/* A removed watch stays quiet: give an event time to show up. */
	ktap_expect_eq(t, xenbus_wait(watch_hit, &ws, 300), -ETIMEDOUT);
	xenbus_rm(XBT_NIL, "data", "armxen-w");
}

struct pong {
	struct xenbus_watch watch;
	char want[24];
	bool answered;
};

static void pong_cb(struct xenbus_watch *watch, const char *path)
{
	struct pong *p = container_of(watch, struct pong, watch);
	char buf[24];

	if (xenbus_read_buf(XBT_NIL, "data", "armxen-pong", buf, sizeof(buf)) > 0 &&
	    !strcmp(buf, p->want))
		p->answered = true;
}

static bool pong_answered(void *data)
{
	return ((struct pong *)data)->answered;
}

/* tests/dom0/guest-domu.sh copies data/armxen-ping into data/armxen-pong. */
static void watch_fires_when_dom0_writes(struct ktap_test *t)
{
	struct pong p = { .watch = { .node = "data/armxen-pong", .callback = pong_cb } };
	u64 start;
	int rc;

	if (!have_xenstore(t))
		return;
	snprintf(p.want, sizeof(p.want), "%llu", (unsigned long long)get_cycles());
	xenbus_rm(XBT_NIL, "data", "armxen-pong");
	if (!ktap_expect_eq(t, register_xenbus_watch(&p.watch), 0))
		return;
	start = get_cycles();
	ktap_expect_eq(t, xenbus_write(XBT_NIL, "data", "armxen-ping", p.want), 0);
	rc = xenbus_wait(pong_answered, &p, PONG_WAIT_MS);
	if (ktap_check(t, !rc, __FILE__, __LINE__,
		       "no data/armxen-pong = %s from dom0 in %u ms (%d)", p.want, PONG_WAIT_MS, rc))
		printk("    # dom0 answered in %llu ms\n",
		       (unsigned long long)div_u64(cycles_to_ns(get_cycles() - start), 1000000));
	ktap_expect_eq(t, unregister_xenbus_watch(&p.watch), 0);
	xenbus_rm(XBT_NIL, "data", "armxen-ping");
	xenbus_rm(XBT_NIL, "data", "armxen-pong");
}

/*
 * Every online CPU at once, for a bounded number of rounds: each writes,
 * reads back and removes a key of its own under data/ and reads a key
 * they share, so that several vCPUs have requests in flight together and
 * replies come back interleaved.  A reply handed to the wrong waiter
 * shows as another request's value or type (-EIO), a lost one as
 * -ETIMEDOUT or a reply that matched nobody.  The workers only record
 * what they saw: the KTAP checks run on the CPU that runs the case.
 *
 * Each CPU's values fill most of the 1 KiB request ring, so that a write
 * waits for xenstored to drain the ring part-way through: requests that
 * were not sent whole, one at a time, would then interleave in the ring
 * and come back as errors or a closed connection (a short request goes in
 * too quickly for two vCPUs to meet there reliably).
 */
#define SMP_ROUNDS		10
#define SMP_SHARED		"armxen-smp-shared"
#define SMP_VALUE_LEN		(XENSTORE_RING_SIZE - 200)
/* Microseconds for a worker: a lost reply costs XENBUS_REPLY_TIMEOUT_MS. */
#define SMP_WAIT_US		30000000

struct xs_cpu_load {
	unsigned int cpu;
	unsigned int requests;
	int err;		/* the first failure, which ends the worker */
	char what[96];		/* and what it was */
	char want[SMP_VALUE_LEN + 1];	/* this round's value */
	char got[SMP_VALUE_LEN + 1];	/* what a read returned */
};

static struct xs_cpu_load xs_load[NR_CPUS];
static char smp_shared_value[32];
static atomic_t smp_in_flight;
static int smp_peak;

/* Count the workers inside a request, keeping the highest count seen. */
static void smp_enter(void)
{
	int now = atomic_inc_return(&smp_in_flight), peak;

	do {
		peak = READ_ONCE(smp_peak);
	} while (now > peak && cmpxchg(&smp_peak, peak, now) != peak);
}

static bool smp_fail(struct xs_cpu_load *ld, int err, const char *what,
		     unsigned int round, const char *got)
{
	ld->err = err < 0 ? err : -EIO;
	snprintf(ld->what, sizeof(ld->what), "%s in round %u: %d \"%.32s\"", what,
		 round, err, got);
	return false;
}

/* Read @node, expecting exactly @want; false (and noted) otherwise. */
static bool smp_read_is(struct xs_cpu_load *ld, const char *node,
			const char *want, unsigned int round)
{
	int rc;

	ld->got[0] = '\0';
	smp_enter();
	rc = xenbus_read_buf(XBT_NIL, "data", node, ld->got, sizeof(ld->got));
	atomic_dec(&smp_in_flight);
	ld->requests++;
	if (rc != (int)strlen(want) || strcmp(ld->got, want))
		return smp_fail(ld, rc, node, round, ld->got);
	return true;
}

/* A write or rm: 0 expected. */
static bool smp_change(struct xs_cpu_load *ld, const char *key, const char *value,
		       unsigned int round)
{
	int rc;

	smp_enter();
	rc = value ? xenbus_write(XBT_NIL, "data", key, value) :
		     xenbus_rm(XBT_NIL, "data", key);
	atomic_dec(&smp_in_flight);
	ld->requests++;
	if (rc)
		return smp_fail(ld, rc, value ? "write" : "rm", round, key);
	return true;
}

/* This CPU's value for @round: its name, then letters that depend on both. */
static void smp_fill_value(struct xs_cpu_load *ld, unsigned int round)
{
	int n = snprintf(ld->want, sizeof(ld->want), "cpu%u-round%u-", ld->cpu, round);
	unsigned int i;

	for (i = (unsigned int)n; i < SMP_VALUE_LEN; i++)
		ld->want[i] = (char)('a' + (ld->cpu * 7 + round + i) % 26);
	ld->want[SMP_VALUE_LEN] = '\0';
}

static bool smp_round(struct xs_cpu_load *ld, const char *key, unsigned int round)
{
	smp_fill_value(ld, round);
	return smp_change(ld, key, ld->want, round) &&
	       smp_read_is(ld, key, ld->want, round) &&
	       smp_read_is(ld, SMP_SHARED, smp_shared_value, round) &&
	       smp_change(ld, key, NULL, round);
}

static void xs_load_worker(void *arg)
{
	struct xs_cpu_load *ld = arg;
	unsigned int round;
	char key[32];

	snprintf(key, sizeof(key), "armxen-smp-%u", ld->cpu);
	for (round = 0; round < SMP_ROUNDS; round++)
		if (!smp_round(ld, key, round))
			break;
}

static void smp_check_cpu(struct ktap_test *t, struct xs_cpu_load *ld)
{
	char key[32];

	ktap_check(t, !ld->err, __FILE__, __LINE__, "CPU%u: %s", ld->cpu, ld->what);
	ktap_check(t, ld->err || ld->requests == SMP_ROUNDS * 4, __FILE__, __LINE__,
		   "CPU%u: %u requests", ld->cpu, ld->requests);
	snprintf(key, sizeof(key), "armxen-smp-%u", ld->cpu);
	ktap_expect(t, !xenbus_exists(XBT_NIL, "data", key));
}

static bool skip_one_cpu(struct ktap_test *t)
{
	if (num_online_cpus() > 1)
		return false;
	ktap_skip(t, "one CPU online: no other vCPU to have requests in flight");
	return true;
}

static void requests_from_every_cpu_at_once(struct ktap_test *t)
{
	unsigned int cpu, self = smp_processor_id(), started = 1;
	unsigned long unmatched = xs_main.unmatched;

	if (!have_xenstore(t) || skip_one_cpu(t))
		return;
	snprintf(smp_shared_value, sizeof(smp_shared_value), "shared-%llu",
		 (unsigned long long)get_cycles());
	if (!ktap_expect_eq(t, xenbus_write(XBT_NIL, "data", SMP_SHARED, smp_shared_value), 0))
		return;
	atomic_set(&smp_in_flight, 0);
	smp_peak = 0;
	for_each_online_cpu(cpu)
		xs_load[cpu] = (struct xs_cpu_load){ .cpu = cpu };
	for_each_online_cpu(cpu)
		if (cpu != self)
			started += ktap_expect_eq(t, smp_start_on_cpu(cpu, xs_load_worker,
								      &xs_load[cpu]), 0);
	xs_load_worker(&xs_load[self]);
	for_each_online_cpu(cpu)
		if (cpu != self)
			ktap_expect_eq(t, smp_wait_on_cpu(cpu, SMP_WAIT_US), 0);
	for_each_online_cpu(cpu)
		smp_check_cpu(t, &xs_load[cpu]);
	ktap_expect_eq(t, started, num_online_cpus());
	ktap_expect_eq(t, xs_main.unmatched, unmatched);
	ktap_expect_eq(t, xs_main.err, 0);
	printk("    # %u CPUs, %u rounds each, up to %d requests in flight at once\n",
	       started, SMP_ROUNDS, smp_peak);
	xenbus_rm(XBT_NIL, "data", SMP_SHARED);
}

static const struct ktap_case xenstore_cases[] = {
	KTAP_CASE(error_strings_map_to_errnos),
	KTAP_CASE(reply_parsers_reject_malformed),
	KTAP_CASE(replies_matched_by_id),
	KTAP_CASE(unmatched_reply_dropped),
	KTAP_CASE(error_and_wrong_type_replies),
	KTAP_CASE(oversized_reply_closes_connection),
	KTAP_CASE(bad_ring_index_closes_connection),
	KTAP_CASE(silent_server_times_out),
	KTAP_CASE(server_error_indicator_closes),
	KTAP_CASE(large_messages_cross_the_ring),
	KTAP_CASE(watch_events_dispatched_by_token),
	KTAP_CASE(reads_own_domid_and_name),
	KTAP_CASE(write_read_rm_under_data),
	KTAP_CASE(errors_come_back_as_errnos),
	KTAP_CASE(mkdir_and_directory),
	KTAP_CASE(permissions_get_and_set),
	KTAP_CASE(transactions_commit_and_retry),
	KTAP_CASE(watch_fires_and_is_removed),
	KTAP_CASE(watch_fires_when_dom0_writes),
	KTAP_CASE(requests_from_every_cpu_at_once),
	{}
};

static const struct ktap_suite xenstore_suite = {
	.name = "xenstore",
	.cases = xenstore_cases,
};
ktap_test_suite(xenstore_suite);
