// SPDX-License-Identifier: GPL-2.0
/*
 * AArch64 MMU control: load the tables built by mm/mmu.c, turn on the
 * MMU and caches, and read back what the hardware thinks (for tests).
 */
#include <linux/kernel.h>
#include <linux/cpu.h>
#include <linux/mm.h>
#include <linux/pgtable.h>
#include <linux/sections.h>
#include <asm/barrier.h>
#include <asm/sysreg.h>

/* The smallest D-cache line in the system, from CTR_EL0.DminLine. */
static unsigned long dcache_line_size(void)
{
	return 4UL << ((read_sysreg(ctr_el0) >> 16) & 0xf);
}

/* Discard [start, end) from the data caches, down to the point of coherency. */
static void dcache_inval_poc(unsigned long start, unsigned long end)
{
	unsigned long line = dcache_line_size(), addr;

	for (addr = start & ~(line - 1); addr < end; addr += line)
		__asm__ __volatile__("dc ivac, %0" : : "r"(addr) : "memory");
	dsb(sy);
}

static u64 tcr_value(void)
{
	u64 ips = read_sysreg(id_aa64mmfr0_el1) & ID_AA64MMFR0_PARANGE_MASK;

	/* The identity map needs no more than 48 bits: cap the output size there. */
	return TCR_T0SZ(MMU_VA_BITS) | TCR_IRGN0_WBWA | TCR_ORGN0_WBWA | TCR_SH0_INNER |
	       TCR_TG0_4K | TCR_EPD1 | (min(ips, 5ULL) << TCR_IPS_SHIFT);
}

void dcache_clean_inval_poc(unsigned long start, unsigned long end)
{
	unsigned long line = dcache_line_size(), addr;

	for (addr = start & ~(line - 1); addr < end; addr += line)
		__asm__ __volatile__("dc civac, %0" : : "r"(addr) : "memory");
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
	dcache_inval_poc((unsigned long)_head, (unsigned long)_end);
	cpu_switch_mmu_on(pgd);
}

/* The same tables, attributes and controls on every CPU. */
void cpu_switch_mmu_on(u64 *pgd)
{
	u64 sctlr;

	write_sysreg(MAIR_VALUE, mair_el1);
	write_sysreg(tcr_value(), tcr_el1);
	write_sysreg(virt_to_phys(pgd), ttbr0_el1);
	isb();
	__asm__ __volatile__("tlbi vmalle1\n\tdsb nsh\n\tic iallu\n\tdsb nsh\n\tisb" : : : "memory");

	sctlr = read_sysreg(sctlr_el1);
	sctlr |= SCTLR_EL1_M | SCTLR_EL1_C | SCTLR_EL1_I;
	sctlr &= ~(SCTLR_EL1_A | SCTLR_EL1_WXN | SCTLR_EL1_EE);
	write_sysreg(sctlr, sctlr_el1);
	isb();
}

void cpu_mmu_state(struct cpu_mmu_state *st)
{
	u64 sctlr = read_sysreg(sctlr_el1);

	st->mmu = sctlr & SCTLR_EL1_M;
	st->dcache = sctlr & SCTLR_EL1_C;
	st->icache = sctlr & SCTLR_EL1_I;
	st->align_check = sctlr & SCTLR_EL1_A;
	st->mair = read_sysreg(mair_el1);
}

int cpu_translate(unsigned long va, struct cpu_translation *tr)
{
	unsigned long flags;
	u64 par;

	/* PAR_EL1 is overwritten by any AT, including one in an interrupt handler. */
	local_irq_save(flags);
	__asm__ __volatile__("at s1e1r, %0\n\tisb" : : "r"(va) : "memory");
	par = read_sysreg(par_el1);
	local_irq_restore(flags);
	if (par & 1)
		return -1;
	tr->pa = (par & 0x0000fffffffff000ULL) | (va & ~PAGE_MASK);
	tr->attr = (unsigned int)(par >> 56);
	tr->sh = (unsigned int)(par >> 7) & 3;
	return 0;
}
