/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Which CPU is this: the kernel keeps the CPU number in TPIDR_EL1, which
 * nothing else uses (there is no EL0), and MPIDR_EL1 gives the hardware's
 * name for it, the affinity that PSCI and the GICv3 use.
 */
#ifndef _ASM_SMP_H
#define _ASM_SMP_H

#include <asm/sysreg.h>

/* Aff3 [39:32] and Aff2.Aff1.Aff0 [23:0]: the rest of MPIDR is flags. */
#define MPIDR_HWID_MASK		0xff00ffffffULL

static inline unsigned int raw_smp_processor_id(void)
{
	return (unsigned int)read_sysreg(tpidr_el1);
}

static inline void set_smp_processor_id(unsigned int cpu)
{
	write_sysreg((u64)cpu, tpidr_el1);
}

static inline u64 read_cpuid_hwid(void)
{
	return read_sysreg(mpidr_el1) & MPIDR_HWID_MASK;
}

#endif /* _ASM_SMP_H */
