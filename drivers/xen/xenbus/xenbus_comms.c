// SPDX-License-Identifier: GPL-2.0
/*
 * The xenstore ring: requests go out whole, one writer at a time; the
 * reply side is a stream that is cut back into messages here, header
 * first, then exactly as many payload bytes as the header announced.
 *
 * xenstored is another domain and the page is shared, so nothing read
 * from it is trusted: the byte ring bounds prod - cons, and a header that
 * announces more than XENSTORE_PAYLOAD_MAX bytes ends the connection
 * (the stream cannot be resynchronised) with every waiter told so,
 * instead of letting anyone wait for bytes that make no sense.
 */
#define pr_fmt(fmt) "xen:xenbus: " fmt

#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/barrier.h>
#include <asm/irqflags.h>
#include <asm/processor.h>
#include <clocksource/arm_arch_timer.h>
#include <xen/xen.h>
#include <xen/events.h>
#include <xen/hvm.h>
#include "xenbus.h"

static struct xen_byte_ring xb_req_ring(struct xs_conn *c)
{
	return (struct xen_byte_ring){
		.buf = c->intf->req, .size = XENSTORE_RING_SIZE,
		.cons = &c->intf->req_cons, .prod = &c->intf->req_prod,
	};
}

static struct xen_byte_ring xb_rsp_ring(struct xs_conn *c)
{
	return (struct xen_byte_ring){
		.buf = c->intf->rsp, .size = XENSTORE_RING_SIZE,
		.cons = &c->intf->rsp_cons, .prod = &c->intf->rsp_prod,
	};
}

/*
 * Longest nap between two looks at the ring, in nanoseconds.  A waiter
 * for a reply is woken when it comes (xs_slot_done()), and xenstored's
 * event wakes the vCPU it is bound to, so this bounds only the waits
 * nobody signals: for room in the request ring on another vCPU, for a
 * free slot.  Short naps cost dom0 dearly under QEMU (2 ms naps on four
 * vCPUs were part of a 10 s xenstored stall).
 */
#define XB_IDLE_NS	20000000

/**
 * xb_idle() - give the CPU away until xenstored's event or @deadline
 * @deadline: from deadline_in_ms(), not yet passed
 */
void xb_idle(u64 deadline)
{
	xen_idle_until(deadline, XB_IDLE_NS);
}

/**
 * xb_notify() - kick xenstored
 * @c: the connection (a test's, with no port, is not signalled)
 */
void xb_notify(struct xs_conn *c)
{
	c->kicks++;
	if (c->port)
		notify_remote_via_evtchn(c->port);
}

/**
 * xb_conn_init() - a connection over @intf, idle and unbroken
 * @c: the connection
 * @intf: the ring page
 * @port: its event channel, 0 for none
 */
void xb_conn_init(struct xs_conn *c, struct xenstore_domain_interface *intf,
		  evtchn_port_t port)
{
	memset(c, 0, sizeof(*c));
	spin_lock_init(&c->lock);
	c->intf = intf;
	c->port = port;
	c->next_id = 1;
	c->events_tail = &c->events;
}

/*
 * The request ring takes one whole request at a time; the sender owns it
 * through @c->writing rather than a spinlock, because it may have to wait
 * for xenstored to make room.  The owner and every vCPU queued behind it
 * nap (xb_idle()) with interrupts on instead of spinning with them masked:
 * spinners took the physical CPUs from the dom0 that runs xenstored, and
 * with 4 vCPUs on 2 CPUs under QEMU a request then took seconds to be
 * read and the case of requests from every vCPU timed out.  Not fair
 * between waiters; each is bounded by its deadline.
 */
static int xb_claim_ring(struct xs_conn *c, u64 deadline)
{
	while (__atomic_exchange_n(&c->writing, true, __ATOMIC_ACQUIRE)) {
		if (deadline_passed(deadline))
			return -ETIMEDOUT;
		xb_idle(deadline);
	}
	return 0;
}

static void xb_release_ring(struct xs_conn *c)
{
	__atomic_store_n(&c->writing, false, __ATOMIC_RELEASE);
}

/* Put all of @data into the request ring, waiting for room (ring owned). */
static int xb_put_all(struct xs_conn *c, const char *data, unsigned int len,
		      u64 deadline)
{
	struct xen_byte_ring ring = xb_req_ring(c);
	int n;

	while (len) {
		n = xen_byte_ring_put(&ring, data, len);
		if (n < 0)
			return n;
		data += n;
		len -= (unsigned int)n;
		if (!len)
			break;
		/* Full: let xenstored see what is there; it signals as it reads. */
		xb_notify(c);
		if (deadline_passed(deadline))
			return -ETIMEDOUT;
		xb_poll(c);
		xb_idle(deadline);
	}
	return 0;
}

