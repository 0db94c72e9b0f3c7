// SPDX-License-Identifier: GPL-2.0
/*
 * GICv3: a memory-mapped distributor (GICD), one redistributor per CPU
 * (GICR) for its SGIs and PPIs, and the CPU interface as system
 * registers (<asm/arch_gicv3.h>).  Under Xen the distributor and the
 * redistributors are emulated; the ICC registers reach the hardware's
 * virtual CPU interface without trapping.
 *
 * Each CPU finds its own redistributor, the one whose GICR_TYPER affinity
 * matches its MPIDR, and sets it up when it comes online.  An SPI is
 * routed to the CPU that enables it; an SGI is sent by affinity.
 */
#define pr_fmt(fmt) "GICv3: " fmt

#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <linux/irq.h>
#include <linux/irqchip.h>
#include <linux/irqchip/arm-gic-v3.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <linux/smp.h>
#include <asm/arch_gicv3.h>

/* Register writes take effect within microseconds; this is generous. */
#define GIC_POLL_US	100000

static void *gicd;
static void *gicr[NR_CPUS];	/* each CPU's RD_base */
static int gic_node;
static unsigned int gic_lines;

/* Wait until the distributor or redistributor has applied earlier writes. */
static void gic_wait_rwp(void *reg, u32 rwp_bit)
{
	unsigned int us;

	for (us = 0; readl_relaxed(reg) & rwp_bit; us++) {
		if (us == GIC_POLL_US) {
			pr_err("register write still pending after %u us\n", us);
			return;
		}
		udelay(1);
	}
}

static void *gic_enable_reg(unsigned int irq, bool enable)
{
	if (irq < GIC_NR_PRIVATE)
		return gicr[smp_processor_id()] + (enable ? GICR_ISENABLER0 : GICR_ICENABLER0);
	return gicd + (enable ? GICD_ISENABLER : GICD_ICENABLER) + 4 * (irq / 32);
}

/* Read-modify-write of one priority byte: the emulation takes words. */
static void gic_set_prio(unsigned int irq)
{
	void *addr = gicd + GICD_IPRIORITYR + (irq & ~3U);
	unsigned int shift = 8 * (irq % 4);
	u32 word = readl_relaxed(addr);

	word = (word & ~(0xffU << shift)) | ((u32)GIC_DEFAULT_PRIO << shift);
	writel_relaxed(word, addr);
}

/* Affinity routing: IROUTER holds Aff3 in [39:32] and Aff2.Aff1.Aff0 in [23:0]. */
static void gic_route_spi(unsigned int irq)
{
	u32 aff = gic_cpu_affinity();
	u64 route = ((u64)(aff >> 24) << 32) | (aff & 0xffffff);

	writeq_relaxed(route, gicd + GICD_IROUTER + 8 * irq);
}

static void gic_irq_enable(unsigned int irq)
{
	if (irq >= GIC_NR_PRIVATE) {
		gic_set_prio(irq);
		gic_route_spi(irq);
	}
	writel_relaxed(1U << (irq % 32), gic_enable_reg(irq, true));
}

static void gic_irq_disable(unsigned int irq)
{
	writel_relaxed(1U << (irq % 32), gic_enable_reg(irq, false));
	if (irq < GIC_NR_PRIVATE)
		gic_wait_rwp(gicr[smp_processor_id()] + GICR_CTLR, GICR_CTLR_RWP);
	else
		gic_wait_rwp(gicd + GICD_CTLR, GICD_CTLR_RWP);
}

/* MPIDR's affinity fields packed as in GICR_TYPER (Aff3 at [31:24]). */
static u32 gic_hwid_affinity(u64 hwid)
{
	return (u32)(((hwid >> 32) & 0xff) << 24) | (u32)(hwid & 0xffffff);
}

static void gic_send_sgi(unsigned int cpu, unsigned int sgi)
{
	u32 aff = gic_hwid_affinity(cpu_data[cpu].hwid);

	/* The SGI must not overtake the stores that came before it. */
	wmb();
	gic_write_sgi1r(ICC_SGI1R_AFF3(aff >> 24) | ICC_SGI1R_AFF2((aff >> 16) & 0xff) |
			ICC_SGI1R_INTID(sgi) | ICC_SGI1R_AFF1((aff >> 8) & 0xff) |
			ICC_SGI1R_TARGET(aff & 0xff));
}

static int gic_v3_secondary_init(void);

static const struct irq_chip gic_v3_chip = {
	.name = "GICv3",
	.irq_enable = gic_irq_enable,
	.irq_disable = gic_irq_disable,
	.cpu_init = gic_v3_secondary_init,
	.send_sgi = gic_send_sgi,
};

/* Acknowledge, handle and end every pending interrupt until none is left. */
static void gic_v3_handle_irq(struct pt_regs *regs)
{
	u32 irq;

	for (;;) {
		irq = gic_read_iar() & 0xffffff;
		if (irq >= GIC_FIRST_SPECIAL_INTID)
			break;
		generic_handle_irq(irq);
		gic_write_eoir(irq);
	}
}

