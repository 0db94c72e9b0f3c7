/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A byte stream through a ring shared with another domain, the layout the
 * PV console and xenstore rings both use: a power-of-two array and two
 * free-running 32-bit counters, producer and consumer, that are masked
 * only to index the array.
 *
 * The peer may write anything to the page at any time, so each counter is
 * read exactly once per call and prod - cons is checked against the size
 * before a byte is copied: a peer that lies gets -EIO, not an overrun.
 */
#ifndef _XEN_BYTE_RING_H
#define _XEN_BYTE_RING_H

#include <linux/types.h>

/**
 * struct xen_byte_ring - one direction of a shared ring
 * @buf: the array (in the shared page)
 * @size: its length, a power of two
 * @cons: the consumer counter (in the shared page)
 * @prod: the producer counter (in the shared page)
 */
struct xen_byte_ring {
	char *buf;
	u32 size;
	u32 *cons;
	u32 *prod;
};

int xen_byte_ring_put(const struct xen_byte_ring *ring, const void *data,
		      unsigned int len);
int xen_byte_ring_get(const struct xen_byte_ring *ring, void *data,
		      unsigned int len);
int xen_byte_ring_avail(const struct xen_byte_ring *ring);

#endif /* _XEN_BYTE_RING_H */
