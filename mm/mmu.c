// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's one address space: an identity map built in two steps.
 *
 * early_mmu_init() runs with the MMU off and maps just the kernel image
 * and the device tree, from a small pool of tables inside the image, so
 * that libfdt (which makes unaligned accesses, legal only on Normal
 * memory) can read the memory map.  paging_init() then maps every RAM
 * bank.  Later mappings (ioremap(), memremap_wb()) only ever fill invalid
 * entries, taking their tables from the page allocator.
 */
#define pr_fmt(fmt) "mmu: " fmt

#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/memblock.h>
#include <linux/pgtable.h>
#include <linux/sections.h>
#include <linux/libfdt.h>
#include <asm/barrier.h>

/*
 * Root, the levels down to the kernel's 2 MiB region, a last level for
 * the image and one for the device tree, with room to spare for RAM
 * banks whose edges are not 2 MiB aligned.
 */
#define EARLY_PGTABLES	8

static u64 early_pgtables[EARLY_PGTABLES][PTRS_PER_TABLE] __aligned(PAGE_SIZE);
static unsigned int early_pgtables_used;
static bool mmu_enabled;

u64 *swapper_pg_dir;

static u64 *pgtable_alloc(void)
{
	if (early_pgtables_used < EARLY_PGTABLES)
		return early_pgtables[early_pgtables_used++];
	return alloc_page();
}

static unsigned int level_shift(int level)
{
	return PAGE_SHIFT + 9 * (PGTABLE_LAST_LEVEL - level);
}

static unsigned int level_index(u64 va, int level)
{
	unsigned int entries = level == PGTABLE_START_LEVEL ? PTRS_PER_PGD : PTRS_PER_TABLE;

	return (unsigned int)(va >> level_shift(level)) & (entries - 1);
}

static bool pte_is_table(u64 pte, int level)
{
	return level < PGTABLE_LAST_LEVEL && (pte & (PTE_VALID | PTE_TABLE)) == (PTE_VALID | PTE_TABLE);
}

static u64 *pte_table(u64 pte)
{
	return phys_to_virt((phys_addr_t)(pte & PTE_ADDR_MASK));
}

static u64 leaf_pte(u64 pa, int level, u64 prot)
{
	return (pa & PTE_ADDR_MASK) | prot | PTE_VALID |
	       (level == PGTABLE_LAST_LEVEL ? PTE_TABLE : 0);
}

/* A valid leaf is fine if it already says what we were going to write. */
static int set_leaf(u64 *ptep, int level, u64 pa, u64 prot)
{
	u64 want = leaf_pte(pa, level, prot);

	if (!(*ptep & PTE_VALID)) {
		WRITE_ONCE(*ptep, want);
		return 0;
	}
	return *ptep == want ? 0 : -EEXIST;
}

/* Does the block *ptep already map [va, ...] to pa with @prot? */
static bool block_covers(u64 pte, int level, u64 va, u64 pa, u64 prot)
{
	u64 offset = va & ((1ULL << level_shift(level)) - 1);

	return (pte & ~PTE_ADDR_MASK & ~PTE_VALID) == prot &&
	       (pte & PTE_ADDR_MASK) + offset == pa;
}

static int map_level(u64 *table, int level, u64 va, u64 pa, u64 last, u64 prot);

static int map_next_level(u64 *ptep, int level, u64 va, u64 pa, u64 last, u64 prot)
{
	u64 *next;

	if (!(*ptep & PTE_VALID)) {
		next = pgtable_alloc();
		if (!next)
			return -ENOMEM;
		WRITE_ONCE(*ptep, virt_to_phys(next) | PTE_TABLE | PTE_VALID);
	} else if (!pte_is_table(*ptep, level)) {
		return block_covers(*ptep, level, va, pa, prot) ? 0 : -EEXIST;
	}
	return map_level(pte_table(*ptep), level + 1, va, pa, last, prot);
}

/* Level 3 maps pages; levels 1 and 2 may map blocks; level 0 never does. */
static bool use_leaf(u64 pte, int level, u64 va, u64 pa, u64 chunk_last, u64 block_last)
{
	u64 mask = (1ULL << level_shift(level)) - 1;

	if (level == PGTABLE_LAST_LEVEL)
		return true;
	return level >= 1 && !((va | pa) & mask) && chunk_last == block_last &&
	       !pte_is_table(pte, level);
}

