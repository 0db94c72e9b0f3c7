/* SPDX-License-Identifier: GPL-2.0 */
/*
 * AArch64 stage 1 translation as this kernel uses it: TTBR0_EL1 only, 4 KiB
 * granule, 48-bit virtual addresses, so four levels starting at level 0.
 */
#ifndef _ASM_PGTABLE_H
#define _ASM_PGTABLE_H

#define PGTABLE_START_LEVEL	0
#define PTRS_PER_PGD		512
#define PTE_ADDR_MASK		0x0000fffffffff000ULL	/* output address [47:12] */
#define MMU_VA_BITS		48

#endif /* _ASM_PGTABLE_H */