/**
 * xb_write_msg() - send one whole request
 * @c: the connection
 * @hdr: its header
 * @iov: the payload, in pieces
 * @n: how many pieces
 * @deadline: give up (-ETIMEDOUT) if xenstored leaves no room by then
 *
 * A message is bigger than the ring at worst, so it goes in as room
 * appears; owning the ring (@c->writing) keeps another request from
 * interleaving.  Call with interrupts on: the waits nap.
 *
 * Return: 0, or -EIO for a bad ring, -ETIMEDOUT.  After a partial write
 * the stream is unusable and the connection is marked broken.
 */
int xb_write_msg(struct xs_conn *c, const struct xsd_sockmsg *hdr,
		 const struct xs_iov *iov, unsigned int n, u64 deadline)
{
	unsigned long flags;
	unsigned int i;
	int rc;

	rc = xb_claim_ring(c, deadline);
	if (rc)
		return rc;
	rc = READ_ONCE(c->err);
	if (rc) {
		xb_release_ring(c);
		return rc;
	}
	rc = xb_put_all(c, (const char *)hdr, sizeof(*hdr), deadline);
	for (i = 0; !rc && i < n; i++)
		rc = xb_put_all(c, iov[i].base, iov[i].len, deadline);
	xb_release_ring(c);
	if (rc) {
		pr_err("request ring: %d, connection closed\n", rc);
		spin_lock_irqsave(&c->lock, flags);
		xs_fail_all(c, -EIO);
		spin_unlock_irqrestore(&c->lock, flags);
		return -EIO;
	}
	xb_notify(c);
	return 0;
}

/* Header complete: check it and get a buffer for the payload. */
static int xb_start_body(struct xs_reader *rd)
{
	if (rd->hdr.len > XENSTORE_PAYLOAD_MAX) {
		pr_err("reply of %u bytes (type %u, id %u) exceeds the protocol's %u\n",
		       rd->hdr.len, rd->hdr.type, rd->hdr.req_id, XENSTORE_PAYLOAD_MAX);
		return -E2BIG;
	}
	rd->body = kzalloc(rd->hdr.len + 1);
	rd->discard = !rd->body;
	rd->body_got = 0;
	return 0;
}

/* Take what the ring holds of the current message; 1 when it is whole. */
static int xb_read_step(struct xs_conn *c, struct xen_byte_ring *ring)
{
	struct xs_reader *rd = &c->rd;
	char sink[64];
	int n, rc;

	if (rd->hdr_got < sizeof(rd->hdr)) {
		n = xen_byte_ring_get(ring, (char *)&rd->hdr + rd->hdr_got,
				      sizeof(rd->hdr) - rd->hdr_got);
		if (n <= 0)
			return n;
		rd->hdr_got += (unsigned int)n;
		if (rd->hdr_got < sizeof(rd->hdr))
			return 0;
		rc = xb_start_body(rd);
		if (rc)
			return rc;
	}
	if (rd->body_got < rd->hdr.len) {
		unsigned int want = rd->hdr.len - rd->body_got;

		if (rd->discard)
			n = xen_byte_ring_get(ring, sink, min(want, (unsigned int)sizeof(sink)));
		else
			n = xen_byte_ring_get(ring, rd->body + rd->body_got, want);
		if (n <= 0)
			return n;
		rd->body_got += (unsigned int)n;
		if (rd->body_got < rd->hdr.len)
			return 0;
	}
	return 1;
}

/*
 * xenstored's verdict on the connection: a server that advertises
 * XENSTORE_SERVER_FEATURE_ERROR sets the error field when it gives up on
 * us (bad index, oversized request, no events) and then neither reads
 * nor answers again, so waiting out a reply's timeout would be futile.
 * Fields of a feature not advertised mean nothing (xenstore-ring.txt).
 */
static u32 xb_server_error(struct xs_conn *c)
{
	if (!(READ_ONCE(c->intf->server_features) & XENSTORE_SERVER_FEATURE_ERROR))
		return XENSTORE_ERROR_NONE;
	return READ_ONCE(c->intf->error);
}

/**
 * xb_read_locked() - consume every complete message in the reply ring
 * @c: the connection, @c->lock held
 *
 * Each message goes to xs_msg_complete() as soon as it is whole; a
 * partial one stays in @c->rd for the next call.  A connection xenstored
 * says it has closed fails every waiter at once.
 *
 * Return: 0, or the error that closed the connection.
 */
