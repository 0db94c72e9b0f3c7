/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Which CPU is this: the kernel keeps the CPU number in TPIDRPRW (PL1
 * only; there is no user space to hide it from), and MPIDR gives the
 * hardware's name for it, the affinity that PSCI and the GICv3 use.
 */
#ifndef _ASM_SMP_H
#define _ASM_SMP_H

#include <asm/cp15.h>

/* Aff2.Aff1.Aff0: AArch32 has no Aff3, the top byte is flags. */
#define MPIDR_HWID_MASK		0xffffffULL

static inline unsigned int raw_smp_processor_id(void)
{
	return read_tpidrprw();
}

static inline void set_smp_processor_id(unsigned int cpu)
{
	write_tpidrprw(cpu);
}

static inline u64 read_cpuid_hwid(void)
{
	return read_mpidr() & MPIDR_HWID_MASK;
}

#endif /* _ASM_SMP_H */
