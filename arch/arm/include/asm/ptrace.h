/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The register frame the exception entry (arch/arm/kernel/entry.S) builds
 * on the SVC stack: r0-r12 and the SVC-mode LR pushed below the return
 * address and SPSR that SRS stored.  The offsets are fixed by entry.S.
 */
#ifndef _ASM_PTRACE_H
#define _ASM_PTRACE_H

#define S_R0		0
#define S_LR		(13 * 4)
#define S_PC		(14 * 4)
#define S_PSR		(15 * 4)
#define S_FRAME_SIZE	(16 * 4)

#define PSR_MODE_MASK	0x1f
#define PSR_MODE_SVC	0x13
#define PSR_T_BIT	(1U << 5)

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct pt_regs {
	u32 regs[13];	/* r0-r12 */
	u32 lr;		/* the SVC-mode r14 of the interrupted code */
	u32 pc;		/* where the exception happened / returns to */
	u32 cpsr;	/* SPSR of the exception mode */
};

#define instruction_pointer(r)	((r)->pc)

/* Set the value the interrupted code sees as a function's return value. */
static inline void regs_set_return_value(struct pt_regs *regs, unsigned long rc)
{
	regs->regs[0] = rc;
}
#endif

#endif /* _ASM_PTRACE_H */
