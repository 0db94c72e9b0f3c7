/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The A32/T32 hypercall stubs: the only code in an arm armxen build that
 * executes HVC.  They assemble as A32, or as T32 with CONFIG_THUMB2_KERNEL
 * (-mthumb); the assembler picks the HVC encoding for the instruction set.
 *
 * Xen's ARM32 hypercall ABI:
 *
 *	hvc	#0xEA1		(XEN_HYPERCALL_TAG)
 *	r12			hypercall number
 *	r0 - r4			arguments 1 - 5
 *	r0			return value
 *
 * Xen may clobber r12 and every argument register the call uses.  r0-r3
 * and r12 are caller-saved in the AAPCS, but r4 is callee-saved and the
 * fifth argument arrives on the stack: a five-argument stub saves r4,
 * loads the argument into it, and restores it after the trap.
 */
#include <xen/interface/xen.h>
#include <asm/xen/hypercall-uaccess.h>

	.syntax	unified
	.arch	armv7ve
	.text
	.balign	4

	.macro	hypercall_stub name, nr, nargs
	.globl	HYPERVISOR_\name
	.type	HYPERVISOR_\name, %function
HYPERVISOR_\name:
	.if	\nargs == 5
	push	{r4}
	ldr	r4, [sp, #4]		@ the fifth argument, above the saved r4
	.endif
	mov	r12, #\nr
	hvc	#XEN_HYPERCALL_TAG
	.if	\nargs == 5
	pop	{r4}
	.endif
	bx	lr
	.size	HYPERVISOR_\name, . - HYPERVISOR_\name
	.endm

/* The inline build makes these calls in C; only privcmd_call stays here. */
#ifndef CONFIG_XEN_HYPERCALL_INLINE
#define XEN_HYPERCALL(name, nargs, ...)	hypercall_stub name, __HYPERVISOR_##name, nargs;
#include <xen/hypercall-table.h>
#undef XEN_HYPERCALL
#endif

/*
 * long privcmd_call(call, a1, a2, a3, a4, a5): call and a1..a3 arrive in
 * r0-r3, a4 and a5 on the stack.  Shift them down one register, with a5
 * in the saved r4.  User access opens before the arguments move (r12 is
 * the only free register then) and closes right after the trap.
 */
	.globl	privcmd_call
	.type	privcmd_call, %function
privcmd_call:
	push	{r4}
	privcmd_uaccess_enable r12	@ scratch until it takes the number
	mov	r12, r0
	mov	r0, r1
	mov	r1, r2
	mov	r2, r3
	ldr	r3, [sp, #4]		@ a4
	ldr	r4, [sp, #8]		@ a5
	hvc	#XEN_HYPERCALL_TAG
	privcmd_uaccess_disable r1	@ Xen may clobber it anyway
	pop	{r4}
	bx	lr
	.size	privcmd_call, . - privcmd_call
