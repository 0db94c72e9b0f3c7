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

	mov	r0, #0
	mcr	p15, 0, r0, c13, c0, 4	/* TPIDRPRW: this is CPU 0 (<asm/smp.h>) */

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
 * A secondary CPU, started by PSCI CPU_ON (kernel/smp.c) in SVC mode with
 * the MMU and caches off, r0 = the context argument, here the physical
 * address of its struct cpu_data, whose first two members are its initial
 * stack pointer and its CPU number.  The image is identity-mapped, so that
 * address is also the pointer C uses once the MMU is on.  The boot CPU
 * applied the relocations long ago, so a literal is a usable address.  A
 * T32 kernel is entered in T32 state: kernel/smp.c passes the entry
 * address with bit 0 set.
 */
	.text
#ifdef CONFIG_THUMB2_KERNEL
	.thumb
#endif
	.globl	secondary_entry
	.type	secondary_entry, %function
secondary_entry:
	ldr	sp, [r0]
	ldr	r1, [r0, #4]
	mcr	p15, 0, r1, c13, c0, 4	/* TPIDRPRW */
	ldr	r1, =vectors
	mcr	p15, 0, r1, c12, c0, 0	/* VBAR */
#ifdef CONFIG_THUMB2_KERNEL
	mrc	p15, 0, r1, c1, c0, 0
	orr	r1, r1, #(1 << 30)	/* SCTLR.TE, as on the boot CPU */
	mcr	p15, 0, r1, c1, c0, 0
#endif
	isb
	bl	secondary_start_kernel
5:	wfi
	b	5b
	.size	secondary_entry, . - secondary_entry
	.ltorg

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
