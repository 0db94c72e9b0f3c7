/* SPDX-License-Identifier: MIT */
/*
 * Shared request/response rings (Xen's public io/ring.h, the layout only).
 *
 * A ring is one or more contiguous pages the frontend grants to the
 * backend: four free-running 32-bit counters, padding to 64 bytes, then
 * an array of slots each of which holds a request or, once the backend
 * has answered it, the response.  The slot count is the largest power of
 * two that fits, so an index is a counter masked by (size - 1) and
 * prod - cons (unsigned) is the fill level.
 *
 * The frontend writes req_prod and rsp_event, the backend rsp_prod and
 * req_event.  A side notifies the other (event channel) after moving its
 * producer past the other's *_event value; each writes the data a
 * counter covers before the counter (write barrier).
 */
#ifndef __XEN_INTERFACE_IO_RING_H__
#define __XEN_INTERFACE_IO_RING_H__

typedef uint32_t RING_IDX;

/* The counters' header; the slots start at byte 64 of the first page. */
#define XEN_RING_HDR_SIZE	64

/*
 * XEN_DEFINE_SRING(name, req_t, rsp_t): union name##_sring_entry (one
 * slot) and struct name##_sring (the shared pages).
 */
#define XEN_DEFINE_SRING(name, req_t, rsp_t)				\
	union name##_sring_entry {					\
		req_t req;						\
		rsp_t rsp;						\
	};								\
	struct name##_sring {						\
		RING_IDX req_prod, req_event;				\
		RING_IDX rsp_prod, rsp_event;				\
		uint8_t __pad[XEN_RING_HDR_SIZE - 4 * sizeof(RING_IDX)]; \
		union name##_sring_entry ring[];			\
	}

/* Slots in a ring of @bytes (its pages) holding entries of @entry bytes. */
static inline unsigned int xen_ring_slots(unsigned long bytes, unsigned long entry)
{
	unsigned long n = (bytes - XEN_RING_HDR_SIZE) / entry;
	unsigned int p = 1;

	while ((unsigned long)p * 2 <= n)
		p *= 2;
	return n ? p : 0;
}

#endif /* __XEN_INTERFACE_IO_RING_H__ */
