// SPDX-License-Identifier: GPL-2.0
/*
 * The xenstore protocol: requests and their replies, matched by request
 * id, and watch events.
 *
 * A request takes a slot and an id, goes out whole, and its caller waits
 * for the slot to be filled by whoever reads the ring next: the event
 * interrupt, or any waiter polling (replies can come back in any order,
 * and several vCPUs may be waiting at once).  A waiter that gives up
 * frees its slot; a reply that arrives later matches nothing and is
 * dropped, as is any reply with an id nobody is waiting for.
 */
#define pr_fmt(fmt) "xen:xenbus: " fmt

#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <xen/xen.h>
#include "xenbus.h"

static const struct {
	const char *name;
	int errno;
} xs_errors[] = {
	{ "EINVAL", EINVAL },	{ "EACCES", EACCES },	{ "EEXIST", EEXIST },
	{ "EISDIR", EISDIR },	{ "ENOENT", ENOENT },	{ "ENOMEM", ENOMEM },
	{ "ENOSPC", ENOSPC },	{ "EIO", EIO },		{ "ENOTEMPTY", ENOTEMPTY },
	{ "ENOSYS", ENOSYS },	{ "EROFS", EROFS },	{ "EBUSY", EBUSY },
	{ "EAGAIN", EAGAIN },	{ "EISCONN", EISCONN },	{ "E2BIG", E2BIG },
	{ "EPERM", EPERM },
	/* oxenstored's answer for a domain over its quota */
	{ "EQUOTA", EDQUOT },
};

/**
 * xs_error_errno() - the errno an XS_ERROR payload names
 * @body: the payload, e.g. "ENOENT\0"
 * @len: its length
 *
 * Return: the negative errno, or -EIO for a name we do not know or a
 * payload that is not one NUL-terminated string.
 */
int xs_error_errno(const char *body, unsigned int len)
{
	unsigned int i;

	if (!body || !len || body[len - 1] != '\0' || strlen(body) != len - 1)
		return -EIO;
	for (i = 0; i < ARRAY_SIZE(xs_errors); i++)
		if (!strcmp(body, xs_errors[i].name))
			return -xs_errors[i].errno;
	pr_warn("unknown xenstore error \"%s\"\n", body);
	return -EIO;
}

/**
 * xs_check_ok() - is a reply the "OK" that acknowledges a change?
 * @body: the payload
 * @len: its length
 *
 * Return: 0, or -EIO.
 */
int xs_check_ok(const char *body, unsigned int len)
{
	if (len == 3 && !memcmp(body, "OK", 3))
		return 0;
	return -EIO;
}

/**
 * xs_count_strings() - how many NUL-terminated strings fill @body
 * @body: a payload made of strings
 * @len: its length
 *
 * Return: the count, or -EIO when the last one is not terminated.
 */
int xs_count_strings(const char *body, unsigned int len)
{
	unsigned int i;
	int n = 0;

	if (len && body[len - 1] != '\0')
		return -EIO;
	for (i = 0; i < len; i++)
		if (!body[i])
			n++;
	return n;
}

/* Fail one waiter with @err (lock held). */
/*
 * Hand a filled slot to its waiter.  xenstored's event reaches one vCPU,
 * and a waiter on another naps until its timer (xb_idle()); waking it
 * here keeps a reply's latency the same on every vCPU without short naps,
 * whose wake-ups, four vCPUs' worth on two CPUs under QEMU, took so much
 * CPU from dom0 that xenstored answered only after 10 s.
 */
static void xs_slot_done(struct xs_slot *s)
{
	WRITE_ONCE(s->state, XS_SLOT_DONE);
	if (s->cpu != smp_processor_id())
		smp_send_wakeup(s->cpu);
}

static void xs_slot_fail(struct xs_slot *s, int err)
{
	s->body = NULL;
	s->len = 0;
	s->err = err;
	xs_slot_done(s);
}

/**
 * xs_fail_all() - close @c: every waiter and every later request gets @err
 * @c: the connection, lock held
 * @err: negative errno
 */
void xs_fail_all(struct xs_conn *c, int err)
{
	unsigned int i;

	if (!c->err)
		c->err = err;
	for (i = 0; i < XS_MAX_INFLIGHT; i++)
		if (c->slots[i].state == XS_SLOT_WAITING)
			xs_slot_fail(&c->slots[i], err);
}

