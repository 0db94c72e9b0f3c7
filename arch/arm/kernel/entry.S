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

/*
 * Enter: \correction is what LR_<mode> is past the exception's own PC
 * (IRQ: the instruction to resume; aborts: the faulting one).
 */
	.macro	exception_entry, correction
	.if	\correction
	sub	lr, lr, #\correction
	.endif
	srsdb	sp!, #PSR_MODE_SVC
	exception_entry_svc
	.endm

/* The rest of the entry, once SRS has saved the return state. */
	.macro	exception_entry_svc
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

/*
 * The IRQ entry starts in the table itself: the IRQ slot and the FIQ slot
 * after it (Xen never gives a guest an FIQ, so that slot is free) hold the
 * first two instructions of exception_entry, and the branch follows the
 * table.  That puts the SRS, which saves SPSR_irq, in the same straight
 * line of code as the vector entry, with no branch before it.
 *
 * The reason is a defect of QEMU's TCG emulation of AArch32 EL1 under an
 * AArch64 EL2 (seen with QEMU 7.2, arm64 Xen): QEMU keeps the live SPSR of
 * the current AArch32 mode apart from its bank, and moves neither way on
 * exceptions to AArch64 EL2 and ERET back (aarch64_sync_32_to_64() and
 * aarch64_sync_64_to_32() copy r13/r14 only; exception_return's raw CPSR
 * write skips the mode switch that would do it).  Xen saves and restores
 * SPSR_irq, the bank, around every trap, so if the vCPU is interrupted
 * into Xen after taking an IRQ and before its SRS, and another AArch32
 * vCPU runs on that CPU meanwhile, the live SPSR it comes back to is the
 * other vCPU's (seen as 0: RFE then returns to an illegal mode).  QEMU
 * looks for pending interrupts between translation blocks, and a branch
 * ends a block: with no branch before the SRS, only an interrupt raised
 * while the block runs can still fall in between.  A vCPU alone on its
 * CPU is not affected.
 */
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
	W(sub)	lr, lr, #4		/* IRQ: resume at the interrupted instruction */
	srsdb	sp!, #PSR_MODE_SVC	/* (FIQ slot) save LR_irq and SPSR_irq */
	W(b)	vector_irq

	vector_stub vector_reset, VEC_RESET, 0
	vector_stub vector_undef, VEC_UNDEF, 4
	vector_stub vector_svc, VEC_SVC, 4
	vector_stub vector_pabt, VEC_PABT, 4
	vector_stub vector_dabt, VEC_DABT, 8
	vector_stub vector_hyp, VEC_HYP, 0

	/* Entered from the table, with LR corrected and SRS done there. */
	.type	vector_irq, %function
vector_irq:
	exception_entry_svc
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
