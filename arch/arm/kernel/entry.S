/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The exception vectors (VBAR).  The kernel runs in SVC mode, so every
 * entry moves to the SVC stack: SRS stores the return address and SPSR
 * there, CPS switches to SVC, and r0-r12 plus the SVC LR go below them,
 * giving struct pt_regs (asm/ptrace.h).  No other mode needs a stack.
 * IRQs go to handle_arch_irq(), everything else to
 * do_exception(regs, vector), which applies a fixup or stops the domain.
 * RFE returns, so a fixup only has to change the saved PC.
 *
 * With CONFIG_THUMB2_KERNEL, SCTLR.TE makes exceptions enter in T32, so
 * the table and the handlers are T32 code like the rest of the kernel.
 */
#include <asm/ptrace.h>

	.syntax	unified
	.arch	armv7ve
#ifdef CONFIG_THUMB2_KERNEL
	.thumb
#define W(instr)	instr.w
#else
	.arm
#define W(instr)	instr
#endif

#define VEC_RESET	0
#define VEC_UNDEF	1
#define VEC_SVC		2
#define VEC_PABT	3
#define VEC_DABT	4
#define VEC_HYP		5
#define VEC_IRQ		6
#define VEC_FIQ		7

/*
 * Enter: \correction is what LR_<mode> is past the exception's own PC
 * (IRQ: the instruction to resume; aborts: the faulting one).
 */
	.macro	exception_entry, correction
	.if	\correction
	sub	lr, lr, #\correction
	.endif
	srsdb	sp!, #PSR_MODE_SVC
	cps	#PSR_MODE_SVC
	push	{r0-r12, lr}
	mov	r0, sp
	mov	r4, sp			/* callee-saved: survives the C call */
	bic	r5, r4, #7		/* AAPCS: 8-byte aligned stack at calls */
	mov	sp, r5
	.endm

	.macro	exception_exit
	mov	sp, r4
	pop	{r0-r12, lr}
	rfeia	sp!
	.endm

	.macro	vector_stub, name, vector, correction
	.type	\name, %function
\name:
	exception_entry \correction
	mov	r1, #\vector
	bl	do_exception
	exception_exit
	.size	\name, . - \name
	.endm

	.text
	.balign	32
	.globl	vectors
vectors:
	W(b)	vector_reset
	W(b)	vector_undef
	W(b)	vector_svc
	W(b)	vector_pabt
	W(b)	vector_dabt
	W(b)	vector_hyp
	W(b)	vector_irq
	W(b)	vector_fiq

	vector_stub vector_reset, VEC_RESET, 0
	vector_stub vector_undef, VEC_UNDEF, 4
	vector_stub vector_svc, VEC_SVC, 4
	vector_stub vector_pabt, VEC_PABT, 4
	vector_stub vector_dabt, VEC_DABT, 8
	vector_stub vector_hyp, VEC_HYP, 0
	vector_stub vector_fiq, VEC_FIQ, 4

	.type	vector_irq, %function
vector_irq:
	exception_entry 4
	bl	handle_arch_irq
	exception_exit
	.size	vector_irq, . - vector_irq

/*
 * int probe_read32(const volatile void *addr, u32 *val): one load that is
 * allowed to fault (see <linux/extable.h>).
 */
	.globl	probe_read32
	.type	probe_read32, %function
probe_read32:
1:	ldr	r2, [r0]
	str	r2, [r1]
	mov	r0, #0
	bx	lr
2:	mvn	r0, #13			/* -EFAULT */
	bx	lr
	.size	probe_read32, . - probe_read32

	.pushsection __ex_table, "a"
	.balign	4
	.word	1b, 2b
	.popsection
