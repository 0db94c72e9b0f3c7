/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long abi_call(void *fn, const unsigned long params[6], struct abi_regs *out)
 *
 * Calls fn(params[0..5]) by the AAPCS (r0-r3, then two stack words) with a
 * distinct sentinel in each callee-saved register r4-r11, then stores those
 * registers and the stack pointer before and after into *out.  Always A32;
 * blx switches to T32 when the stub is Thumb code.
 */
	.syntax	unified
	.arch	armv7-a
	.arm
	.text
	.globl	abi_call
	.type	abi_call, %function
abi_call:
	push	{r4-r11, lr}
	sub	sp, sp, #12		/* two stack params and *out; 8-byte aligned */
	str	r2, [sp, #8]
	ldr	r12, [r1, #16]
	str	r12, [sp]
	ldr	r12, [r1, #20]
	str	r12, [sp, #4]
	str	sp, [r2, #44]		/* out->sp_before */

	adr	r12, abi_sentinels
	ldm	r12, {r4-r11}
	mov	r12, r0
	ldr	r2, [r1, #8]
	ldr	r3, [r1, #12]
	ldr	r0, [r1, #0]
	ldr	r1, [r1, #4]
	blx	r12

	ldr	r12, [sp, #8]
	stm	r12, {r4-r11}
	str	sp, [r12, #48]		/* out->sp_after */
	add	sp, sp, #12
	pop	{r4-r11, pc}
	.size	abi_call, . - abi_call

	.balign	4
	.globl	abi_sentinels
abi_sentinels:
	.word	0x51040404, 0x51050505, 0x51060606, 0x51070707
	.word	0x51080808, 0x51090909, 0x51101010, 0x51111111
	.globl	abi_nr_callee_saved
abi_nr_callee_saved:
	.long	8

	.section .note.GNU-stack, "", %progbits
