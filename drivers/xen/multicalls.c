// SPDX-License-Identifier: GPL-2.0
/*
 * Multicall batches.  Arguments are stored zero-extended from unsigned
 * long: Xen crashes a 32-bit domain whose multicall arguments have any of
 * their upper 32 bits set, so a sign-extended negative int must never
 * reach an entry.
 */
#define pr_fmt(fmt) "xen:multicall: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <xen/multicall.h>
#include <asm/xen/hypercall.h>

#define MC_MAX_ARGS	ARRAY_SIZE(((struct multicall_entry *)0)->args)

/**
 * xen_mc_init() - start an empty batch
 * @mc: the batch
 * @entries: storage for up to @max calls
 * @max: size of @entries
 */
void xen_mc_init(struct xen_mc_batch *mc, struct multicall_entry *entries, unsigned int max)
{
	mc->entries = entries;
	mc->max = max;
	mc->nr = 0;
}

/**
 * xen_mc_add() - queue hypercall @op
 * @mc: the batch
 * @op: __HYPERVISOR_* number
 * @nargs: number of arguments, at most 6
 * @args: the arguments
 *
 * Return: the entry's index, -ENOSPC when the batch is full, -EINVAL for
 * too many arguments.
 */
int xen_mc_add(struct xen_mc_batch *mc, unsigned int op, unsigned int nargs,
	       const unsigned long *args)
{
	struct multicall_entry *e;
	unsigned int i;

	if (nargs > MC_MAX_ARGS)
		return -EINVAL;
	if (mc->nr >= mc->max)
		return -ENOSPC;
	e = &mc->entries[mc->nr];
	memset(e, 0, sizeof(*e));
	e->op = op;
	for (i = 0; i < nargs; i++)
		e->args[i] = args[i];
	return (int)mc->nr++;
}

/**
 * xen_mc_flush() - issue the queued calls as one multicall
 * @mc: the batch; emptied afterwards, results stay readable with
 *	xen_mc_result() until the next xen_mc_add()
 *
 * Only the entries' results mean anything afterwards: Xen may overwrite
 * the rest of each entry (a debug build does), so a batch is queued
 * afresh each time, never re-issued.
 *
 * Return: the number of entries whose result is negative, or the
 * multicall's own negative errno (then no result can be trusted).
 */
int xen_mc_flush(struct xen_mc_batch *mc)
{
	unsigned int i, nr = mc->nr;
	int failed = 0;
	long rc;

	mc->nr = 0;
	if (!nr)
		return 0;
	rc = HYPERVISOR_multicall(mc->entries, nr);
	if (rc < 0) {
		pr_err("multicall of %u entries failed: %ld\n", nr, rc);
		return (int)rc;
	}
	for (i = 0; i < nr; i++)
		failed += xen_mc_result(mc, i) < 0;
	return failed;
}

/**
 * xen_mc_result() - what call @i of the last flushed batch returned
 * @mc: the batch
 * @i: index returned by xen_mc_add()
 *
 * Return: the call's return value, as a single call would have returned it.
 */
long xen_mc_result(const struct xen_mc_batch *mc, unsigned int i)
{
	return (long)mc->entries[i].result;
}
