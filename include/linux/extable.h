/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Exception fixups: an instruction that is allowed to fault names, in the
 * __ex_table section, where execution continues if it does.  The
 * synchronous exception handlers consult the table before declaring an
 * exception unhandled.
 */
#ifndef _LINUX_EXTABLE_H
#define _LINUX_EXTABLE_H

#include <linux/types.h>

struct pt_regs;

struct exception_table_entry {
	unsigned long insn;	/* address of the instruction that may fault */
	unsigned long fixup;	/* where to resume when it does */
};

/* If regs->pc is in the table, move it to the fixup and return true. */
bool fixup_exception(struct pt_regs *regs);

/**
 * probe_read32() - read a 32-bit word that may not be readable
 * @addr: the address, any alignment the MMU allows
 * @val: where the word goes
 *
 * One load instruction, so it also tells whether an unaligned or unmapped
 * access faults.
 *
 * Return: 0, or -EFAULT when the load took a synchronous exception.
 */
int probe_read32(const volatile void *addr, u32 *val);

#endif /* _LINUX_EXTABLE_H */