static int map_level(u64 *table, int level, u64 va, u64 pa, u64 last, u64 prot)
{
	u64 block_last, chunk_last, *ptep;
	int err;

	for (;;) {
		ptep = &table[level_index(va, level)];
		block_last = va | ((1ULL << level_shift(level)) - 1);
		chunk_last = min(block_last, last);
		if (use_leaf(*ptep, level, va, pa, chunk_last, block_last))
			err = set_leaf(ptep, level, pa, prot);
		else
			err = map_next_level(ptep, level, va, pa, chunk_last, prot);
		if (err || chunk_last == last)
			return err;
		pa += chunk_last - va + 1;
		va = chunk_last + 1;
	}
}

/* Any CPU may map (ioremap() of its own redistributor, for one). */
static DEFINE_SPINLOCK(pgtable_lock);

int map_range(unsigned long virt, phys_addr_t phys, size_t size, u64 prot)
{
	u64 last = (u64)virt + size - 1;
	unsigned long flags;
	int err = -ENOMEM;

	if ((virt | phys | size) & ~PAGE_MASK || !size || last >> MMU_VA_BITS)
		return -EINVAL;
	spin_lock_irqsave(&pgtable_lock, flags);
	if (!swapper_pg_dir)
		swapper_pg_dir = pgtable_alloc();
	if (swapper_pg_dir)
		err = map_level(swapper_pg_dir, PGTABLE_START_LEVEL, virt, phys, last, prot);
	/* New entries only: no TLB maintenance, just make them visible to the walker. */
	if (mmu_enabled) {
		dsb(ishst);
		isb();
	}
	spin_unlock_irqrestore(&pgtable_lock, flags);
	return err;
}

u64 lookup_pte(unsigned long virt, int *level)
{
	u64 *table = swapper_pg_dir;
	int lvl;

	for (lvl = PGTABLE_START_LEVEL; table; lvl++) {
		u64 pte = table[level_index(virt, lvl)];

		if (!(pte & PTE_VALID))
			break;
		if (!pte_is_table(pte, lvl)) {
			if (level)
				*level = lvl;
			return pte;
		}
		table = pte_table(pte);
	}
	return 0;
}

static int map_identity(phys_addr_t start, phys_addr_t end, u64 prot)
{
	start &= PAGE_MASK;
	end = ALIGN(end, PAGE_SIZE);
	return map_range(start, start, end - start, prot);
}

/**
 * early_mmu_init() - map the image and the device tree, turn the MMU on
 * @fdt: the device tree Xen passed
 *
 * Runs with the MMU and caches off, before anything has parsed @fdt; only
 * its header is read, byte by byte, for its size.
 */
void early_mmu_init(const void *fdt)
{
	if (fdt_magic(fdt) != FDT_MAGIC)
		panic("no device tree at %p (magic %08x)", fdt, fdt_magic(fdt));
	if (map_identity((phys_addr_t)_head, (phys_addr_t)_end, PROT_NORMAL) ||
	    map_identity(virt_to_phys(fdt), virt_to_phys(fdt) + fdt_totalsize(fdt), PROT_NORMAL))
		panic("cannot map the kernel image and the device tree");
	cpu_enable_mmu(swapper_pg_dir);
	mmu_enabled = true;
}

/**
 * paging_init() - map every RAM bank of the memory map as Normal memory
 */
void paging_init(void)
{
	const struct memblock_region *r;
	int err;

	for_each_memblock(&memblock_memory, r) {
		err = map_identity(r->base, r->base + r->size, PROT_NORMAL);
		if (err)
			panic("cannot map RAM %#lx-%#lx: %d", r->base, r->base + r->size - 1, err);
	}
	pr_info("identity map ready, %u early tables used\n", early_pgtables_used);
}

void *ioremap(phys_addr_t pa, size_t size)
{
	if (!size || map_identity(pa, pa + size, PROT_DEVICE))
		return NULL;
	return phys_to_virt(pa);
}

void *memremap_wb(phys_addr_t pa, size_t size)
{
	if (!size || map_identity(pa, pa + size, PROT_NORMAL))
		return NULL;
	return phys_to_virt(pa);
}