static void gic_v3_dist_init(void)
{
	unsigned int i;

	writel_relaxed(0, gicd + GICD_CTLR);
	gic_wait_rwp(gicd + GICD_CTLR, GICD_CTLR_RWP);
	for (i = GIC_NR_PRIVATE; i < gic_lines; i += 32)
		writel_relaxed(~0U, gicd + GICD_ICENABLER + i / 8);
	gic_wait_rwp(gicd + GICD_CTLR, GICD_CTLR_RWP);
	writel_relaxed(GICD_CTLR_ARE_NS | GICD_CTLR_ENABLE_G1A | GICD_CTLR_ENABLE_G1,
		       gicd + GICD_CTLR);
	gic_wait_rwp(gicd + GICD_CTLR, GICD_CTLR_RWP);
}

static void gic_v3_redist_init(void *rd)
{
	unsigned int i;

	writel_relaxed(readl_relaxed(rd + GICR_WAKER) & ~GICR_WAKER_PROCESSOR_SLEEP,
		       rd + GICR_WAKER);
	gic_wait_rwp(rd + GICR_WAKER, GICR_WAKER_CHILDREN_ASLEEP);

	/* PPIs off until requested; SGIs on; everything in Group 1. */
	writel_relaxed(0xffff0000U, rd + GICR_ICENABLER0);
	writel_relaxed(0x0000ffffU, rd + GICR_ISENABLER0);
	writel_relaxed(~0U, rd + GICR_IGROUPR0);
	for (i = 0; i < GIC_NR_PRIVATE; i += 4)
		writel_relaxed(GIC_PRIO_WORD, rd + GICR_IPRIORITYR0 + i);
	gic_wait_rwp(rd + GICR_CTLR, GICR_CTLR_RWP);
}

static int gic_v3_cpu_init(void)
{
	gic_write_sre(gic_read_sre() | ICC_SRE_SRE);
	if (!(gic_read_sre() & ICC_SRE_SRE))
		return -ENODEV;
	gic_write_pmr(GIC_PRIO_MASK_ALL);
	gic_write_bpr1(0);
	gic_write_ctlr(0);	/* EOImode 0: the EOIR write also deactivates */
	gic_write_grpen1(1);
	return 0;
}

/* Walk one redistributor region for the frame whose affinity is ours. */
static void *gic_find_redist(u64 base, u64 size)
{
	u32 aff = gic_cpu_affinity();
	u64 off, typer;
	void *rd;

	for (off = 0; off + GICR_FRAME_SIZE <= size; ) {
		rd = ioremap((phys_addr_t)(base + off), GICR_FRAME_SIZE);
		if (!rd)
			return NULL;
		typer = readq_relaxed(rd + GICR_TYPER);
		if (GICR_TYPER_AFFINITY(typer) == aff)
			return rd;
		if (typer & GICR_TYPER_LAST)
			break;
		off += typer & GICR_TYPER_VLPIS ? GICR_FRAME_SIZE_VLPI : GICR_FRAME_SIZE;
	}
	return NULL;
}

static void *gic_find_redist_in_dt(int node)
{
	u32 regions = 1, i;
	u64 base, size;
	void *rd = NULL;

	of_property_read_u32(node, "#redistributor-regions", &regions);
	for (i = 0; i < regions && !rd; i++) {
		if (of_get_reg(node, 1 + i, &base, &size))
			break;
		rd = gic_find_redist(base, size);
	}
	return rd;
}

/* This CPU's redistributor and CPU interface (the distributor is shared). */
static int gic_v3_cpu_online(void)
{
	void *rd = gic_find_redist_in_dt(gic_node);

	if (!rd) {
		pr_err("CPU%u: no redistributor for affinity %#x\n", smp_processor_id(),
		       gic_cpu_affinity());
		return -ENODEV;
	}
	gicr[smp_processor_id()] = rd;
	gic_v3_redist_init(rd);
	return gic_v3_cpu_init();
}

static int gic_v3_secondary_init(void)
{
	/* Back from CPU_OFF: the same frame, mapped already. */
	if (gicr[smp_processor_id()]) {
		gic_v3_redist_init(gicr[smp_processor_id()]);
		return gic_v3_cpu_init();
	}
	return gic_v3_cpu_online();
}

/**
 * gic_v3_of_init() - bring up a GICv3 described by device tree node @node
 * @node: an "arm,gic-v3" node
 *
 * Return: 0, or a negative errno.
 */
int gic_v3_of_init(int node)
{
	u64 base, size;
	int err;

	if (of_get_reg(node, 0, &base, &size))
		return -EINVAL;
	gicd = ioremap((phys_addr_t)base, max(size, (u64)0x10000));
	if (!gicd)
		return -ENODEV;
	gic_node = node;
	gic_lines = min(GICD_TYPER_LINES(readl_relaxed(gicd + GICD_TYPER)), GIC_MAX_INTID);
	gic_v3_dist_init();
	err = gic_v3_cpu_online();
	if (err) {
		pr_err("this CPU's interface cannot be enabled\n");
		return err;
	}
	pr_info("%u lines, distributor at %p, redistributor at %p\n", gic_lines, gicd,
		gicr[smp_processor_id()]);
	return irq_set_chip(&gic_v3_chip, gic_lines, gic_v3_handle_irq);
}
