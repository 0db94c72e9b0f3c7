/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Masking IRQs at the CPU (PSTATE.I).  Only I is touched: FIQs are not
 * used, and SError/debug stay as the exception entry left them.
 */
#ifndef _ASM_IRQFLAGS_H
#define _ASM_IRQFLAGS_H

#define ARCH_IRQ_DISABLED	(1UL << 7)	/* DAIF.I as read from DAIF */

static inline void local_irq_enable(void)
{
	__asm__ __volatile__("msr daifclr, #2" : : : "memory");
}

static inline void local_irq_disable(void)
{
	__asm__ __volatile__("msr daifset, #2" : : : "memory");
}

static inline unsigned long arch_local_save_flags(void)
{
	unsigned long flags;

	__asm__ __volatile__("mrs %0, daif" : "=r"(flags) : : "memory");
	return flags;
}

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long flags = arch_local_save_flags();

	local_irq_disable();
	return flags;
}

static inline void local_irq_restore(unsigned long flags)
{
	__asm__ __volatile__("msr daif, %0" : : "r"(flags) : "memory");
}

#define local_irq_save(flags)	((flags) = arch_local_irq_save())

static inline int irqs_disabled(void)
{
	return !!(arch_local_save_flags() & ARCH_IRQ_DISABLED);
}

#endif /* _ASM_IRQFLAGS_H */
