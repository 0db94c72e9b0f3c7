// SPDX-License-Identifier: GPL-2.0
/*
 * The IRQ layer: a table of handlers indexed by GIC INTID, between the
 * interrupt controller driver (which acknowledges and ends interrupts)
 * and the drivers that request them.  Handlers run with IRQs masked.
 */
#define pr_fmt(fmt) "irq: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/mm.h>
#include <linux/traps.h>

struct irq_desc {
	irq_handler_t handler;
	void *dev;
	const char *name;
	unsigned long count;
};

static struct irq_desc *irq_descs;
static unsigned int nr_irqs;
static const struct irq_chip *irq_chip;
static void (*chip_handle_irq)(struct pt_regs *regs);
static unsigned long unexpected_irqs;

int irq_set_chip(const struct irq_chip *chip, unsigned int nr,
		 void (*handle_irq)(struct pt_regs *regs))
{
	irq_descs = kzalloc(nr * sizeof(*irq_descs));
	if (!irq_descs)
		return -ENOMEM;
	nr_irqs = nr;
	irq_chip = chip;
	chip_handle_irq = handle_irq;
	return 0;
}

void handle_arch_irq(struct pt_regs *regs)
{
	if (!chip_handle_irq)
		die(regs, "IRQ before the interrupt controller was set up");
	chip_handle_irq(regs);
}

/* Nobody asked for it: mask it so that a level interrupt does not storm. */
static void unexpected_irq(unsigned int irq)
{
	unexpected_irqs++;
	pr_err("unexpected IRQ %u, masking it\n", irq);
	if (irq < nr_irqs)
		irq_chip->irq_disable(irq);
}

void generic_handle_irq(unsigned int irq)
{
	struct irq_desc *desc = irq < nr_irqs ? &irq_descs[irq] : NULL;

	if (!desc || !desc->handler) {
		unexpected_irq(irq);
		return;
	}
	desc->count++;
	desc->handler(irq, desc->dev);
}

int request_irq(unsigned int irq, irq_handler_t handler, const char *name, void *dev)
{
	struct irq_desc *desc;
	unsigned long flags;

	if (irq >= nr_irqs || !handler)
		return -EINVAL;
	desc = &irq_descs[irq];
	local_irq_save(flags);
	if (desc->handler) {
		local_irq_restore(flags);
		return -EBUSY;
	}
	desc->handler = handler;
	desc->dev = dev;
	desc->name = name;
	irq_chip->irq_enable(irq);
	local_irq_restore(flags);
	return 0;
}

void free_irq(unsigned int irq)
{
	unsigned long flags;

	if (irq >= nr_irqs)
		return;
	local_irq_save(flags);
	irq_chip->irq_disable(irq);
	irq_descs[irq].handler = NULL;
	irq_descs[irq].dev = NULL;
	local_irq_restore(flags);
}

void enable_irq(unsigned int irq)
{
	if (irq < nr_irqs)
		irq_chip->irq_enable(irq);
}

void disable_irq(unsigned int irq)
{
	if (irq < nr_irqs)
		irq_chip->irq_disable(irq);
}

unsigned long irq_count(unsigned int irq)
{
	return irq < nr_irqs ? READ_ONCE(irq_descs[irq].count) : 0;
}

int irq_send_sgi_self(unsigned int sgi)
{
	if (sgi >= 16 || !irq_chip)
		return -EINVAL;
	irq_chip->send_sgi_self(sgi);
	return 0;
}

const char *irq_chip_name(void)
{
	return irq_chip ? irq_chip->name : NULL;
}

unsigned long irq_unexpected_count(void)
{
	return READ_ONCE(unexpected_irqs);
}

/**
 * init_IRQ() - bring up the interrupt controller the device tree describes
 *
 * IRQs stay masked at the CPU; local_irq_enable() is the caller's choice.
 */
void init_IRQ(void)
{
	int err = irqchip_init();

	if (err)
		panic("no usable interrupt controller: %d", err);
}
