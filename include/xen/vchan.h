/* SPDX-License-Identifier: GPL-2.0 */
/*
 * libxenvchan channels (drivers/xen/vchan.c): a byte stream each way with
 * a program in another domain that uses Xen's libxenvchan, over the
 * shared page of include/xen/interface/io/libxenvchan.h.
 *
 * We are the server: vchan_server_init() grants the pages and an unbound
 * event channel to the peer and publishes them in xenstore, where the
 * peer's libxenvchan_client_init() finds them.  vchan_read() and
 * vchan_write() never block; vchan_wait() sleeps, with a bound, until the
 * peer signals.  One user at a time: nothing here takes a lock.
 */
#ifndef _XEN_VCHAN_H
#define _XEN_VCHAN_H

#include <linux/types.h>
#include <xen/byte-ring.h>
#include <xen/interface/grant_table.h>
#include <xen/interface/event_channel.h>
#include <xen/interface/io/libxenvchan.h>

/**
 * struct vchan - our end of a channel
 * @shared: the shared page
 * @peer: the other end's domain
 * @port: our event channel port
 * @rd: the left ring, which the client writes and we read
 * @wr: the right ring, which we write
 * @rd_order: its order (VCHAN_ORDER_*), our copy: the page's is the peer's
 *	to overwrite
 * @wr_order: the same for @wr
 * @ring_ref: the grant of @shared
 * @refs: the grants of the out-of-page rings, @rd's first (our copy of
 *	grants[], which are what we must revoke whatever the peer writes)
 * @nr_refs: how many
 * @rd_pages: @rd's pages when it has its own, else NULL
 * @wr_pages: the same for @wr
 * @kicked: the peer signalled since vchan_wait() last returned
 * @events: signals from the peer so far
 * @leaked: pages vchan_close() could not take back (still mapped)
 * @path: the xenstore directory we published in
 */
struct vchan {
	struct vchan_interface *shared;
	domid_t peer;
	evtchn_port_t port;
	struct xen_byte_ring rd;
	struct xen_byte_ring wr;
	unsigned int rd_order;
	unsigned int wr_order;
	grant_ref_t ring_ref;
	grant_ref_t *refs;
	unsigned int nr_refs;
	void *rd_pages;
	void *wr_pages;
	bool kicked;
	unsigned long events;
	unsigned int leaked;
	char path[128];
};

struct vchan *vchan_server_init(domid_t peer, const char *path,
				size_t read_min, size_t write_min, int *err);
int vchan_write(struct vchan *v, const void *data, size_t len);
int vchan_read(struct vchan *v, void *data, size_t len);
int vchan_data_ready(struct vchan *v);
int vchan_buffer_space(struct vchan *v);
bool vchan_is_open(struct vchan *v);
bool vchan_client_connected(struct vchan *v);
int vchan_wait(struct vchan *v, unsigned int timeout_ms);
int vchan_close(struct vchan *v);

#endif /* _XEN_VCHAN_H */
