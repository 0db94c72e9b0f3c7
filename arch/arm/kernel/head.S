/* SPDX-License-Identifier: GPL-2.0 */
/*
 * AArch32 entry.  Xen loads a zImage and enters its first byte in ARM
 * state with the MMU and caches off, r0 = 0, r1 = ~0 (no machine type),
 * r2 = the device tree's physical address.  With CONFIG_THUMB2_KERNEL the
 * header is still A32 and switches to T32 before anything else runs.
 */
	.syntax	unified
	.arch	armv7ve

	.section ".head.text", "ax"
	.arm
	.globl	_image_header
_image_header:
	.rept	8
	mov	r0, r0
	.endr
	b	1f			/* 0x20 */
	.word	0x016f2818		/* 0x24: zImage magic */
	.word	0			/* 0x28: start, 0 = position independent */
	.word	_kernel_size		/* 0x2c: end: the image is linked at 0 */
1:
#ifdef CONFIG_THUMB2_KERNEL
	adr	r12, 2f
	orr	r12, r12, #1
	bx	r12
	.thumb
#endif
2:
	mov	r8, r2

	adr	r3, 3f
	ldr	r4, [r3]		/* each word: a symbol's distance from 3f */
	ldr	r5, [r3, #4]
	ldr	r6, [r3, #8]
	add	r4, r4, r3
	add	r5, r5, r3
	add	r6, r6, r3
	mov	sp, r6

	adr	r0, _image_header
	mov	r1, r4
	mov	r2, r5
	bl	apply_relocations

	/* Exceptions report from here on (arch/arm/kernel/entry.S). */
	adr	r3, 3f
	ldr	r0, [r3, #12]
	add	r0, r0, r3
	mcr	p15, 0, r0, c12, c0, 0	/* VBAR */
#ifdef CONFIG_THUMB2_KERNEL
	mrc	p15, 0, r0, c1, c0, 0
	orr	r0, r0, #(1 << 30)	/* SCTLR.TE: exceptions enter in T32 */
	mcr	p15, 0, r0, c1, c0, 0
#endif
	isb

	mov	r0, r8
	bl	start_kernel
4:	wfi
	b	4b

	.balign	4
3:	.word	__rel_start - 3b
	.word	__rel_end - 3b
	.word	init_stack_end - 3b
	.word	vectors - 3b

/*
 * apply_relocations(base, rel, rel_end): for each Elf32_Rel
 * { r_offset, r_info } of type R_ARM_RELATIVE (23), add base to the word
 * at base + r_offset.
 */
	.type	apply_relocations, %function
apply_relocations:
1:	cmp	r1, r2
	bhs	2f
	ldr	r3, [r1], #4
	ldr	r12, [r1], #4
	and	r12, r12, #0xff
	cmp	r12, #23
	bne	1b
	ldr	r12, [r0, r3]
	add	r12, r12, r0
	str	r12, [r0, r3]
	b	1b
2:	bx	lr
	.size	apply_relocations, . - apply_relocations

	.bss
	.balign	16
init_stack:
	.space	16384
init_stack_end:
