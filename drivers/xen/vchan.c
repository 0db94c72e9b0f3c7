// SPDX-License-Identifier: GPL-2.0
/*
 * The server end of a libxenvchan channel (include/xen/vchan.h).
 *
 * Set-up follows libxenvchan_server_init(): ring orders chosen the same
 * way, the shared page filled in (cli_live 2, srv_live 1, cli_notify
 * asking for the client's writes) before the page is granted, then
 * "ring-ref" and "event-channel" written under the caller's path in one
 * transaction, readable by the peer and by nobody else.
 *
 * The data path is the byte ring of the PV console (xen_byte_ring_*:
 * each counter read once, checked against the ring size, barriers
 * around the copy) plus libxenvchan's notification rule: the peer is
 * signalled only for what it asked for in srv_notify, and clears the bit
 * it saw set in cli_notify when it signals us.  Asking is a
 * fetch-or, then a full barrier, then one more look at the ring, so that
 * a peer that moved the counter just before the bit was set is not
 * missed; the peer's libxenvchan does the same on its side.
 */
#define pr_fmt(fmt) "xen:vchan: " fmt

#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/barrier.h>
#include <xen/xen.h>
#include <xen/events.h>
#include <xen/grant_table.h>
#include <xen/xenbus.h>
#include <xen/vchan.h>

/* Where the in-page rings start: at their own size. */
#define VCHAN_SMALL_OFFSET	(1U << VCHAN_ORDER_SMALL)
#define VCHAN_LARGE_OFFSET	(1U << VCHAN_ORDER_LARGE)

/* Most bytes one call moves: more than a ring, and fits an int. */
#define VCHAN_MAX_IO		(1U << 30)

/* Longest nap in vchan_wait() between two looks at the flag. */
#define VCHAN_NAP_NS		1000000
/* How long vchan_close() lets the peer take to unmap our pages. */
#define VCHAN_UNMAP_WAIT_MS	500

static unsigned int ring_pages(unsigned int order)
{
	return order >= VCHAN_ORDER_PAGE ? 1U << (order - VCHAN_ORDER_PAGE) : 0;
}

/* The smallest page-or-bigger order that holds @len bytes. */
static unsigned int order_for(size_t len)
{
	unsigned int order = VCHAN_ORDER_PAGE;

	while (len > (1UL << order))
		order++;
	return order;
}

/*
 * libxenvchan's choice, so that both ends agree on what a request means:
 * in-page rings whenever the minimums allow, one of 1 KiB and one of
 * 2 KiB at most.  Then check what libxenvchan does not: that grants[]
 * ends before the in-page ring or the page does.
 */
static int vchan_orders(size_t read_min, size_t write_min,
			unsigned int *rd, unsigned int *wr)
{
	const size_t small = 1U << VCHAN_ORDER_SMALL, large = 1U << VCHAN_ORDER_LARGE;
	unsigned int room;

	if (read_min > (1UL << VCHAN_ORDER_MAX) || write_min > (1UL << VCHAN_ORDER_MAX))
		return -EINVAL;
	*rd = order_for(read_min);
	*wr = order_for(write_min);
	if (read_min <= small && write_min <= large) {
		*rd = VCHAN_ORDER_SMALL;
		*wr = VCHAN_ORDER_LARGE;
	} else if (read_min <= large && write_min <= small) {
		*rd = VCHAN_ORDER_LARGE;
		*wr = VCHAN_ORDER_SMALL;
	} else if (read_min <= large) {
		*rd = VCHAN_ORDER_LARGE;
	} else if (write_min <= large) {
		*wr = VCHAN_ORDER_LARGE;
	}
	if (*rd == VCHAN_ORDER_SMALL || *wr == VCHAN_ORDER_SMALL)
		room = VCHAN_SMALL_OFFSET;
	else if (*rd == VCHAN_ORDER_LARGE || *wr == VCHAN_ORDER_LARGE)
		room = VCHAN_LARGE_OFFSET;
	else
		room = PAGE_SIZE;
	room -= offsetof(struct vchan_interface, grants);
	if ((ring_pages(*rd) + ring_pages(*wr)) * sizeof(u32) > room)
		return -EINVAL;
	return 0;
}

static void vchan_event(evtchn_port_t port, void *data)
{
	struct vchan *v = data;

	v->events++;
	smp_store_release(&v->kicked, true);
}

/* Ask the peer to signal its next @bit (VCHAN_NOTIFY_*). */
static void request_notify(struct vchan *v, u8 bit)
{
	__atomic_fetch_or(&v->shared->cli_notify, bit, __ATOMIC_RELAXED);
	/* The request must be visible before we look at the ring again. */
	smp_mb();
}

