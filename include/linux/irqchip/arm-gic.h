/* SPDX-License-Identifier: GPL-2.0 */
/* GICv2 registers (and the distributor registers GICv3 shares). */
#ifndef _LINUX_IRQCHIP_ARM_GIC_H
#define _LINUX_IRQCHIP_ARM_GIC_H

#define GICD_CTLR		0x000
#define GICD_TYPER		0x004
#define GICD_IIDR		0x008
#define GICD_IGROUPR		0x080
#define GICD_ISENABLER		0x100
#define GICD_ICENABLER		0x180
#define GICD_ICPENDR		0x280
#define GICD_ICACTIVER		0x380
#define GICD_IPRIORITYR		0x400
#define GICD_ITARGETSR		0x800
#define GICD_ICFGR		0xc00
#define GICD_SGIR		0xf00

#define GICD_CTLR_ENABLE	(1U << 0)
#define GICD_TYPER_LINES(t)	(32 * (((t) & 0x1f) + 1))
#define GICD_SGIR_TO_SELF	(2U << 24)	/* TargetListFilter: this CPU only */
#define GICD_SGIR_TARGETS(m)	((u32)(m) << 16)	/* CPUTargetList, filter 0 */

#define GICC_CTLR		0x0000
#define GICC_PMR		0x0004
#define GICC_BPR		0x0008
#define GICC_IAR		0x000c
#define GICC_EOIR		0x0010

#define GICC_CTLR_ENABLE	(1U << 0)
#define GICC_IAR_INT_ID_MASK	0x3ff

/* INTIDs 1020-1023 are special; 1023 means nothing is pending. */
#define GIC_FIRST_SPECIAL_INTID	1020
#define GIC_MAX_INTID		1020
#define GIC_NR_PRIVATE		32	/* SGIs and PPIs, banked per CPU */

/* The priority every interrupt gets, and a mask that lets all of them through. */
#define GIC_DEFAULT_PRIO	0xa0
#define GIC_PRIO_MASK_ALL	0xf0
#define GIC_PRIO_WORD		0xa0a0a0a0U

#endif /* _LINUX_IRQCHIP_ARM_GIC_H */
