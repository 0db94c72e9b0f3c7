/* SPDX-License-Identifier: GPL-2.0 */
/*
 * HYPERVISOR_* calls for ARM and ARM64 guests.
 *
 * Each is an out-of-line assembly stub (arch/$(SRCARCH)/xen/hypercall.S)
 * so that the HVC instruction, its immediate and the register convention
 * live in exactly one place per instruction set.  The prototypes come from
 * the same table as the stubs, <xen/hypercall-table.h>.
 *
 * Every call returns what Xen left in x0/r0: zero or a positive value on
 * success, a negative Xen errno on failure.
 */
#ifndef _XEN_ARM_HYPERCALL_H
#define _XEN_ARM_HYPERCALL_H

#include <xen/interface/xen.h>

struct xen_platform_op;
struct xen_sysctl;
struct xen_domctl;

/*
 * __XEN_MAP(n, m, t1, a1, ..., tn, an) is m(1, t1, a1), ..., m(n, tn, an):
 * one item per (type, name) pair of a table line, comma-separated.  Each
 * __XEN_MAPn takes exactly n pairs, so the preprocessor rejects a line
 * whose arity and parameters disagree.
 */
#define __XEN_MAP1(m, t1, a1)	m(1, t1, a1)
#define __XEN_MAP2(m, t1, a1, t2, a2)	__XEN_MAP1(m, t1, a1), m(2, t2, a2)
#define __XEN_MAP3(m, t1, a1, t2, a2, t3, a3)	\
	__XEN_MAP2(m, t1, a1, t2, a2), m(3, t3, a3)
#define __XEN_MAP4(m, t1, a1, t2, a2, t3, a3, t4, a4)	\
	__XEN_MAP3(m, t1, a1, t2, a2, t3, a3), m(4, t4, a4)
#define __XEN_MAP5(m, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5)	\
	__XEN_MAP4(m, t1, a1, t2, a2, t3, a3, t4, a4), m(5, t5, a5)
#define __XEN_MAP(n, m, ...)	__XEN_MAP##n(m, __VA_ARGS__)

/* A parameter declaration, "type name". */
#define __XEN_PARAM(n, t, a)	t a

#define XEN_HYPERCALL(name, nargs, ...)	\
	long HYPERVISOR_##name(__XEN_MAP(nargs, __XEN_PARAM, __VA_ARGS__));
#include <xen/hypercall-table.h>
#undef XEN_HYPERCALL

/**
 * privcmd_call() - issue any hypercall by number
 * @call: the hypercall number (__HYPERVISOR_*), passed in x16/r12
 * @a1: first argument, passed in x0/r0
 * @a2: second argument, x1/r1
 * @a3: third argument, x2/r2
 * @a4: fourth argument, x3/r3
 * @a5: fifth argument, x4/r4
 *
 * For callers that do not know the call at compile time (the privcmd
 * ioctl).  In the Linux module build the stub also opens user-space access
 * around the trap, because the arguments may point into user memory.
 * @call is a whole register because Xen reads all of x16, and the A64 stub
 * moves x0 there as it is: a 32-bit type would leave the upper half to
 * whatever the caller had in it.
 *
 * Return: what Xen returned in x0/r0.
 */
long privcmd_call(unsigned long call, unsigned long a1, unsigned long a2, unsigned long a3,
		  unsigned long a4, unsigned long a5);

#endif /* _XEN_ARM_HYPERCALL_H */
