// SPDX-License-Identifier: GPL-2.0
/*
 * Exceptions other than IRQs.  The kernel runs at EL1 on SP_EL1 and never
 * drops to EL0, so only "current EL with SPx" synchronous exceptions can
 * be expected, and only those at a fixup address are survivable.  All
 * others get a report that starts with "Unhandled exception", which the
 * test harness treats as a fault, and the domain is stopped as crashed.
 */
#include <linux/kernel.h>
#include <linux/extable.h>
#include <linux/reboot.h>
#include <linux/traps.h>
#include <asm/ptrace.h>
#include <asm/sysreg.h>

static const char *const vector_names[16] = {
	"synchronous, EL1t", "IRQ, EL1t", "FIQ, EL1t", "SError, EL1t",
	"synchronous, EL1h", "IRQ, EL1h", "FIQ, EL1h", "SError, EL1h",
	"synchronous, EL0 AArch64", "IRQ, EL0 AArch64", "FIQ, EL0 AArch64",
	"SError, EL0 AArch64", "synchronous, EL0 AArch32", "IRQ, EL0 AArch32",
	"FIQ, EL0 AArch32", "SError, EL0 AArch32",
};

static const char *esr_class_name(unsigned long esr)
{
	switch (ESR_ELx_EC(esr)) {
	case ESR_ELx_EC_UNKNOWN:	return "undefined instruction";
	case ESR_ELx_EC_FP_ASIMD:	return "FP/SIMD access trapped";
	case ESR_ELx_EC_ILL:		return "illegal execution state";
	case ESR_ELx_EC_SVC64:		return "SVC";
	case ESR_ELx_EC_HVC64:		return "HVC";
	case ESR_ELx_EC_SYS64:		return "system register access trapped";
	case ESR_ELx_EC_IABT_LOW:
	case ESR_ELx_EC_IABT_CUR:	return "instruction abort";
	case ESR_ELx_EC_PC_ALIGN:	return "PC alignment fault";
	case ESR_ELx_EC_DABT_LOW:
	case ESR_ELx_EC_DABT_CUR:	return "data abort";
	case ESR_ELx_EC_SP_ALIGN:	return "SP alignment fault";
	case ESR_ELx_EC_SERROR:		return "SError";
	case ESR_ELx_EC_BRK64:		return "BRK";
	default:			return "exception";
	}
}

static void show_regs(const struct pt_regs *regs)
{
	int i;

	printk("PC %016lx LR %016lx SP %016lx PSTATE %08lx\n",
	       regs->pc, regs->regs[30], regs->sp, regs->pstate);
	for (i = 0; i < 30; i += 3)
		printk("x%-2d %016lx x%-2d %016lx x%-2d %016lx\n", i, regs->regs[i],
		       i + 1, regs->regs[i + 1], i + 2, regs->regs[i + 2]);
}

void die(struct pt_regs *regs, const char *what)
{
	unsigned long esr = read_sysreg(esr_el1), far = read_sysreg(far_el1);

	printk("Unhandled exception: %s: %s (ESR_EL1 %#lx, EC %#lx) at PC %#lx\n",
	       what, esr_class_name(esr), esr, ESR_ELx_EC(esr), regs->pc);
	printk("ESR_EL1 %016lx FAR_EL1 %016lx\n", esr, far);
	show_regs(regs);
	machine_crash();
}

void do_exception(struct pt_regs *regs, unsigned int vector)
{
	u64 ec = ESR_ELx_EC(read_sysreg(esr_el1));

	/* Only data aborts at EL1 are expected, and only at a fixup address. */
	if (vector == 4 && ec == ESR_ELx_EC_DABT_CUR && fixup_exception(regs))
		return;
	die(regs, vector < 16 ? vector_names[vector] : "?");
}