/* Signal @bit to the peer if it asked for it, and take its request back. */
static void send_notify(struct vchan *v, u8 bit)
{
	u8 asked;

	/* Our counter update must be visible before the peer is woken. */
	smp_mb();
	asked = __atomic_fetch_and(&v->shared->srv_notify, (u8)~bit, __ATOMIC_RELAXED);
	if (asked & bit)
		notify_remote_via_evtchn(v->port);
}

/* Lay out one ring, in the page or in @pages of its own. */
static void ring_setup(struct xen_byte_ring *ring, struct vchan_interface *shared,
		       struct vchan_ring_shared *idx, unsigned int order, void *pages)
{
	ring->size = 1U << order;
	ring->cons = &idx->cons;
	ring->prod = &idx->prod;
	if (order == VCHAN_ORDER_SMALL)
		ring->buf = (char *)shared + VCHAN_SMALL_OFFSET;
	else if (order == VCHAN_ORDER_LARGE)
		ring->buf = (char *)shared + VCHAN_LARGE_OFFSET;
	else
		ring->buf = pages;
}

/*
 * Grant @nr pages at @pages to the peer, their references into @refs
 * and the shared page's grants[] at @slot.
 */
static int grant_ring(struct vchan *v, void *pages, unsigned int nr,
		      unsigned int slot, bool readonly)
{
	unsigned int i;
	int ref;

	for (i = 0; i < nr; i++) {
		ref = gnttab_grant_foreign_access(v->peer,
						  virt_to_pfn((char *)pages + i * PAGE_SIZE),
						  readonly);
		if (ref < 0)
			return ref;
		v->refs[slot + i] = ref;
		v->shared->grants[slot + i] = ref;
	}
	return 0;
}

/*
 * The shared page and the out-of-page rings, granted.  The client only
 * reads the right ring (libxenvchan maps it PROT_READ), so its pages are
 * granted read-only: the peer cannot rewrite what we send.
 */
static int vchan_alloc_rings(struct vchan *v)
{
	unsigned int nr_rd = ring_pages(v->rd_order), nr_wr = ring_pages(v->wr_order);
	int rc, ref;

	v->shared = alloc_page();
	if (!v->shared)
		return -ENOMEM;
	v->nr_refs = nr_rd + nr_wr;
	if (v->nr_refs) {
		v->refs = kzalloc(v->nr_refs * sizeof(*v->refs));
		if (!v->refs)
			return -ENOMEM;
	}
	if (nr_rd) {
		v->rd_pages = alloc_pages(v->rd_order - VCHAN_ORDER_PAGE);
		if (!v->rd_pages)
			return -ENOMEM;
	}
	if (nr_wr) {
		v->wr_pages = alloc_pages(v->wr_order - VCHAN_ORDER_PAGE);
		if (!v->wr_pages)
			return -ENOMEM;
	}
	v->shared->left_order = v->rd_order;
	v->shared->right_order = v->wr_order;
	v->shared->cli_live = VCHAN_LIVE_WAITING;
	v->shared->srv_live = VCHAN_LIVE_CONNECTED;
	v->shared->cli_notify = VCHAN_NOTIFY_WRITE;
	ring_setup(&v->rd, v->shared, &v->shared->left, v->rd_order, v->rd_pages);
	ring_setup(&v->wr, v->shared, &v->shared->right, v->wr_order, v->wr_pages);
	rc = grant_ring(v, v->rd_pages, nr_rd, 0, false);
	if (!rc)
		rc = grant_ring(v, v->wr_pages, nr_wr, nr_rd, true);
	if (rc)
		return rc;
	/* The page must be complete before the peer can be told of it. */
	smp_wmb();
	ref = gnttab_grant_foreign_access(v->peer, virt_to_pfn(v->shared), false);
	if (ref < 0)
		return ref;
	v->ring_ref = ref;
	return 0;
}

static int publish_body(struct xenbus_transaction t, void *arg)
{
	struct vchan *v = arg;
	const struct xenbus_perm_entry perms[] = {
		{ xen_domid, XENBUS_PERM_NONE },	/* owner: us; others: none */
		{ v->peer, XENBUS_PERM_READ },
	};
	int rc;

	rc = xenbus_printf(t, v->path, "ring-ref", "%u", v->ring_ref);
	if (!rc)
		rc = xenbus_set_perms(t, v->path, "ring-ref", perms, ARRAY_SIZE(perms));
	if (!rc)
		rc = xenbus_printf(t, v->path, "event-channel", "%u", v->port);
	if (!rc)
		rc = xenbus_set_perms(t, v->path, "event-channel", perms, ARRAY_SIZE(perms));
	return rc;
}

/* Revoke @nr grants in @refs; false while the peer still uses one. */
static bool end_grants(grant_ref_t *refs, unsigned int nr)
{
	bool all = true;
	unsigned int i;

	for (i = 0; i < nr; i++) {
		if (!refs[i])
			continue;
		if (gnttab_end_foreign_access(refs[i]))
			all = false;
		else
			refs[i] = 0;
	}
	return all;
}

