// SPDX-License-Identifier: GPL-2.0
/*
 * The IRQ layer: a table of handlers indexed by GIC INTID, between the
 * interrupt controller driver (which acknowledges and ends interrupts)
 * and the drivers that request them.  Handlers run with IRQs masked, on
 * the CPU that took the interrupt; changes to the table take irq_lock.
 */
#define pr_fmt(fmt) "irq: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/atomic.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/mm.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
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
static DEFINE_SPINLOCK(irq_lock);

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
	__atomic_fetch_add(&unexpected_irqs, 1, __ATOMIC_RELAXED);
	pr_err("unexpected IRQ %u, masking it\n", irq);
	if (irq < nr_irqs)
		irq_chip->irq_disable(irq);
}

void generic_handle_irq(unsigned int irq)
{
	struct irq_desc *desc = irq < nr_irqs ? &irq_descs[irq] : NULL;

	if (!desc || !smp_load_acquire(&desc->handler)) {
		unexpected_irq(irq);
		return;
	}
	__atomic_fetch_add(&desc->count, 1, __ATOMIC_RELAXED);
	desc->handler(irq, desc->dev);
}

int request_irq(unsigned int irq, irq_handler_t handler, const char *name, void *dev)
{
	struct irq_desc *desc;
	unsigned long flags;

	if (irq >= nr_irqs || !handler)
		return -EINVAL;
	desc = &irq_descs[irq];
	spin_lock_irqsave(&irq_lock, flags);
	if (desc->handler) {
		spin_unlock_irqrestore(&irq_lock, flags);
		return -EBUSY;
	}
	desc->dev = dev;
	desc->name = name;
	/* Another CPU may take it as soon as it is enabled. */
	smp_store_release(&desc->handler, handler);
	irq_chip->irq_enable(irq);
	spin_unlock_irqrestore(&irq_lock, flags);
	return 0;
}

void free_irq(unsigned int irq)
{
	unsigned long flags;

	if (irq >= nr_irqs)
		return;
	spin_lock_irqsave(&irq_lock, flags);
	irq_chip->irq_disable(irq);
	irq_descs[irq].handler = NULL;
	irq_descs[irq].dev = NULL;
	spin_unlock_irqrestore(&irq_lock, flags);
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

int irq_send_sgi(unsigned int cpu, unsigned int sgi)
{
	if (sgi >= IRQ_NR_SGIS || !irq_chip || !cpu_online(cpu))
		return -EINVAL;
	irq_chip->send_sgi(cpu, sgi);
	return 0;
}

int irq_send_sgi_self(unsigned int sgi)
{
	return irq_send_sgi(smp_processor_id(), sgi);
}

void irq_cpu_online(void)
{
	unsigned long flags;
	unsigned int irq;
	int rc;

	rc = irq_chip->cpu_init();
	if (rc)
		panic("CPU%u: no interrupt controller interface: %d", smp_processor_id(), rc);
	spin_lock_irqsave(&irq_lock, flags);
	for (irq = IRQ_NR_SGIS; irq < IRQ_NR_PRIVATE; irq++)
		if (irq_descs[irq].handler)
			irq_chip->irq_enable(irq);
	spin_unlock_irqrestore(&irq_lock, flags);
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
