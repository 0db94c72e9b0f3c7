/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The EL1 exception vectors.  Every entry saves the full register frame
 * (struct pt_regs, asm/ptrace.h) on the current stack and calls C:
 * IRQs taken from EL1 go to handle_arch_irq(), everything else to
 * do_exception(regs, vector index), which either applies an exception
 * fixup and returns, or reports and stops the domain.
 */
#include <asm/ptrace.h>

/* Vector index: (source group << 2) | kind, as in VBAR_EL1 layout order. */
#define VEC_EL1H_IRQ	5

	.macro	vector_entry, index
	.balign	0x80
	sub	sp, sp, #S_FRAME_SIZE
	stp	x0, x1, [sp, #S_X0]
	mov	x1, #\index
	b	exception_common
	.endm

	.text
	.balign	0x800
	.globl	vectors
vectors:
	.irp	i, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	vector_entry \i
	.endr

exception_common:
	stp	x2, x3, [sp, #16 * 1]
	stp	x4, x5, [sp, #16 * 2]
	stp	x6, x7, [sp, #16 * 3]
	stp	x8, x9, [sp, #16 * 4]
	stp	x10, x11, [sp, #16 * 5]
	stp	x12, x13, [sp, #16 * 6]
	stp	x14, x15, [sp, #16 * 7]
	stp	x16, x17, [sp, #16 * 8]
	stp	x18, x19, [sp, #16 * 9]
	stp	x20, x21, [sp, #16 * 10]
	stp	x22, x23, [sp, #16 * 11]
	stp	x24, x25, [sp, #16 * 12]
	stp	x26, x27, [sp, #16 * 13]
	stp	x28, x29, [sp, #16 * 14]
	add	x2, sp, #S_FRAME_SIZE
	stp	x30, x2, [sp, #S_LR]
	mrs	x2, elr_el1
	mrs	x3, spsr_el1
	stp	x2, x3, [sp, #S_PC]

	mov	x0, sp
	cmp	x1, #VEC_EL1H_IRQ
	b.ne	1f
	bl	handle_arch_irq
	b	2f
1:	bl	do_exception

	/* A fixup may have changed the PC; nothing else in the frame is reloaded from C. */
2:	ldp	x2, x3, [sp, #S_PC]
	msr	elr_el1, x2
	msr	spsr_el1, x3
	ldr	x30, [sp, #S_LR]
	ldp	x28, x29, [sp, #16 * 14]
	ldp	x26, x27, [sp, #16 * 13]
	ldp	x24, x25, [sp, #16 * 12]
	ldp	x22, x23, [sp, #16 * 11]
	ldp	x20, x21, [sp, #16 * 10]
	ldp	x18, x19, [sp, #16 * 9]
	ldp	x16, x17, [sp, #16 * 8]
	ldp	x14, x15, [sp, #16 * 7]
	ldp	x12, x13, [sp, #16 * 6]
	ldp	x10, x11, [sp, #16 * 5]
	ldp	x8, x9, [sp, #16 * 4]
	ldp	x6, x7, [sp, #16 * 3]
	ldp	x4, x5, [sp, #16 * 2]
	ldp	x2, x3, [sp, #16 * 1]
	ldp	x0, x1, [sp, #S_X0]
	add	sp, sp, #S_FRAME_SIZE
	eret

/*
 * int probe_read32(const volatile void *addr, u32 *val): one load that is
 * allowed to fault (see <linux/extable.h>).
 */
	.globl	probe_read32
	.type	probe_read32, %function
probe_read32:
1:	ldr	w2, [x0]
	str	w2, [x1]
	mov	w0, #0
	ret
2:	mov	w0, #-14		/* -EFAULT */
	ret
	.size	probe_read32, . - probe_read32

	.pushsection __ex_table, "a"
	.balign	8
	.quad	1b, 2b
	.popsection