/* Every grant ended, waiting up to VCHAN_UNMAP_WAIT_MS for the peer to unmap. */
static bool end_all_grants(struct vchan *v)
{
	u64 deadline = deadline_in_ms(VCHAN_UNMAP_WAIT_MS);

	for (;;) {
		bool done = end_grants(&v->ring_ref, 1);

		done &= end_grants(v->refs, v->nr_refs);
		if (done)
			return true;
		if (deadline_passed(deadline))
			return false;
		/* The peer's unmap notification signals the port. */
		xen_idle_until(deadline, VCHAN_NAP_NS);
	}
}

/* Pages of a ring: freed when its grants ended, counted in @leaked if not. */
static void release_ring(struct vchan *v, void *pages, unsigned int order,
			 unsigned int slot, unsigned int nr)
{
	unsigned int i;

	if (!pages)
		return;
	for (i = 0; i < nr; i++) {
		if (v->refs && v->refs[slot + i]) {
			v->leaked += nr;
			return;
		}
	}
	free_pages(pages, order - VCHAN_ORDER_PAGE);
}

/*
 * Undo whatever vchan_server_init() got done.  A page the peer still
 * maps after the wait is neither freed nor ungranted: freed, it would
 * come back as someone else's memory that the peer can read and write.
 * It stays ours for good (v->leaked), as Linux does when a backend never
 * lets go, minus the retry: this kernel has no timers to retry from.
 */
static int vchan_teardown(struct vchan *v)
{
	unsigned int nr_rd = ring_pages(v->rd_order);
	int rc = 0;

	if (v->shared) {
		WRITE_ONCE(v->shared->srv_live, VCHAN_LIVE_CLOSED);
		/* libxenvchan's is_open() reads it when woken. */
		smp_mb();
		if (v->port)
			notify_remote_via_evtchn(v->port);
	}
	if (!end_all_grants(v)) {
		pr_warn("%s: dom%u still maps the ring, keeping its pages\n", v->path, v->peer);
		rc = -EBUSY;
	}
	if (v->port)
		unbind_and_close_evtchn(v->port);
	release_ring(v, v->rd_pages, v->rd_order, 0, nr_rd);
	release_ring(v, v->wr_pages, v->wr_order, nr_rd, ring_pages(v->wr_order));
	if (v->ring_ref)
		v->leaked++;
	else if (v->shared)
		free_page(v->shared);
	if (!v->leaked)
		kfree(v->refs);
	return rc;
}

/**
 * vchan_server_init() - offer a channel to a libxenvchan client
 * @peer: the client's domain
 * @path: the xenstore directory to publish in (relative to ours, or
 *	absolute); the client passes the same, absolute, to
 *	libxenvchan_client_init()
 * @read_min: bytes the client-to-us ring must hold at least
 * @write_min: the same for the ring we write
 * @err: set to the reason when NULL is returned
 *
 * Rings of up to 2 KiB sit in the shared page (one 1 KiB, one 2 KiB, as
 * libxenvchan chooses), bigger ones in pages of their own; each at most
 * 1 MiB, and both together no more than the page can list grants for.
 *
 * Return: the channel, waiting for its client, or NULL.
 */
struct vchan *vchan_server_init(domid_t peer, const char *path,
				size_t read_min, size_t write_min, int *err)
{
	struct vchan *v;
	int rc;

	if (!path || strlen(path) >= sizeof(v->path)) {
		*err = -EINVAL;
		return NULL;
	}
	v = kzalloc(sizeof(*v));
	if (!v) {
		*err = -ENOMEM;
		return NULL;
	}
	v->peer = peer;
	memcpy(v->path, path, strlen(path) + 1);
	rc = vchan_orders(read_min, write_min, &v->rd_order, &v->wr_order);
	if (rc)
		goto out_free;
	rc = xen_evtchn_alloc_unbound(peer, &v->port);
	if (rc)
		goto out_free;
	rc = bind_evtchn_to_handler(v->port, vchan_event, "vchan", v);
	if (rc) {
		xen_evtchn_close(v->port);
		v->port = 0;
		goto out_free;
	}
	rc = vchan_alloc_rings(v);
	if (!rc)
		rc = xenbus_transaction_run(publish_body, v, 0);
	if (rc)
		goto out_teardown;
	return v;

out_teardown:
	vchan_teardown(v);
	xenbus_rm(XBT_NIL, v->path, "");
	if (v->leaked)
		goto out;
out_free:
	kfree(v);
out:
	*err = rc;
	return NULL;
}

