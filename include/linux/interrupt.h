/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Interrupts for a single-CPU guest.  IRQ numbers are GIC INTIDs: SGIs
 * 0-15, PPIs 16-31 (a device tree "interrupts = <1 N flags>" is INTID
 * 16 + N), SPIs from 32.
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <linux/types.h>
#include <asm/irqflags.h>

typedef void (*irq_handler_t)(unsigned int irq, void *dev);

/**
 * request_irq() - call @handler, with interrupts masked, when @irq fires
 * @irq: GIC INTID
 * @handler: runs in interrupt context; the GIC driver acknowledges and
 *	ends the interrupt around it
 * @name: for diagnostics
 * @dev: passed back to @handler
 *
 * Also configures and enables @irq at the GIC.
 *
 * Return: 0, -EINVAL for an INTID the GIC does not have, -EBUSY when taken.
 */
int request_irq(unsigned int irq, irq_handler_t handler, const char *name, void *dev);
void free_irq(unsigned int irq);
void enable_irq(unsigned int irq);
void disable_irq(unsigned int irq);

/* Number of times @irq has been handled since boot (for tests). */
unsigned long irq_count(unsigned int irq);

#endif /* _LINUX_INTERRUPT_H */
