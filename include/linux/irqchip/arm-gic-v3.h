/* SPDX-License-Identifier: GPL-2.0 */
/* GICv3 registers beyond the GICv2 distributor layout it shares. */
#ifndef _LINUX_IRQCHIP_ARM_GIC_V3_H
#define _LINUX_IRQCHIP_ARM_GIC_V3_H

#include <linux/irqchip/arm-gic.h>

#define GICD_IROUTER		0x6000	/* + 8 * INTID, SPIs only */
#define GICD_CTLR_RWP		(1U << 31)
#define GICD_CTLR_ARE_NS	(1U << 4)
#define GICD_CTLR_ENABLE_G1A	(1U << 1)
#define GICD_CTLR_ENABLE_G1	(1U << 0)

/* Redistributor: RD_base frame, then SGI_base frame 64 KiB on. */
#define GICR_CTLR		0x0000
#define GICR_TYPER		0x0008
#define GICR_WAKER		0x0014
#define GICR_SGI_BASE		0x10000
#define GICR_IGROUPR0		(GICR_SGI_BASE + 0x0080)
#define GICR_ISENABLER0		(GICR_SGI_BASE + 0x0100)
#define GICR_ICENABLER0		(GICR_SGI_BASE + 0x0180)
#define GICR_IPRIORITYR0	(GICR_SGI_BASE + 0x0400)

#define GICR_CTLR_RWP		(1U << 3)
#define GICR_TYPER_VLPIS	(1ULL << 1)
#define GICR_TYPER_LAST		(1ULL << 4)
#define GICR_TYPER_AFFINITY(t)	((u32)((t) >> 32))
#define GICR_WAKER_PROCESSOR_SLEEP	(1U << 1)
#define GICR_WAKER_CHILDREN_ASLEEP	(1U << 2)
#define GICR_FRAME_SIZE		0x20000	/* RD_base + SGI_base */
#define GICR_FRAME_SIZE_VLPI	0x40000	/* GICv4: two more frames */

#define ICC_SRE_SRE		(1U << 0)
#define ICC_SGI1R_TARGET(aff0)	(1ULL << ((aff0) & 0xf))
#define ICC_SGI1R_AFF1(a)	((u64)(a) << 16)
#define ICC_SGI1R_INTID(i)	((u64)(i) << 24)
#define ICC_SGI1R_AFF2(a)	((u64)(a) << 32)
#define ICC_SGI1R_AFF3(a)	((u64)(a) << 48)

#endif /* _LINUX_IRQCHIP_ARM_GIC_V3_H */
