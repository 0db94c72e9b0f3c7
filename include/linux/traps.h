/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the architecture's exception entry calls.  Nothing else should.
 */
#ifndef _LINUX_TRAPS_H
#define _LINUX_TRAPS_H

#include <linux/compiler.h>

struct pt_regs;

/* An IRQ: hands over to the interrupt controller's handler (kernel/irq.c). */
void handle_arch_irq(struct pt_regs *regs);

/* Any other exception: a fixup, or a report and machine_crash(). */
void do_exception(struct pt_regs *regs, unsigned int vector);

/* Print the "Unhandled exception" report for @regs and stop the domain. */
void __noreturn die(struct pt_regs *regs, const char *what);

#endif /* _LINUX_TRAPS_H */
