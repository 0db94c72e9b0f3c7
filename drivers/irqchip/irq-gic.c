// SPDX-License-Identifier: GPL-2.0
/*
 * GICv2: a memory-mapped distributor (GICD) and CPU interface (GICC).
 * Under Xen the distributor is emulated (every access traps) and the CPU
 * interface is the hardware's virtual one (GICV) mapped at the GICC
 * address, so acknowledging and ending interrupts does not trap.
 *
 * SGIs and PPIs are banked per CPU: each CPU sets up its own bank and
 * learns its target-list bit from it.  An SPI is routed to the CPU that
 * enables it.
 */
#define pr_fmt(fmt) "GICv2: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <linux/irq.h>
#include <linux/irqchip.h>
#include <linux/irqchip/arm-gic.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <linux/smp.h>

static void *gicd;
static void *gicc;
static unsigned int gic_lines;
/* Each CPU's bit in GICD_ITARGETSR and the SGI target list. */
static u8 gic_cpu_masks[NR_CPUS];

static void gic_write_bit(unsigned int reg, unsigned int irq)
{
	writel_relaxed(1U << (irq % 32), gicd + reg + 4 * (irq / 32));
}

/* Read-modify-write of one byte lane: the emulated distributor takes words. */
static void gic_write_byte(unsigned int reg, unsigned int irq, u8 val)
{
	void *addr = gicd + reg + (irq & ~3U);
	unsigned int shift = 8 * (irq % 4);
	u32 word = readl_relaxed(addr);

	word = (word & ~(0xffU << shift)) | ((u32)val << shift);
	writel_relaxed(word, addr);
}

static void gic_irq_enable(unsigned int irq)
{
	if (irq >= GIC_NR_PRIVATE) {
		gic_write_byte(GICD_IPRIORITYR, irq, GIC_DEFAULT_PRIO);
		gic_write_byte(GICD_ITARGETSR, irq, gic_cpu_masks[smp_processor_id()]);
	}
	gic_write_bit(GICD_ISENABLER, irq);
}

static void gic_irq_disable(unsigned int irq)
{
	gic_write_bit(GICD_ICENABLER, irq);
}

static void gic_send_sgi(unsigned int cpu, unsigned int sgi)
{
	u32 target = cpu == smp_processor_id() ? GICD_SGIR_TO_SELF :
		     GICD_SGIR_TARGETS(gic_cpu_masks[cpu]);

	/* The SGI must not overtake the stores that came before it. */
	wmb();
	writel_relaxed(target | sgi, gicd + GICD_SGIR);
}

static int gic_secondary_init(void);

static const struct irq_chip gic_chip = {
	.name = "GICv2",
	.irq_enable = gic_irq_enable,
	.irq_disable = gic_irq_disable,
	.cpu_init = gic_secondary_init,
	.send_sgi = gic_send_sgi,
};

/* Acknowledge, handle and end every pending interrupt until none is left. */
static void gic_handle_irq(struct pt_regs *regs)
{
	u32 iar, irq;

	for (;;) {
		iar = readl_relaxed(gicc + GICC_IAR);
		irq = iar & GICC_IAR_INT_ID_MASK;
		if (irq >= GIC_FIRST_SPECIAL_INTID)
			break;
		generic_handle_irq(irq);
		/* The whole IAR value: for an SGI it names the sender too. */
		writel_relaxed(iar, gicc + GICC_EOIR);
	}
}

static void gic_dist_init(void)
{
	unsigned int i;

	writel_relaxed(0, gicd + GICD_CTLR);
	for (i = GIC_NR_PRIVATE; i < gic_lines; i += 32)
		writel_relaxed(~0U, gicd + GICD_ICENABLER + i / 8);
	writel_relaxed(GICD_CTLR_ENABLE, gicd + GICD_CTLR);
}

static void gic_cpu_init(void)
{
	unsigned int i;

	/* PPIs off until requested; SGIs on, they cannot fire unless sent. */
	writel_relaxed(0xffff0000U, gicd + GICD_ICENABLER);
	writel_relaxed(0x0000ffffU, gicd + GICD_ISENABLER);
	for (i = 0; i < GIC_NR_PRIVATE; i += 4)
		writel_relaxed(GIC_PRIO_WORD, gicd + GICD_IPRIORITYR + i);
	writel_relaxed(GIC_PRIO_MASK_ALL, gicc + GICC_PMR);
	writel_relaxed(0, gicc + GICC_BPR);
	writel_relaxed(GICC_CTLR_ENABLE, gicc + GICC_CTLR);
}

/* The banked ITARGETSR bytes of the private interrupts name this CPU. */
static u8 gic_get_cpu_mask(void)
{
	u32 word = readl_relaxed(gicd + GICD_ITARGETSR);
	u8 mask = (u8)(word | word >> 8 | word >> 16 | word >> 24);

	/* A uniprocessor GIC may read as zero here: it has only CPU 0. */
	return mask ? mask : 1;
}

/* The distributor and the CPU interface are shared; only the banks are ours. */
static int gic_secondary_init(void)
{
	gic_cpu_masks[smp_processor_id()] = gic_get_cpu_mask();
	gic_cpu_init();
	return 0;
}

static void *gic_map(int node, int index, u64 min_size)
{
	u64 base, size;

	if (of_get_reg(node, index, &base, &size))
		return NULL;
	return ioremap((phys_addr_t)base, max(size, min_size));
}

/**
 * gic_of_init() - bring up a GICv2 described by device tree node @node
 * @node: an "arm,cortex-a15-gic" / "arm,gic-400" node
 *
 * Return: 0, or a negative errno.
 */
int gic_of_init(int node)
{
	gicd = gic_map(node, 0, 0x1000);
	gicc = gic_map(node, 1, 0x2000);
	if (!gicd || !gicc)
		return -EINVAL;
	gic_lines = min(GICD_TYPER_LINES(readl_relaxed(gicd + GICD_TYPER)), GIC_MAX_INTID);
	gic_cpu_masks[smp_processor_id()] = gic_get_cpu_mask();
	gic_dist_init();
	gic_cpu_init();
	pr_info("%u lines, distributor at %p, CPU interface at %p\n", gic_lines, gicd, gicc);
	return irq_set_chip(&gic_chip, gic_lines, gic_handle_irq);
}
