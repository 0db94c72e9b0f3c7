/* SPDX-License-Identifier: GPL-2.0 */
/*
 * AArch64 entry.  Xen loads the Image at a 2 MiB-aligned address of its
 * choosing and enters at its first byte with the MMU and caches off,
 * x0 = the device tree's physical address, x1-x3 = 0.
 */

/* What every CPU sets before it runs C code. */
	.macro	cpu_setup, tmp
	/*
	 * FP/SIMD on at EL1: Debian's libfdt.a is ordinary AArch64 code that
	 * uses SIMD registers; the kernel's own code never does, so there is
	 * no FP state to save around exceptions.
	 */
	mov	\tmp, #(3 << 20)
	msr	cpacr_el1, \tmp

	/* Exceptions report from here on (arch/arm64/kernel/entry.S). */
	adrp	\tmp, vectors
	add	\tmp, \tmp, :lo12:vectors
	msr	vbar_el1, \tmp
	isb
	.endm

	.section ".head.text", "ax"
	.globl	_image_header
_image_header:
	/* The arm64 Image header Xen reads (Linux's booting.rst format). */
	b	primary_entry		/* code0 */
	.long	0			/* code1 */
	.quad	0			/* text_offset: start of the 2 MiB region */
	.quad	_kernel_size		/* image_size: everything the image occupies */
	.quad	(1 << 1) | (1 << 3)	/* flags: LE, 4 KiB pages, anywhere in RAM */
	.quad	0, 0, 0			/* res2 - res4 */
	.ascii	"ARM\x64"		/* magic */
	.long	0			/* res5: no PE/COFF header */

primary_entry:
	mov	x19, x0

	adrp	x0, init_stack_end
	add	x0, x0, :lo12:init_stack_end
	mov	sp, x0

	/* Linked at 0, so where _image_header is now is the relocation offset. */
	adr	x0, _image_header
	adrp	x1, __rela_start
	add	x1, x1, :lo12:__rela_start
	adrp	x2, __rela_end
	add	x2, x2, :lo12:__rela_end
	bl	apply_relocations

	cpu_setup x0
	msr	tpidr_el1, xzr		/* this is CPU 0 (<asm/smp.h>) */

	mov	x0, x19
	bl	start_kernel
1:	wfi
	b	1b

/*
 * A secondary CPU, started by PSCI CPU_ON (kernel/smp.c): MMU and caches
 * off, x0 = the context argument, here the physical address of its
 * struct cpu_data, whose first two members are its initial stack pointer
 * and its CPU number.  The image is identity-mapped, so that address is
 * also the pointer C uses once the MMU is on.
 */
	.text
	.globl	secondary_entry
	.type	secondary_entry, %function
secondary_entry:
	ldp	x1, x2, [x0]
	mov	sp, x1
	msr	tpidr_el1, x2
	cpu_setup x1
	bl	secondary_start_kernel
1:	wfi
	b	1b
	.size	secondary_entry, . - secondary_entry

/*
 * apply_relocations(base, rela, rela_end): for each Elf64_Rela
 * { r_offset, r_info, r_addend } of type R_AARCH64_RELATIVE (1027),
 * store base + r_addend at base + r_offset.  A -pie link of freestanding
 * code makes no other kind.
 */
apply_relocations:
1:	cmp	x1, x2
	b.hs	2f
	ldp	x3, x4, [x1], #16
	ldr	x5, [x1], #8
	cmp	w4, #1027
	b.ne	1b
	add	x5, x5, x0
	str	x5, [x0, x3]
	b	1b
2:	ret

	.bss
	.balign	16
init_stack:
	.space	16384
init_stack_end:
