/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The register frame the exception entry (arch/arm64/kernel/entry.S)
 * builds on the stack.  The offsets are fixed by entry.S.
 */
#ifndef _ASM_PTRACE_H
#define _ASM_PTRACE_H

#define S_X0		0
#define S_LR		(30 * 8)
#define S_SP		(31 * 8)
#define S_PC		(32 * 8)
#define S_PSTATE	(33 * 8)
#define S_FRAME_SIZE	(34 * 8)	/* a multiple of 16, as SP must be */

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct pt_regs {
	unsigned long regs[31];	/* x0-x30, x30 being the LR */
	unsigned long sp;	/* SP at the moment of the exception */
	unsigned long pc;	/* ELR_EL1: where to return */
	unsigned long pstate;/* SPSR_EL1 */
};

#define instruction_pointer(r)	((r)->pc)

/* Set the value the interrupted code sees as a function's return value. */
static inline void regs_set_return_value(struct pt_regs *regs, unsigned long rc)
{
	regs->regs[0] = rc;
}
#endif

#endif /* _ASM_PTRACE_H */
