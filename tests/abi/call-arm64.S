/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long abi_call(void *fn, const unsigned long params[6], struct abi_regs *out)
 *
 * Calls fn(params[0..5]) in x0-x5 with a distinct sentinel in each
 * callee-saved register (x19-x29), then stores those registers and the
 * stack pointer before and after into *out.
 */
	.text
	.globl	abi_call
	.type	abi_call, %function
abi_call:
	stp	x29, x30, [sp, #-112]!
	stp	x19, x20, [sp, #16]
	stp	x21, x22, [sp, #32]
	stp	x23, x24, [sp, #48]
	stp	x25, x26, [sp, #64]
	stp	x27, x28, [sp, #80]
	str	x2, [sp, #96]

	mov	x9, sp
	str	x9, [x2, #88]		/* out->sp_before */
	mov	x9, x0
	mov	x10, x1
	adr	x11, abi_sentinels
	ldp	x19, x20, [x11, #0]
	ldp	x21, x22, [x11, #16]
	ldp	x23, x24, [x11, #32]
	ldp	x25, x26, [x11, #48]
	ldp	x27, x28, [x11, #64]
	ldr	x29, [x11, #80]
	ldp	x0, x1, [x10, #0]
	ldp	x2, x3, [x10, #16]
	ldp	x4, x5, [x10, #32]
	blr	x9

	ldr	x9, [sp, #96]
	stp	x19, x20, [x9, #0]
	stp	x21, x22, [x9, #16]
	stp	x23, x24, [x9, #32]
	stp	x25, x26, [x9, #48]
	stp	x27, x28, [x9, #64]
	str	x29, [x9, #80]
	mov	x10, sp
	str	x10, [x9, #96]		/* out->sp_after */

	ldp	x19, x20, [sp, #16]
	ldp	x21, x22, [sp, #32]
	ldp	x23, x24, [sp, #48]
	ldp	x25, x26, [sp, #64]
	ldp	x27, x28, [sp, #80]
	ldp	x29, x30, [sp], #112
	ret
	.size	abi_call, . - abi_call

	.section .rodata
	.balign	8
	.globl	abi_sentinels
abi_sentinels:
	.quad	0x5119191919191919, 0x5120202020202020, 0x5121212121212121
	.quad	0x5122222222222222, 0x5123232323232323, 0x5124242424242424
	.quad	0x5125252525252525, 0x5126262626262626, 0x5127272727272727
	.quad	0x5128282828282828, 0x5129292929292929
	.globl	abi_nr_callee_saved
abi_nr_callee_saved:
	.long	11

	.section .note.GNU-stack, "", %progbits
