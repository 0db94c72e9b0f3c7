/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GICv3 CPU interface as AArch64 system registers (ICC_*_EL1).
 * Under Xen these reach the virtual CPU interface directly, untrapped.
 */
#ifndef _ASM_ARCH_GICV3_H
#define _ASM_ARCH_GICV3_H

#include <asm/sysreg.h>
#include <asm/barrier.h>

/* The DSB makes the acknowledge complete before the handler touches anything. */
static inline u32 gic_read_iar(void)
{
	u32 iar = (u32)read_sysreg(ICC_IAR1_EL1);

	dsb(sy);
	return iar;
}

static inline void gic_write_eoir(u32 irq)
{
	write_sysreg(irq, ICC_EOIR1_EL1);
	isb();
}

static inline void gic_write_pmr(u32 val)
{
	write_sysreg(val, ICC_PMR_EL1);
}

static inline void gic_write_bpr1(u32 val)
{
	write_sysreg(val, ICC_BPR1_EL1);
}

static inline void gic_write_ctlr(u32 val)
{
	write_sysreg(val, ICC_CTLR_EL1);
	isb();
}

static inline u32 gic_read_sre(void)
{
	return (u32)read_sysreg(ICC_SRE_EL1);
}

static inline void gic_write_sre(u32 val)
{
	write_sysreg(val, ICC_SRE_EL1);
	isb();
}

static inline void gic_write_grpen1(u32 val)
{
	write_sysreg(val, ICC_IGRPEN1_EL1);
	isb();
}

static inline void gic_write_sgi1r(u64 val)
{
	write_sysreg(val, S3_0_C12_C11_5);
	isb();
}

/* MPIDR affinity packed as GICR_TYPER.Affinity: Aff3.Aff2.Aff1.Aff0. */
static inline u32 gic_cpu_affinity(void)
{
	u64 mpidr = read_sysreg(mpidr_el1);

	return (u32)(((mpidr >> 32) & 0xff) << 24) | (u32)(mpidr & 0xffffff);
}

#endif /* _ASM_ARCH_GICV3_H */
