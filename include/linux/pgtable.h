/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Translation tables.  AArch64 and ARMv7 LPAE share the 64-bit descriptor
 * format and the 4 KiB granule: 512 entries per table, level 1 blocks map
 * 1 GiB, level 2 blocks 2 MiB, level 3 pages 4 KiB.  <asm/pgtable.h> says
 * where the walk starts.
 */
#ifndef _LINUX_PGTABLE_H
#define _LINUX_PGTABLE_H

#include <linux/types.h>
#include <asm/pgtable.h>

/* MAIR attribute indices, and the MAIR value that defines them. */
#define MT_DEVICE_nGnRnE	0
#define MT_DEVICE_nGnRE		1
#define MT_NORMAL_NC		2
#define MT_NORMAL		3

#define MAIR_ATTR_DEVICE_nGnRnE	0x00ULL
#define MAIR_ATTR_DEVICE_nGnRE	0x04ULL	/* ARMv7: "Device" */
#define MAIR_ATTR_NORMAL_NC	0x44ULL
#define MAIR_ATTR_NORMAL_WB	0xffULL	/* inner and outer write-back, RW-allocate */
#define MAIR_ATTR(attr, idx)	((attr) << ((idx) * 8))
#define MAIR_VALUE		(MAIR_ATTR(MAIR_ATTR_DEVICE_nGnRnE, MT_DEVICE_nGnRnE) | \
				 MAIR_ATTR(MAIR_ATTR_DEVICE_nGnRE, MT_DEVICE_nGnRE) |	\
				 MAIR_ATTR(MAIR_ATTR_NORMAL_NC, MT_NORMAL_NC) |		\
				 MAIR_ATTR(MAIR_ATTR_NORMAL_WB, MT_NORMAL))

/* Descriptor bits */
#define PTE_VALID		(1ULL << 0)
#define PTE_TABLE		(1ULL << 1)	/* levels 0-2: table; level 3: page */
#define PTE_ATTRINDX(idx)	((u64)(idx) << 2)
#define PTE_ATTRINDX_MASK	(7ULL << 2)
#define PTE_AP_RDONLY		(1ULL << 7)
#define PTE_SH_MASK		(3ULL << 8)
#define PTE_SH_INNER		(3ULL << 8)
#define PTE_AF			(1ULL << 10)
#define PTE_PXN			(1ULL << 53)
#define PTE_XN			(1ULL << 54)

#define PTRS_PER_TABLE		512
#define PGTABLE_LAST_LEVEL	3

/* Kernel read/write, Normal write-back, inner-shareable: what Xen expects. */
#define PROT_NORMAL		(PTE_ATTRINDX(MT_NORMAL) | PTE_SH_INNER | PTE_AF)
/* Device-nGnRE, never executable, so nothing is fetched from it speculatively. */
#define PROT_DEVICE		(PTE_ATTRINDX(MT_DEVICE_nGnRE) | PTE_AF | PTE_PXN | PTE_XN)

/**
 * map_range() - identity-or-not map @size bytes at @virt to @phys
 * @virt: virtual address, page aligned
 * @phys: physical address, page aligned
 * @size: bytes, a multiple of PAGE_SIZE
 * @prot: PROT_NORMAL or PROT_DEVICE
 *
 * Uses 1 GiB and 2 MiB blocks where alignment allows.  Only ever fills
 * invalid entries, so the live tables never need break-before-make; a
 * range already mapped the same way is accepted.
 *
 * Return: 0, -EEXIST when part of it is mapped differently, -ENOMEM.
 */
int map_range(unsigned long virt, phys_addr_t phys, size_t size, u64 prot);

/**
 * lookup_pte() - the leaf descriptor translating @virt
 * @virt: virtual address
 * @level: where the level of the descriptor is stored, may be NULL
 *
 * Return: the descriptor, 0 if @virt is not mapped.
 */
u64 lookup_pte(unsigned long virt, int *level);

/* The root table, for the architecture's MMU enable. */
extern u64 *swapper_pg_dir;

/*
 * Architecture: load the tables and turn on the MMU and caches.  The boot
 * CPU's cpu_enable_mmu() first discards stale cache lines over the whole
 * image; a secondary must not (the boot CPU's dirty lines would be lost),
 * and uses cpu_switch_mmu_on() alone.
 */
void cpu_enable_mmu(u64 *pgd);
void cpu_switch_mmu_on(u64 *pgd);

/* Write back and discard [start, end) from the data caches, to the PoC. */
void dcache_clean_inval_poc(unsigned long start, unsigned long end);

#endif /* _LINUX_PGTABLE_H */
