/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the CPU's own registers say about the memory system, for tests
 * and diagnostics (implemented per architecture in arch/<arch>/kernel/mmu.c).
 */
#ifndef _LINUX_CPU_H
#define _LINUX_CPU_H

#include <linux/types.h>
#include <asm/irqflags.h>

struct cpu_mmu_state {
	bool mmu;		/* SCTLR.M */
	bool dcache;		/* SCTLR.C */
	bool icache;		/* SCTLR.I */
	bool align_check;	/* SCTLR.A */
	u64 mair;		/* MAIR_EL1, or MAIR1:MAIR0 */
};

struct cpu_translation {
	u64 pa;			/* the output address */
	unsigned int attr;	/* the MAIR attribute byte the walk produced */
	unsigned int sh;	/* shareability: 0 non, 2 outer, 3 inner */
};

void cpu_mmu_state(struct cpu_mmu_state *st);

/**
 * cpu_translate() - ask the MMU how it translates @va for a kernel read
 * @va: virtual address
 * @tr: filled in on success
 *
 * An address translation instruction (AT S1E1R / ATS1CPR), so the answer
 * is the hardware's, from the live tables.
 *
 * Return: 0, or -1 when the translation faults.
 */
int cpu_translate(unsigned long va, struct cpu_translation *tr);

#endif /* _LINUX_CPU_H */
