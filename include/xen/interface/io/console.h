/* SPDX-License-Identifier: MIT */
/*
 * The PV console ring shared between a domain and xenconsoled (or, for a
 * domU, whichever backend the toolstack started).  The page is found with
 * HVMOP_get_param(HVM_PARAM_CONSOLE_PFN), its event channel with
 * HVM_PARAM_CONSOLE_EVTCHN.
 */
#ifndef __XEN_INTERFACE_IO_CONSOLE_H__
#define __XEN_INTERFACE_IO_CONSOLE_H__

/*
 * Free-running producer and consumer counters: they are never reduced
 * modulo the ring size, so prod - cons (unsigned) is the fill level and
 * only the array index is masked.
 */
typedef uint32_t XENCONS_RING_IDX;

/* Array index of a counter; ring sizes are powers of two. */
#define MASK_XENCONS_IDX(idx, ring)	((idx) & (sizeof(ring) - 1))

/*
 * @in carries input to the guest (the backend produces, the guest
 * consumes), @out the guest's output.  Each side writes its own producer
 * or consumer counter only after the data it covers (write barrier) and
 * notifies the other side over the console event channel.
 */
struct xencons_interface {
	char in[1024];
	char out[2048];
	XENCONS_RING_IDX in_cons, in_prod;
	XENCONS_RING_IDX out_cons, out_prod;
};

#endif /* __XEN_INTERFACE_IO_CONSOLE_H__ */
