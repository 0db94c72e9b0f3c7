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

#define XEN_HYPERCALL(name, nargs, ...)	long HYPERVISOR_##name(__VA_ARGS__);
#include <xen/hypercall-table.h>
#undef XEN_HYPERCALL

/**
 * privcmd_call() - issue any hypercall by number
 * @call: the hypercall number (__HYPERVISOR_*)
 * @a1: first argument, passed in x0/r0
 * @a2: second argument, x1/r1
 * @a3: third argument, x2/r2
 * @a4: fourth argument, x3/r3
 * @a5: fifth argument, x4/r4
 *
 * For callers that do not know the call at compile time (the privcmd
 * ioctl).  In the Linux module build the stub also opens user-space access
 * around the trap, because the arguments may point into user memory.
 *
 * Return: what Xen returned in x0/r0.
 */
long privcmd_call(unsigned int call, unsigned long a1, unsigned long a2, unsigned long a3,
		  unsigned long a4, unsigned long a5);

#endif /* _XEN_ARM_HYPERCALL_H */
