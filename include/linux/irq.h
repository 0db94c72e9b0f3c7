/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The interrupt controller's side of the IRQ layer (drivers use
 * <linux/interrupt.h>).  One controller, registered once at init_IRQ().
 */
#ifndef _LINUX_IRQ_H
#define _LINUX_IRQ_H

#include <linux/types.h>

struct pt_regs;

/**
 * struct irq_chip - what the IRQ layer needs from the interrupt controller
 * @name: for messages
 * @irq_enable: unmask (and route to this CPU) one interrupt
 * @irq_disable: mask one interrupt
 * @send_sgi_self: raise software-generated interrupt @sgi (0-15) on this CPU
 */
struct irq_chip {
	const char *name;
	void (*irq_enable)(unsigned int irq);
	void (*irq_disable)(unsigned int irq);
	void (*send_sgi_self)(unsigned int sgi);
};

/**
 * irq_set_chip() - install the interrupt controller
 * @chip: its operations
 * @nr_irqs: INTIDs 0 .. @nr_irqs - 1 exist
 * @handle_irq: called from the IRQ vector; acknowledges each pending
 *	interrupt, calls generic_handle_irq() for it and ends it
 *
 * Return: 0, or -ENOMEM.
 */
int irq_set_chip(const struct irq_chip *chip, unsigned int nr_irqs,
		 void (*handle_irq)(struct pt_regs *regs));

/* Run the handler requested for @irq, from the controller's handle_irq. */
void generic_handle_irq(unsigned int irq);

/* Called by init_IRQ(): probe the controller the device tree names. */
int irqchip_init(void);

/**
 * irq_send_sgi_self() - raise a software-generated interrupt on this CPU
 * @sgi: INTID 0-15; request_irq() it first
 *
 * Return: 0, or -EINVAL.
 */
int irq_send_sgi_self(unsigned int sgi);

/* The interrupt controller's name ("GICv2", "GICv3"), or NULL before init_IRQ(). */
const char *irq_chip_name(void);

/* Interrupts acknowledged that nobody had requested, since boot. */
unsigned long irq_unexpected_count(void);

#endif /* _LINUX_IRQ_H */