/**
 * vchan_read() - take bytes the client sent
 * @v: the channel
 * @data: where to copy them
 * @len: at most this many
 *
 * When it returns fewer than @len, the client has been asked to signal
 * its next write.
 *
 * Return: bytes taken (0 when none wait), -EPIPE when none wait and the
 * client has gone, -EIO when its counters are corrupt.
 */
int vchan_read(struct vchan *v, void *data, size_t len)
{
	int n, more = 0;

	len = min(len, (size_t)VCHAN_MAX_IO);
	n = xen_byte_ring_get(&v->rd, data, len);
	if (n >= 0 && (size_t)n < len) {
		request_notify(v, VCHAN_NOTIFY_WRITE);
		more = xen_byte_ring_get(&v->rd, (char *)data + n, len - n);
	}
	if (n < 0 || more < 0)
		return -EIO;
	n += more;
	if (n)
		send_notify(v, VCHAN_NOTIFY_READ);
	else if (!vchan_is_open(v))
		return -EPIPE;
	return n;
}

/**
 * vchan_write() - send as many bytes as there is room for
 * @v: the channel
 * @data: the bytes
 * @len: how many
 *
 * When it takes fewer than @len, the client has been asked to signal
 * when it has read.
 *
 * Return: bytes queued (0 when the ring is full), -EPIPE once the
 * client has gone, -EIO when its counters are corrupt.
 */
int vchan_write(struct vchan *v, const void *data, size_t len)
{
	int n, more = 0;

	if (!vchan_is_open(v))
		return -EPIPE;
	len = min(len, (size_t)VCHAN_MAX_IO);
	n = xen_byte_ring_put(&v->wr, data, len);
	if (n >= 0 && (size_t)n < len) {
		request_notify(v, VCHAN_NOTIFY_READ);
		more = xen_byte_ring_put(&v->wr, (const char *)data + n, len - n);
	}
	if (n < 0 || more < 0)
		return -EIO;
	n += more;
	if (n)
		send_notify(v, VCHAN_NOTIFY_WRITE);
	return n;
}

/**
 * vchan_data_ready() - bytes waiting for vchan_read()
 * @v: the channel
 *
 * Return: the count, or -EIO for corrupt counters.
 */
int vchan_data_ready(struct vchan *v)
{
	return xen_byte_ring_avail(&v->rd);
}

/**
 * vchan_buffer_space() - room in the ring we write
 * @v: the channel
 *
 * Return: bytes free, or -EIO for corrupt counters.
 */
int vchan_buffer_space(struct vchan *v)
{
	int used = xen_byte_ring_avail(&v->wr);

	return used < 0 ? used : (int)v->wr.size - used;
}

/**
 * vchan_is_open() - has the client not gone away?
 * @v: the channel
 *
 * Return: true before it connects and while it is connected.
 */
bool vchan_is_open(struct vchan *v)
{
	return READ_ONCE(v->shared->cli_live) != VCHAN_LIVE_CLOSED;
}

/**
 * vchan_client_connected() - has a client mapped the channel and not left?
 * @v: the channel
 *
 * Return: true while cli_live says connected.
 */
bool vchan_client_connected(struct vchan *v)
{
	return READ_ONCE(v->shared->cli_live) == VCHAN_LIVE_CONNECTED;
}

/**
 * vchan_wait() - sleep until the client signals, with a bound
 * @v: the channel
 * @timeout_ms: the bound
 *
 * A signal that came after the previous vchan_wait() returned counts, so
 * look at the ring, then wait: nothing is missed in between.
 *
 * Return: 0 when signalled, -ETIMEDOUT when not.
 */
int vchan_wait(struct vchan *v, unsigned int timeout_ms)
{
	u64 deadline = deadline_in_ms(timeout_ms);

	for (;;) {
		if (smp_load_acquire(&v->kicked)) {
			WRITE_ONCE(v->kicked, false);
			/* Clear the flag before the caller looks at the ring. */
			smp_mb();
			return 0;
		}
		if (deadline_passed(deadline))
			return -ETIMEDOUT;
		xen_idle_until(deadline, VCHAN_NAP_NS);
	}
}

/**
 * vchan_close() - shut our end and take the pages back
 * @v: from vchan_server_init(); freed here
 *
 * Sets srv_live to 0 and signals the client, whose libxenvchan then
 * reports the channel closed; revokes the grants, giving the client up
 * to half a second to unmap; closes the port and removes the xenstore
 * directory, as libxenvchan_close() does.  Pages the client still maps
 * after that are kept out of use for good (see vchan_teardown()).
 *
 * Return: 0, or -EBUSY when pages had to be kept.
 */
int vchan_close(struct vchan *v)
{
	int rc;

	if (!v)
		return 0;
	rc = vchan_teardown(v);
	xenbus_rm(XBT_NIL, v->path, "");
	if (!v->leaked)
		kfree(v);
	return rc;
}
