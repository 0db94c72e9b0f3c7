// SPDX-License-Identifier: GPL-2.0
/*
 * Exceptions other than IRQs.  Only a data abort at a fixup address is
 * survivable; everything else gets a report that starts with "Unhandled
 * exception", which the test harness treats as a fault, and the domain is
 * stopped as crashed.
 */
#include <linux/kernel.h>
#include <linux/extable.h>
#include <linux/reboot.h>
#include <linux/traps.h>
#include <asm/cp15.h>
#include <asm/ptrace.h>

static const char *const vector_names[8] = {
	"reset", "undefined instruction", "supervisor call", "prefetch abort",
	"data abort", "hypervisor trap", "IRQ", "FIQ",
};

static void show_regs(const struct pt_regs *regs)
{
	u32 sp = (u32)(unsigned long)(regs + 1);
	int i;

	printk("PC %08x LR %08x SP %08x CPSR %08x (%s)\n", regs->pc, regs->lr, sp,
	       regs->cpsr, regs->cpsr & PSR_T_BIT ? "T32" : "A32");
	for (i = 0; i < 12; i += 4)
		printk("r%-2d %08x r%-2d %08x r%-2d %08x r%-2d %08x\n", i, regs->regs[i],
		       i + 1, regs->regs[i + 1], i + 2, regs->regs[i + 2], i + 3, regs->regs[i + 3]);
	printk("r12 %08x\n", regs->regs[12]);
}

void die(struct pt_regs *regs, const char *what)
{
	printk("Unhandled exception: %s at PC %#x\n", what, regs->pc);
	printk("DFSR %08x DFAR %08x IFSR %08x IFAR %08x\n", read_dfsr(), read_dfar(),
	       read_ifsr(), read_ifar());
	show_regs(regs);
	machine_crash();
}

void do_exception(struct pt_regs *regs, unsigned int vector)
{
	if (vector == 4 && fixup_exception(regs))
		return;
	/* An undefined T32 instruction may be 16 bits: LR was 2 past it, not 4. */
	if (vector == 1 && (regs->cpsr & PSR_T_BIT))
		regs->pc += 2;
	die(regs, vector < 8 ? vector_names[vector] : "?");
}
