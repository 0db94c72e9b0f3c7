/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The generic timer's virtual timer as a one-shot event source.  The
 * counter itself is in <asm/arch_timer.h> and <linux/delay.h>.
 */
#ifndef _CLOCKSOURCE_ARM_ARCH_TIMER_H
#define _CLOCKSOURCE_ARM_ARCH_TIMER_H

#include <linux/types.h>

/**
 * arch_timer_init() - find the timer in the device tree, request its IRQ
 *
 * The virtual timer's PPI is the third entry of the /timer node's
 * "interrupts" (secure physical, non-secure physical, virtual, hyp).
 *
 * Return: 0, or a negative errno.
 */
int arch_timer_init(void);

/**
 * arch_timer_set_next_event() - fire the virtual timer once, @ticks from now
 * @ticks: counter ticks (arch_timer_get_rate() per second)
 *
 * The IRQ arrives when IRQs are unmasked at the CPU; the handler masks the
 * timer again and calls the event handler, if one is set.
 *
 * Return: 0, or -ENODEV before arch_timer_init().
 */
int arch_timer_set_next_event(u64 ticks);

/* Stop a pending event. */
void arch_timer_cancel(void);

/* Called in interrupt context each time the timer fires (NULL: none). */
void arch_timer_set_event_handler(void (*handler)(void));

/* The virtual timer's INTID, 0 before arch_timer_init(). */
unsigned int arch_timer_irq(void);

#endif /* _CLOCKSOURCE_ARM_ARCH_TIMER_H */
