/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The GICv3 CPU interface through its AArch32 CP15 encodings (ICC_*).
 */
#ifndef _ASM_ARCH_GICV3_H
#define _ASM_ARCH_GICV3_H

#include <asm/cp15.h>
#include <asm/barrier.h>

static inline u32 gic_read_iar(void)
{
	u32 iar = read_icc_iar1();

	dsb(sy);
	return iar;
}

static inline void gic_write_eoir(u32 irq)
{
	write_icc_eoir1(irq);
	isb();
}

static inline void gic_write_pmr(u32 val)
{
	write_icc_pmr(val);
}

static inline void gic_write_bpr1(u32 val)
{
	write_icc_bpr1(val);
}

static inline void gic_write_ctlr(u32 val)
{
	write_icc_ctlr(val);
	isb();
}

static inline u32 gic_read_sre(void)
{
	return read_icc_sre();
}

static inline void gic_write_sre(u32 val)
{
	write_icc_sre(val);
	isb();
}

static inline void gic_write_grpen1(u32 val)
{
	write_icc_igrpen1(val);
	isb();
}

/* ICC_SGI1R is a 64-bit register: MCRR p15, 0, <lo>, <hi>, c12. */
static inline void gic_write_sgi1r(u64 val)
{
	write_cp15_64(val, 0, c12);
	isb();
}

/* MPIDR affinity packed as GICR_TYPER.Affinity; AArch32 has no Aff3. */
static inline u32 gic_cpu_affinity(void)
{
	return read_mpidr() & 0xffffff;
}

#endif /* _ASM_ARCH_GICV3_H */