int xb_read_locked(struct xs_conn *c)
{
	struct xen_byte_ring ring = xb_rsp_ring(c);
	struct xs_reader *rd = &c->rd;
	u32 cons = c->intf->rsp_cons;	/* ours: only we move it */
	u32 verdict;
	int rc;

	if (c->err)
		return c->err;
	verdict = xb_server_error(c);
	if (verdict != XENSTORE_ERROR_NONE) {
		pr_err("xenstored closed the connection (error %u)\n", verdict);
		xs_fail_all(c, -EIO);
		return -EIO;
	}
	while ((rc = xb_read_step(c, &ring)) == 1) {
		/* Out of memory for the body: the waiter gets -ENOMEM. */
		xs_msg_complete(c, &rd->hdr, rd->discard ? NULL : rd->body);
		memset(rd, 0, sizeof(*rd));
	}
	/*
	 * Room was made in the ring: tell xenstored, which may be waiting to
	 * write the rest of a reply.  Whenever any byte was taken, not only
	 * when a message was completed: a reply longer than the room left
	 * comes in pieces, and xenstored writes the next one only when told
	 * (seen as every vCPU's request timing out, with 824-byte values).
	 */
	if (READ_ONCE(c->intf->rsp_cons) != cons)
		xb_notify(c);
	if (rc < 0) {
		pr_err("reply ring: %d, connection closed\n", rc);
		kfree(rd->body);
		memset(rd, 0, sizeof(*rd));
		xs_fail_all(c, -EIO);
		return -EIO;
	}
	return 0;
}

/**
 * xb_show_state() - log where the rings stand, for a request that timed out
 * @c: the connection
 *
 * Unread requests (req cons behind prod) mean xenstored is not reading
 * ours; unread replies, or a message half read, mean we are not reading
 * its.
 */
void xb_show_state(struct xs_conn *c)
{
	pr_err("req cons/prod %u/%u, rsp cons/prod %u/%u, reply being read: %u+%u of %u bytes, request ring %s\n",
	       READ_ONCE(c->intf->req_cons), READ_ONCE(c->intf->req_prod),
	       READ_ONCE(c->intf->rsp_cons), READ_ONCE(c->intf->rsp_prod),
	       c->rd.hdr_got, c->rd.body_got, c->rd.hdr.len,
	       READ_ONCE(c->writing) ? "owned" : "free");
}

/**
 * xb_poll() - read the reply ring from process context
 * @c: the connection
 *
 * The event interrupt does the same; waiters poll too so that a reply is
 * picked up with interrupts masked or the event delivered elsewhere.
 */
void xb_poll(struct xs_conn *c)
{
	unsigned long flags;

	spin_lock_irqsave(&c->lock, flags);
	xb_read_locked(c);
	spin_unlock_irqrestore(&c->lock, flags);
}

struct xs_conn xs_main;
static bool xs_main_up;

/* xenstored replied or sent an event; waiters also poll, see xb_poll(). */
static void xb_event(evtchn_port_t port, void *data)
{
	struct xs_conn *c = data;

	spin_lock(&c->lock);
	xb_read_locked(c);
	spin_unlock(&c->lock);
}

/**
 * xenbus_available() - is there a xenstore to talk to?
 *
 * Return: true once xenbus_init() found the ring.
 */
bool xenbus_available(void)
{
	bool up = READ_ONCE(xs_main_up);

	/* Pairs with xenbus_init(): the connection is set up before the flag. */
	smp_rmb();
	return up;
}

/* The ring from the toolstack's HVM parameters. */
static int xb_find_ring(u64 *pfn, u64 *evtchn)
{
	int rc;

	rc = xen_hvm_get_param(HVM_PARAM_STORE_PFN, pfn);
	if (!rc)
		rc = xen_hvm_get_param(HVM_PARAM_STORE_EVTCHN, evtchn);
	if (rc)
		return rc;
	/*
	 * dom0 gets no ring from Xen (its xenstored, if any, runs inside
	 * it); all ones means the toolstack has yet to allocate one.
	 */
	if (!*pfn || !*evtchn || *pfn == ~0ULL)
		return -ENODEV;
	return 0;
}

/**
 * xenbus_init() - connect to xenstored through the toolstack's ring
 *
 * Return: 0, -ENODEV when the domain has no xenstore ring (a dom0 without
 * xenstored), or another negative errno.
 */
int xenbus_init(void)
{
	struct xenstore_domain_interface *intf;
	u64 pfn = 0, evtchn = 0;
	int rc;

	rc = xb_find_ring(&pfn, &evtchn);
	if (rc)
		return rc;
	intf = memremap_wb((phys_addr_t)(pfn << PAGE_SHIFT), PAGE_SIZE);
	if (!intf)
		return -ENOMEM;
	xb_conn_init(&xs_main, intf, (evtchn_port_t)evtchn);
	/* A reply left from before we started answers nothing of ours. */
	if (READ_ONCE(intf->rsp_prod) != READ_ONCE(intf->rsp_cons)) {
		pr_warn("discarding stale replies in the ring\n");
		WRITE_ONCE(intf->rsp_cons, READ_ONCE(intf->rsp_prod));
	}
	rc = bind_evtchn_to_handler(xs_main.port, xb_event, "xenstore", &xs_main);
	if (rc)
		return rc;
	smp_wmb();
	WRITE_ONCE(xs_main_up, true);
	pr_info("xenstore ring on frame %#llx, event channel %llu\n",
		(unsigned long long)pfn, (unsigned long long)evtchn);
	return 0;
}
