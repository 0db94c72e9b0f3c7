/* SPDX-License-Identifier: MIT */
/*
 * The shared page of a libxenvchan channel (Xen's tools/libs/vchan): a
 * byte stream each way between two domains, set up through xenstore.
 *
 * The server allocates and grants the pages and an unbound event
 * channel, and publishes the page's grant reference and the port under
 * a xenstore directory of its choosing, as "ring-ref" and
 * "event-channel" (decimal).  The client maps the page, binds the port
 * and sets cli_live to 1.  Everything after that is symmetric.
 *
 * Each direction is a ring of 2^order bytes with free-running 32-bit
 * counters, as in the PV console: prod - cons is the fill level and
 * only the array index is masked.  "left" is written by the client and
 * read by the server, "right" the other way round.
 *
 * Where a ring lives depends on its order:
 *   10     at byte 1024 of the shared page
 *   11     at byte 2048 of the shared page
 *   12+    in 2^(order - 12) pages of their own, whose grant references
 *          are listed in grants[], left ring's first
 * At most one of the two rings may sit inside the shared page, and
 * grants[] must end before an in-page ring (or the page) begins.  The
 * orders stay fixed once the page is shared.
 */
#ifndef __XEN_INTERFACE_IO_LIBXENVCHAN_H__
#define __XEN_INTERFACE_IO_LIBXENVCHAN_H__

/* One direction's counters. */
struct vchan_ring_shared {
	uint32_t cons;
	uint32_t prod;
};

/* Bits of cli_notify / srv_notify. */
#define VCHAN_NOTIFY_WRITE	0x1	/* kick the other end after producing */
#define VCHAN_NOTIFY_READ	0x2	/* kick the other end after consuming */

/* cli_live / srv_live. */
#define VCHAN_LIVE_CLOSED	0	/* that end has gone */
#define VCHAN_LIVE_CONNECTED	1
#define VCHAN_LIVE_WAITING	2	/* cli_live only: no client yet */

/* Ring orders, in bytes; the in-page rings sit at their own size. */
#define VCHAN_ORDER_SMALL	10
#define VCHAN_ORDER_LARGE	11
#define VCHAN_ORDER_PAGE	12	/* from here on, separate pages */
#define VCHAN_ORDER_MAX		20	/* libxenvchan refuses more */

/*
 * @left, @right: the client-to-server and server-to-client counters.
 * @left_order, @right_order: ring sizes, as above.
 * @cli_live, @srv_live: VCHAN_LIVE_*; the client's mapping asks its
 *	kernel to clear cli_live and signal the port when it goes away
 *	(an unmap notification), as the server's share does for srv_live.
 * @cli_notify: the VCHAN_NOTIFY_* events the server wants to hear of
 *	the client's actions; the client clears a bit as it signals it.
 * @srv_notify: the same, asked by the client of the server.
 * @grants: grant references of the out-of-page rings.
 */
struct vchan_interface {
	struct vchan_ring_shared left;
	struct vchan_ring_shared right;
	uint16_t left_order;
	uint16_t right_order;
	uint8_t cli_live;
	uint8_t srv_live;
	uint8_t cli_notify;
	uint8_t srv_notify;
	uint32_t grants[];
};

#endif /* __XEN_INTERFACE_IO_LIBXENVCHAN_H__ */
