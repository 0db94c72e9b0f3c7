/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ARMv7 long-descriptor (LPAE) translation as this kernel uses it: TTBR0
 * covering all 4 GiB (TTBCR.T0SZ = 0), so the walk starts at level 1 with
 * four 1 GiB entries.  The descriptors have the AArch64 layout.
 */
#ifndef _ASM_PGTABLE_H
#define _ASM_PGTABLE_H

#define PGTABLE_START_LEVEL	1
#define PTRS_PER_PGD		4
#define PTE_ADDR_MASK		0x000000fffffff000ULL	/* output address [39:12] */
#define MMU_VA_BITS		32

#endif /* _ASM_PGTABLE_H */
