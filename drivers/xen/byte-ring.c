// SPDX-License-Identifier: GPL-2.0
/*
 * Byte rings shared with another domain (include/xen/byte-ring.h): the
 * copy and the barrier discipline the PV console and xenstore share.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/barrier.h>
#include <xen/byte-ring.h>

/* Copy @len bytes to the array starting at counter @idx, wrapping. */
static void ring_copy_in(const struct xen_byte_ring *ring, u32 idx,
			 const char *src, unsigned int len)
{
	u32 off = idx & (ring->size - 1);
	unsigned int first = min(len, ring->size - off);

	memcpy(ring->buf + off, src, first);
	memcpy(ring->buf, src + first, len - first);
}

static void ring_copy_out(const struct xen_byte_ring *ring, u32 idx,
			  char *dst, unsigned int len)
{
	u32 off = idx & (ring->size - 1);
	unsigned int first = min(len, ring->size - off);

	memcpy(dst, ring->buf + off, first);
	memcpy(dst + first, ring->buf, len - first);
}

/**
 * xen_byte_ring_put() - produce as much of @data as there is room for
 * @ring: the ring we produce into
 * @data: bytes to send
 * @len: how many
 *
 * Return: bytes queued (0 when full), or -EIO when the peer's consumer
 * counter is more than a ring away from ours.
 */
int xen_byte_ring_put(const struct xen_byte_ring *ring, const void *data,
		      unsigned int len)
{
	u32 cons = READ_ONCE(*ring->cons);
	u32 prod = READ_ONCE(*ring->prod);
	u32 used;

	/* Read the counters before reusing the slots they say are free. */
	smp_mb();
	used = prod - cons;
	if (used > ring->size)
		return -EIO;
	len = min(len, ring->size - used);
	ring_copy_in(ring, prod, data, len);
	/* The peer must see the bytes before the counter that covers them. */
	smp_wmb();
	WRITE_ONCE(*ring->prod, prod + len);
	return (int)len;
}

/**
 * xen_byte_ring_get() - consume up to @len bytes the peer produced
 * @ring: the ring we consume from
 * @data: where to copy them
 * @len: room at @data
 *
 * Return: bytes taken (0 when empty), or -EIO when the peer's producer
 * counter is more than a ring ahead of ours.
 */
int xen_byte_ring_get(const struct xen_byte_ring *ring, void *data,
		      unsigned int len)
{
	u32 cons = READ_ONCE(*ring->cons);
	u32 prod = READ_ONCE(*ring->prod);
	u32 ready;

	/* The bytes are only valid once we have seen the counter. */
	smp_rmb();
	ready = prod - cons;
	if (ready > ring->size)
		return -EIO;
	len = min(len, ready);
	ring_copy_out(ring, cons, data, len);
	/* Finish reading the bytes before handing their slots back. */
	smp_mb();
	WRITE_ONCE(*ring->cons, cons + len);
	return (int)len;
}

/**
 * xen_byte_ring_avail() - bytes waiting to be consumed
 * @ring: the ring we consume from
 *
 * Return: the count, or -EIO as for xen_byte_ring_get().
 */
int xen_byte_ring_avail(const struct xen_byte_ring *ring)
{
	u32 ready = READ_ONCE(*ring->prod) - READ_ONCE(*ring->cons);

	return ready > ring->size ? -EIO : (int)ready;
}
