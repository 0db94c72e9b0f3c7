// SPDX-License-Identifier: GPL-2.0
/*
 * ARMv7 MMU control with the long-descriptor (LPAE) format: load the
 * tables built by mm/mmu.c, turn on the MMU and caches, and read back
 * what the hardware thinks (for tests).
 */
#include <linux/kernel.h>
#include <linux/cpu.h>
#include <linux/mm.h>
#include <linux/pgtable.h>
#include <linux/sections.h>
#include <asm/barrier.h>
#include <asm/cp15.h>

/* The smallest D-cache line in the system, from CTR.DminLine. */
static unsigned long dcache_line_size(void)
{
	return 4UL << ((read_ctr() >> 16) & 0xf);
}

/* Discard [start, end) from the data caches, down to the point of coherency. */
static void dcache_inval_poc(unsigned long start, unsigned long end)
{
	unsigned long line = dcache_line_size(), addr;

	for (addr = start & ~(line - 1); addr < end; addr += line)
		dcimvac(addr);
	dsb(sy);
}

void dcache_clean_inval_poc(unsigned long start, unsigned long end)
{
	unsigned long line = dcache_line_size(), addr;

	for (addr = start & ~(line - 1); addr < end; addr += line)
		dccimvac(addr);
	dsb(sy);
}

/*
 * Called with the MMU off.  Whatever the kernel wrote so far (relocations,
 * .bss, the tables, the stack) went to memory uncached; stale lines for
 * those addresses may still sit in the caches from before Xen handed over,
 * so drop them before the caches start to be looked up.
 */
void cpu_enable_mmu(u64 *pgd)
{
	if ((read_id_mmfr0() & ID_MMFR0_VMSA_MASK) < ID_MMFR0_VMSA_LPAE)
		panic("this CPU has no long-descriptor (LPAE) translation tables");
	dcache_inval_poc((unsigned long)_head, (unsigned long)_end);
	cpu_switch_mmu_on(pgd);
}

/* The same tables, attributes and controls on every CPU. */
void cpu_switch_mmu_on(u64 *pgd)
{
	u32 sctlr;

	write_mair0((u32)MAIR_VALUE);
	write_mair1((u32)(MAIR_VALUE >> 32));
	write_ttbcr(TTBCR_EAE | TTBCR_EPD1 | TTBCR_SH0_INNER | TTBCR_ORGN0_WBWA |
		    TTBCR_IRGN0_WBWA);
	write_ttbr0((u64)virt_to_phys(pgd));
	isb();
	tlbiall();
	iciallu();
	bpiall();
	dsb(sy);
	isb();

	sctlr = read_sctlr();
	sctlr |= SCTLR_M | SCTLR_C | SCTLR_I | SCTLR_Z;
	sctlr &= ~(SCTLR_A | SCTLR_V);
	write_sctlr(sctlr);
	isb();
}

void cpu_mmu_state(struct cpu_mmu_state *st)
{
	u32 sctlr = read_sctlr();

	st->mmu = sctlr & SCTLR_M;
	st->dcache = sctlr & SCTLR_C;
	st->icache = sctlr & SCTLR_I;
	st->align_check = sctlr & SCTLR_A;
	st->mair = ((u64)read_mair1() << 32) | read_mair0();
}

/* ATS1CPR, then the 64-bit PAR (long-descriptor format with LPAE tables). */
int cpu_translate(unsigned long va, struct cpu_translation *tr)
{
	unsigned long flags;
	u64 par;

	/* PAR is overwritten by any ATS1, including one in an interrupt handler. */
	local_irq_save(flags);
	write_cp15(va, 0, c7, c8, 0);
	isb();
	par = read_cp15_64(0, c7);
	local_irq_restore(flags);
	if (par & 1)
		return -1;
	tr->pa = (par & 0x000000fffffff000ULL) | (va & ~PAGE_MASK);
	tr->attr = (unsigned int)(par >> 56);
	tr->sh = (unsigned int)(par >> 7) & 3;
	return 0;
}