static void xs_queue_event(struct xs_conn *c, char *body, unsigned int len)
{
	struct xs_event *ev = NULL;

	if (body && c->nr_events < XS_MAX_QUEUED_EVENTS)
		ev = kzalloc(sizeof(*ev) + len + 1);
	if (!ev) {
		c->dropped++;
		return;
	}
	memcpy(ev->body, body, len);
	ev->len = len;
	*c->events_tail = ev;
	c->events_tail = &ev->next;
	c->nr_events++;
}

/**
 * xs_msg_complete() - a whole message came out of the ring
 * @c: the connection, lock held
 * @hdr: its header
 * @body: its payload, NUL-terminated, now ours to keep or free; NULL
 *	when there was no memory for it
 */
void xs_msg_complete(struct xs_conn *c, struct xsd_sockmsg *hdr, char *body)
{
	unsigned int i;

	if (hdr->type == XS_WATCH_EVENT) {
		xs_queue_event(c, body, hdr->len);
		kfree(body);
		return;
	}
	for (i = 0; i < XS_MAX_INFLIGHT; i++) {
		struct xs_slot *s = &c->slots[i];

		if (s->state != XS_SLOT_WAITING || s->req_id != hdr->req_id)
			continue;
		s->body = body;
		s->len = hdr->len;
		s->reply_type = hdr->type;
		if (!body)
			xs_slot_fail(s, -ENOMEM);
		else
			xs_slot_done(s);
		return;
	}
	c->unmatched++;
	pr_warn("dropping a reply (type %u) to request %u, which nobody awaits\n",
		hdr->type, hdr->req_id);
	kfree(body);
}

/* A free slot with a fresh id, or -EBUSY when all are taken (lock held). */
static int xs_take_slot(struct xs_conn *c, unsigned int *slot)
{
	unsigned int i;

	for (i = 0; i < XS_MAX_INFLIGHT; i++) {
		struct xs_slot *s = &c->slots[i];

		if (s->state != XS_SLOT_FREE)
			continue;
		memset(s, 0, sizeof(*s));
		s->req_id = c->next_id++;
		s->cpu = smp_processor_id();	/* it waits where it sends */
		s->state = XS_SLOT_WAITING;
		*slot = i;
		return 0;
	}
	return -EBUSY;
}

static void xs_put_slot(struct xs_conn *c, unsigned int slot)
{
	unsigned long flags;
	struct xs_slot *s = &c->slots[slot];

	spin_lock_irqsave(&c->lock, flags);
	kfree(s->body);
	memset(s, 0, sizeof(*s));
	spin_unlock_irqrestore(&c->lock, flags);
}

/* Wait for a free slot: other vCPUs' requests are finishing. */
static int xs_get_slot(struct xs_conn *c, unsigned int *slot, u64 deadline)
{
	unsigned long flags;
	int rc;

	for (;;) {
		spin_lock_irqsave(&c->lock, flags);
		rc = c->err ? c->err : xs_take_slot(c, slot);
		spin_unlock_irqrestore(&c->lock, flags);
		if (rc != -EBUSY)
			return rc;
		if (deadline_passed(deadline))
			return -ETIMEDOUT;
		xb_poll(c);
		xb_idle(deadline);
	}
}

/**
 * xs_submit() - send a request without waiting for its reply
 * @c: the connection
 * @tx: transaction id, 0 for none
 * @type: XS_*
 * @iov: the payload, in pieces
 * @n: how many
 * @slot: set to the slot xs_wait_reply() collects the reply from
 *
 * Return: 0, or -E2BIG for a payload over XENSTORE_PAYLOAD_MAX, or the
 * connection's error.
 */
int xs_submit(struct xs_conn *c, u32 tx, u32 type, const struct xs_iov *iov,
	      unsigned int n, unsigned int *slot)
{
	u64 deadline = deadline_in_ms(XENBUS_REPLY_TIMEOUT_MS);
	struct xsd_sockmsg hdr = { .type = type, .tx_id = tx };
	unsigned int i;
	int rc;

	for (i = 0; i < n; i++)
		hdr.len += iov[i].len;
	if (hdr.len > XENSTORE_PAYLOAD_MAX)
		return -E2BIG;
	rc = xs_get_slot(c, slot, deadline);
	if (rc)
		return rc;
	hdr.req_id = c->slots[*slot].req_id;
	rc = xb_write_msg(c, &hdr, iov, n, deadline);
	if (rc)
		xs_put_slot(c, *slot);
	return rc;
}

