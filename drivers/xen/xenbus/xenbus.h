/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Private to drivers/xen/xenbus/: one connection to xenstored.
 *
 * xenbus_comms.c moves bytes through the ring and reassembles replies;
 * xenbus_xs.c turns them into requests, replies and watch events.  The
 * connection is a structure rather than file-scope state so that the
 * suite can run a second one on a ring page of its own and play a
 * misbehaving xenstored against it.
 */
#ifndef _DRIVERS_XEN_XENBUS_H
#define _DRIVERS_XEN_XENBUS_H

#include <linux/spinlock.h>
#include <xen/byte-ring.h>
#include <xen/interface/event_channel.h>
#include <xen/xenbus.h>

/* Requests one connection can have waiting for a reply at once. */
#define XS_MAX_INFLIGHT		16
/* Watch events queued for xenbus_run_watches() before new ones are dropped. */
#define XS_MAX_QUEUED_EVENTS	128

enum xs_slot_state {
	XS_SLOT_FREE = 0,
	XS_SLOT_WAITING,
	XS_SLOT_DONE,
};

/* A request waiting for its reply. */
struct xs_slot {
	enum xs_slot_state state;
	u32 req_id;
	u32 reply_type;
	int err;		/* set instead of a reply when it cannot come */
	char *body;		/* the reply, NUL-terminated, kfree() it */
	unsigned int len;
	unsigned int cpu;	/* the waiter's, woken when the reply is in */
};

/* A reply or event being reassembled from the ring. */
struct xs_reader {
	struct xsd_sockmsg hdr;
	unsigned int hdr_got;
	char *body;
	unsigned int body_got;
	bool discard;		/* no memory for the body: skip it */
};

struct xs_event {
	struct xs_event *next;
	unsigned int len;
	char body[];		/* "PATH\0TOKEN\0" */
};

/* One request's payload, in pieces. */
struct xs_iov {
	const void *base;
	unsigned int len;
};

/**
 * struct xs_conn - a connection to xenstored
 * @lock: everything below except the request ring, which @writing guards
 * @writing: a CPU owns the request ring and puts one whole request in
 *	(xb_write_msg(); claimed before @lock, never while holding it)
 * @intf: the ring page
 * @port: its event channel (0: nobody to notify, a test's ring)
 * @err: once set, the connection is unusable and every request fails
 * @next_id: request id for the next request
 * @next_token: watch token for the next watch
 * @slots: requests waiting for replies
 * @rd: the message being reassembled
 * @events: watch events not yet delivered, oldest first
 * @watches: registered watches
 * @running: the watch whose callback runs now, if any
 * @dispatching: a CPU is running callbacks
 * @unmatched: replies that matched no waiting request
 * @dropped: watch events dropped (queue full, no memory)
 * @kicks: xb_notify() calls, sent or not (tests count them)
 */
struct xs_conn {
	spinlock_t lock;
	bool writing;
	struct xenstore_domain_interface *intf;
	evtchn_port_t port;
	int err;
	u32 next_id;
	u32 next_token;
	struct xs_slot slots[XS_MAX_INFLIGHT];
	struct xs_reader rd;
	struct xs_event *events, **events_tail;
	unsigned int nr_events;
	struct xenbus_watch *watches;
	struct xenbus_watch *running;
	bool dispatching;
	unsigned long unmatched;
	unsigned long dropped;
	unsigned long kicks;
};

/* xenbus_comms.c */
void xb_conn_init(struct xs_conn *c, struct xenstore_domain_interface *intf,
		  evtchn_port_t port);
int xb_write_msg(struct xs_conn *c, const struct xsd_sockmsg *hdr,
		 const struct xs_iov *iov, unsigned int n, u64 deadline);
int xb_read_locked(struct xs_conn *c);
void xb_poll(struct xs_conn *c);
void xb_show_state(struct xs_conn *c);
void xb_notify(struct xs_conn *c);
void xb_idle(u64 deadline);

/* xenbus_xs.c */
void xs_msg_complete(struct xs_conn *c, struct xsd_sockmsg *hdr, char *body);
void xs_fail_all(struct xs_conn *c, int err);
int xs_error_errno(const char *body, unsigned int len);
int xs_submit(struct xs_conn *c, u32 tx, u32 type, const struct xs_iov *iov,
	      unsigned int n, unsigned int *slot);
int xs_wait_reply(struct xs_conn *c, unsigned int slot, u32 type,
		  unsigned int timeout_ms, char **body, unsigned int *len);
int xs_talk(struct xs_conn *c, u32 tx, u32 type, const struct xs_iov *iov,
	    unsigned int n, char **body, unsigned int *len);
int xs_talk_ok(struct xs_conn *c, u32 tx, u32 type, const struct xs_iov *iov,
	       unsigned int n);
int xs_check_ok(const char *body, unsigned int len);
int xs_count_strings(const char *body, unsigned int len);
int xs_parse_perm(const char *s, struct xenbus_perm_entry *perm);
unsigned int xs_conn_run_watches(struct xs_conn *c);
int xs_conn_register_watch(struct xs_conn *c, struct xenbus_watch *watch);
int xs_conn_unregister_watch(struct xs_conn *c, struct xenbus_watch *watch);

/* The connection to the real xenstored, once xenbus_init() found it. */
extern struct xs_conn xs_main;

#endif /* _DRIVERS_XEN_XENBUS_H */
