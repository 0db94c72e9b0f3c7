/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Masking IRQs at the CPU (CPSR.I).  FIQs are not used.
 */
#ifndef _ASM_IRQFLAGS_H
#define _ASM_IRQFLAGS_H

#define ARCH_IRQ_DISABLED	(1UL << 7)	/* CPSR.I */

static inline void local_irq_enable(void)
{
	__asm__ __volatile__("cpsie i" : : : "memory");
}

static inline void local_irq_disable(void)
{
	__asm__ __volatile__("cpsid i" : : : "memory");
}

static inline unsigned long arch_local_save_flags(void)
{
	unsigned long flags;

	__asm__ __volatile__("mrs %0, cpsr" : "=r"(flags) : : "memory");
	return flags;
}

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long flags = arch_local_save_flags();

	local_irq_disable();
	return flags;
}

/* Only the control field: the flags of the caller's context stay its own. */
static inline void local_irq_restore(unsigned long flags)
{
	__asm__ __volatile__("msr cpsr_c, %0" : : "r"(flags) : "memory", "cc");
}

#define local_irq_save(flags)	((flags) = arch_local_irq_save())

static inline int irqs_disabled(void)
{
	return !!(arch_local_save_flags() & ARCH_IRQ_DISABLED);
}

#endif /* _ASM_IRQFLAGS_H */