/* Collect a filled slot (lock held); 0 or the error it carries. */
static int xs_collect(struct xs_slot *s, u32 type, char **body, unsigned int *len)
{
	if (s->err)
		return s->err;
	if (s->reply_type == XS_ERROR)
		return xs_error_errno(s->body, s->len);
	if (s->reply_type != type) {
		pr_err("reply of type %u to a request of type %u\n", s->reply_type, type);
		return -EIO;
	}
	*body = s->body;
	*len = s->len;
	s->body = NULL;
	return 0;
}

/**
 * xs_wait_reply() - wait for the reply to a request from xs_submit()
 * @c: the connection
 * @slot: from xs_submit(); free again when this returns
 * @type: the request's type, which a reply must have unless XS_ERROR
 * @timeout_ms: how long to wait
 * @body: set to the payload, NUL-terminated; kfree() it
 * @len: set to its length (without the added NUL)
 *
 * Return: 0; xenstored's error as a negative errno; -EIO for a reply of
 * the wrong type or an unknown error; -ETIMEDOUT.
 */
int xs_wait_reply(struct xs_conn *c, unsigned int slot, u32 type,
		  unsigned int timeout_ms, char **body, unsigned int *len)
{
	u64 deadline = deadline_in_ms(timeout_ms);
	struct xs_slot *s = &c->slots[slot];
	unsigned long flags;
	int rc;

	for (;;) {
		spin_lock_irqsave(&c->lock, flags);
		xb_read_locked(c);
		if (s->state == XS_SLOT_DONE) {
			rc = xs_collect(s, type, body, len);
			spin_unlock_irqrestore(&c->lock, flags);
			break;
		}
		spin_unlock_irqrestore(&c->lock, flags);
		if (deadline_passed(deadline)) {
			pr_err("no reply to request %u (type %u) in %u ms\n",
			       s->req_id, type, timeout_ms);
			xb_show_state(c);
			rc = -ETIMEDOUT;
			break;
		}
		xb_idle(deadline);
	}
	xs_put_slot(c, slot);
	return rc;
}

/**
 * xs_talk() - one request and its reply
 * @c: the connection
 * @tx: transaction id, 0 for none
 * @type: XS_*
 * @iov: the payload, in pieces
 * @n: how many
 * @body: set to the reply's payload (kfree() it), or NULL to drop it
 * @len: set to its length; may be NULL
 *
 * Return: as xs_wait_reply().
 */
int xs_talk(struct xs_conn *c, u32 tx, u32 type, const struct xs_iov *iov,
	    unsigned int n, char **body, unsigned int *len)
{
	unsigned int slot, got_len;
	char *got;
	int rc;

	rc = xs_submit(c, tx, type, iov, n, &slot);
	if (rc)
		return rc;
	rc = xs_wait_reply(c, slot, type, XENBUS_REPLY_TIMEOUT_MS, &got, &got_len);
	if (rc)
		return rc;
	if (body)
		*body = got;
	else
		kfree(got);
	if (len)
		*len = got_len;
	return 0;
}

/**
 * xs_talk_ok() - a request whose reply is "OK"
 * @c: the connection
 * @tx: transaction id, 0 for none
 * @type: XS_*
 * @iov: the payload, in pieces
 * @n: how many
 *
 * Return: 0, -EIO for any other reply, or as xs_wait_reply().
 */
int xs_talk_ok(struct xs_conn *c, u32 tx, u32 type, const struct xs_iov *iov,
	       unsigned int n)
{
	unsigned int len;
	char *reply;
	int rc;

	rc = xs_talk(c, tx, type, iov, n, &reply, &len);
	if (rc)
		return rc;
	rc = xs_check_ok(reply, len);
	kfree(reply);
	return rc;
}

/* ---- watches ---- */

static struct xenbus_watch *xs_find_watch(struct xs_conn *c, u32 token)
{
	struct xenbus_watch *w;

	for (w = c->watches; w; w = w->next)
		if (w->token == token)
			return w;
	return NULL;
}

static void xs_unlink_watch(struct xs_conn *c, struct xenbus_watch *watch)
{
	struct xenbus_watch **pw;

	for (pw = &c->watches; *pw; pw = &(*pw)->next) {
		if (*pw == watch) {
			*pw = watch->next;
			return;
		}
	}
}

/* XS_WATCH or XS_UNWATCH of @watch: "PATH\0TOKEN\0". */
static int xs_watch_op(struct xs_conn *c, u32 type, struct xenbus_watch *watch)
{
	char token[12];
	struct xs_iov iov[2];

	snprintf(token, sizeof(token), "%u", watch->token);
	iov[0] = (struct xs_iov){ watch->node, strlen(watch->node) + 1 };
	iov[1] = (struct xs_iov){ token, strlen(token) + 1 };
	return xs_talk_ok(c, 0, type, iov, 2);
}

