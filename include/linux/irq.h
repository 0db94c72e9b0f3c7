/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The interrupt controller's side of the IRQ layer (drivers use
 * <linux/interrupt.h>).  One controller, registered once at init_IRQ().
 */
#ifndef _LINUX_IRQ_H
#define _LINUX_IRQ_H

#include <linux/types.h>

struct pt_regs;

/* GIC INTIDs 0-15 are SGIs, 16-31 PPIs: both banked per CPU. */
#define IRQ_NR_SGIS		16
#define IRQ_NR_PRIVATE		32

/**
 * struct irq_chip - what the IRQ layer needs from the interrupt controller
 * @name: for messages
 * @irq_enable: unmask one interrupt; a PPI or SGI on the calling CPU only
 *	(they are banked per CPU), an SPI routed to the calling CPU
 * @irq_disable: mask one interrupt (a PPI or SGI on the calling CPU)
 * @cpu_init: set up the calling secondary CPU's interface (GICv3: its
 *	redistributor); SGIs enabled, PPIs masked
 * @send_sgi: raise software-generated interrupt @sgi (0-15) on CPU @cpu
 */
struct irq_chip {
	const char *name;
	void (*irq_enable)(unsigned int irq);
	void (*irq_disable)(unsigned int irq);
	int (*cpu_init)(void);
	void (*send_sgi)(unsigned int cpu, unsigned int sgi);
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

/**
 * irq_send_sgi() - raise a software-generated interrupt on CPU @cpu
 * @cpu: an online CPU, this one included
 * @sgi: INTID 0-15; request_irq() it first
 *
 * Return: 0, or -EINVAL.
 */
int irq_send_sgi(unsigned int cpu, unsigned int sgi);

/**
 * irq_cpu_online() - a secondary CPU's share of the interrupt controller
 *
 * Sets up the calling CPU's interface and enables there every PPI that
 * has a handler: PPIs are banked, so request_irq() on another CPU did not
 * reach this one, and a CPU back from PSCI CPU_OFF has lost them too.
 */
void irq_cpu_online(void);

/* The interrupt controller's name ("GICv2", "GICv3"), or NULL before init_IRQ(). */
const char *irq_chip_name(void);

/* Interrupts acknowledged that nobody had requested, since boot. */
unsigned long irq_unexpected_count(void);

#endif /* _LINUX_IRQ_H */
