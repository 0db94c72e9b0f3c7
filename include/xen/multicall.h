/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Batches of hypercalls issued with one __HYPERVISOR_multicall: Xen runs
 * the entries in order and stores each one's return value in its
 * @result, so a batch costs one guest/hypervisor round trip.
 */
#ifndef _XEN_MULTICALL_H
#define _XEN_MULTICALL_H

#include <linux/types.h>
#include <xen/interface/xen.h>

/**
 * struct xen_mc_batch - hypercalls waiting to be issued
 * @entries: caller-provided array, in memory Xen can read (not on a
 *	stack that might be unmapped; any kernel memory is fine here)
 * @max: its size
 * @nr: entries queued so far
 */
struct xen_mc_batch {
	struct multicall_entry *entries;
	unsigned int max;
	unsigned int nr;
};

void xen_mc_init(struct xen_mc_batch *mc, struct multicall_entry *entries, unsigned int max);
int xen_mc_add(struct xen_mc_batch *mc, unsigned int op, unsigned int nargs,
	       const unsigned long *args);
int xen_mc_flush(struct xen_mc_batch *mc);
long xen_mc_result(const struct xen_mc_batch *mc, unsigned int i);

/* Typed shorthands: each argument is one register-sized word. */
static inline int xen_mc_call1(struct xen_mc_batch *mc, unsigned int op, unsigned long a1)
{
	unsigned long args[] = { a1 };

	return xen_mc_add(mc, op, 1, args);
}

static inline int xen_mc_call2(struct xen_mc_batch *mc, unsigned int op, unsigned long a1,
			       unsigned long a2)
{
	unsigned long args[] = { a1, a2 };

	return xen_mc_add(mc, op, 2, args);
}

static inline int xen_mc_call3(struct xen_mc_batch *mc, unsigned int op, unsigned long a1,
			       unsigned long a2, unsigned long a3)
{
	unsigned long args[] = { a1, a2, a3 };

	return xen_mc_add(mc, op, 3, args);
}

#endif /* _XEN_MULTICALL_H */