/**
 * xs_conn_register_watch() - register_xenbus_watch() on connection @c
 * @c: the connection
 * @watch: node and callback set
 *
 * Return: 0 or a negative errno.
 */
int xs_conn_register_watch(struct xs_conn *c, struct xenbus_watch *watch)
{
	unsigned long flags;
	int rc;

	/* Listed first: xenstored fires a new watch before it replies. */
	spin_lock_irqsave(&c->lock, flags);
	watch->token = ++c->next_token;
	watch->next = c->watches;
	c->watches = watch;
	spin_unlock_irqrestore(&c->lock, flags);
	rc = xs_watch_op(c, XS_WATCH, watch);
	if (rc) {
		spin_lock_irqsave(&c->lock, flags);
		xs_unlink_watch(c, watch);
		spin_unlock_irqrestore(&c->lock, flags);
	}
	return rc;
}

/* The token of a well-formed event ("PATH\0TOKEN\0"), or false. */
static bool xs_event_token(const struct xs_event *ev, u32 *token)
{
	const char *tok;

	if (xs_count_strings(ev->body, ev->len) != 2)
		return false;
	tok = ev->body + strlen(ev->body) + 1;
	*token = (u32)strtoul(tok, NULL, 10);
	return true;
}

/* Drop queued events for @token (lock held). */
static void xs_purge_events(struct xs_conn *c, u32 token)
{
	struct xs_event **pe = &c->events, *ev;
	u32 tok;

	while ((ev = *pe)) {
		if (xs_event_token(ev, &tok) && tok == token) {
			*pe = ev->next;
			c->nr_events--;
			kfree(ev);
			continue;
		}
		pe = &ev->next;
	}
	c->events_tail = pe;
}

/**
 * xs_conn_unregister_watch() - unregister_xenbus_watch() on connection @c
 * @c: the connection
 * @watch: a watch registered on it
 *
 * Return: as unregister_xenbus_watch().
 */
int xs_conn_unregister_watch(struct xs_conn *c, struct xenbus_watch *watch)
{
	u64 deadline = deadline_in_ms(XENBUS_REPLY_TIMEOUT_MS);
	unsigned long flags;
	bool busy;
	int rc;

	rc = xs_watch_op(c, XS_UNWATCH, watch);
	spin_lock_irqsave(&c->lock, flags);
	xs_unlink_watch(c, watch);
	xs_purge_events(c, watch->token);
	spin_unlock_irqrestore(&c->lock, flags);
	/* Its callback may be running on another vCPU: let it finish. */
	do {
		spin_lock_irqsave(&c->lock, flags);
		busy = c->running == watch;
		spin_unlock_irqrestore(&c->lock, flags);
		if (busy)
			xen_sched_yield();
	} while (busy && !deadline_passed(deadline));
	return busy ? -EBUSY : rc;
}

/* The oldest event that has a watch, and the watch (lock held). */
static struct xs_event *xs_next_event(struct xs_conn *c, struct xenbus_watch **watch)
{
	struct xs_event *ev;
	u32 token;

	while ((ev = c->events)) {
		c->events = ev->next;
		if (!c->events)
			c->events_tail = &c->events;
		c->nr_events--;
		*watch = NULL;
		if (xs_event_token(ev, &token))
			*watch = xs_find_watch(c, token);
		if (*watch)
			return ev;
		/* Malformed, or for a watch removed since: nobody to tell. */
		kfree(ev);
	}
	return NULL;
}

/**
 * xs_conn_run_watches() - run the callbacks of queued watch events
 * @c: the connection
 *
 * One CPU at a time delivers, so each watch sees its events in order.
 *
 * Return: how many callbacks ran.
 */
unsigned int xs_conn_run_watches(struct xs_conn *c)
{
	struct xenbus_watch *watch;
	struct xs_event *ev;
	unsigned long flags;
	unsigned int ran = 0;

	xb_poll(c);
	spin_lock_irqsave(&c->lock, flags);
	if (c->dispatching) {
		spin_unlock_irqrestore(&c->lock, flags);
		return 0;
	}
	c->dispatching = true;
	while ((ev = xs_next_event(c, &watch))) {
		c->running = watch;
		spin_unlock_irqrestore(&c->lock, flags);
		watch->callback(watch, ev->body);
		kfree(ev);
		ran++;
		spin_lock_irqsave(&c->lock, flags);
		c->running = NULL;
	}
	c->dispatching = false;
	spin_unlock_irqrestore(&c->lock, flags);
	return ran;
}
