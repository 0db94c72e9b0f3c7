/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The A64 hypercall stubs: the only code in an arm64 armxen build that
 * executes HVC.
 *
 * Xen's ARM64 hypercall ABI:
 *
 *	hvc	#0xEA1		(XEN_HYPERCALL_TAG; the immediate tells Xen
 *				 the trap is a hypercall, not PSCI or SMCCC)
 *	x16			hypercall number
 *	x0 - x4			arguments 1 - 5
 *	x0			return value
 *
 * Xen may clobber x16 and every argument register the call uses (a debug
 * hypervisor does it on purpose), and nothing else.  x16 is IP0 in the
 * procedure call standard, a scratch register across calls, and the
 * argument registers are caller-saved, so each stub is just "load the
 * number, trap, return": it needs no frame and saves nothing.
 */
#include <xen/interface/xen.h>
#include <asm/xen/hypercall-uaccess.h>

	.text
	.balign	8

	.macro	hypercall_stub name, nr
	.globl	HYPERVISOR_\name
	.type	HYPERVISOR_\name, %function
HYPERVISOR_\name:
	mov	x16, #\nr
	hvc	#XEN_HYPERCALL_TAG
	ret
	.size	HYPERVISOR_\name, . - HYPERVISOR_\name
	.endm

/* The inline build makes these calls in C; only privcmd_call stays here. */
#ifndef CONFIG_XEN_HYPERCALL_INLINE
#define XEN_HYPERCALL(name, nargs, ...)	hypercall_stub name, __HYPERVISOR_##name;
#include <xen/hypercall-table.h>
#undef XEN_HYPERCALL
#endif

/*
 * long privcmd_call(call, a1, a2, a3, a4, a5): shift everything down one
 * register so a1..a5 land in x0..x4 and the number in x16.  The arguments
 * can point into a user process's memory when called from the privcmd
 * ioctl, so user access is opened for exactly the duration of the trap.
 */
	.globl	privcmd_call
	.type	privcmd_call, %function
privcmd_call:
	mov	x16, x0
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	mov	x3, x4
	mov	x4, x5
	privcmd_uaccess_enable x6, x7, x8	// x5-x15 and x17 are free scratch
	hvc	#XEN_HYPERCALL_TAG
	privcmd_uaccess_disable x6, x7
	ret
	.size	privcmd_call, . - privcmd_call
