// SPDX-License-Identifier: GPL-2.0
/*
 * The exception fixup table: a handful of entries, searched linearly.
 */
#include <linux/extable.h>
#include <asm/ptrace.h>

extern const struct exception_table_entry __start___ex_table[];
extern const struct exception_table_entry __stop___ex_table[];

bool fixup_exception(struct pt_regs *regs)
{
	const struct exception_table_entry *e;
	/* Thumb code addresses may carry the interworking bit; compare without it. */
	unsigned long pc = regs->pc & ~1UL;

	for (e = __start___ex_table; e < __stop___ex_table; e++) {
		if ((e->insn & ~1UL) == pc) {
			regs->pc = e->fixup & ~1UL;
			return true;
		}
	}
	return false;
}
