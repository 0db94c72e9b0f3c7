// SPDX-License-Identifier: GPL-2.0
/*
 * The platform under the real hypervisor: the MMU and caches as the
 * hardware reports them, what the translation of RAM, MMIO and
 * memremap_wb() memory comes out as, exceptions and their fixups, the
 * page and small-object allocators, the GIC (an SGI to ourselves) and
 * the virtual timer interrupt, and what the device tree told us.
 */
#include <linux/ktap.h>
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/cpu.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/extable.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/libfdt.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <linux/pgtable.h>
#include <linux/sections.h>
#include <linux/string.h>
#include <asm/processor.h>
#include <clocksource/arm_arch_timer.h>

/* No RAM, no device: the first page of the address space. */
#define UNMAPPED_ADDRESS	0x1000UL
#define TEST_SGI		7
/*
 * How long to wait for an interrupt that must come: generous, because Xen
 * (and QEMU on a busy host) may deschedule us meanwhile.  One that must
 * not come is given a short window only; a timer rearmed by mistake fires
 * again within it many times over.
 */
#define IRQ_WAIT_NS		2000000000ULL
#define IRQ_ABSENT_NS		50000000ULL

static void mmu_and_caches_on(struct ktap_test *t)
{
	struct cpu_mmu_state st;

	cpu_mmu_state(&st);
	ktap_expect(t, st.mmu);
	ktap_expect(t, st.dcache);
	ktap_expect(t, st.icache);
	ktap_expect(t, !st.align_check);
	ktap_expect_eq(t, st.mair, MAIR_VALUE);
}

/* What the MMU itself says about a kernel read of @va. */
static void expect_translation(struct ktap_test *t, const void *va, unsigned int attr,
			       bool check_sh)
{
	struct cpu_translation tr;

	if (!ktap_expect_eq(t, cpu_translate((unsigned long)va, &tr), 0))
		return;
	ktap_expect_eq(t, tr.pa, virt_to_phys(va));
	ktap_expect_eq(t, tr.attr, attr);
	if (check_sh)
		ktap_expect_eq(t, tr.sh, 3);
}

static void ram_is_normal_wb_inner_shareable(struct ktap_test *t)
{
	void *page = alloc_page();
	int local;

	expect_translation(t, _text, MAIR_ATTR_NORMAL_WB, true);
	expect_translation(t, &local, MAIR_ATTR_NORMAL_WB, true);
	expect_translation(t, initial_boot_params, MAIR_ATTR_NORMAL_WB, true);
	if (ktap_expect(t, page))
		expect_translation(t, page, MAIR_ATTR_NORMAL_WB, true);
	free_page(page);
}

static int gic_dist_base(u64 *base)
{
	int node = of_find_compatible_node(-1, "arm,gic-v3");

	if (node < 0)
		node = of_find_compatible_node(-1, "arm,cortex-a15-gic");
	return node < 0 ? node : of_get_reg(node, 0, base, NULL);
}

static void mmio_is_device(struct ktap_test *t)
{
	u64 base;
	void *gicd;

	if (!ktap_expect_eq(t, gic_dist_base(&base), 0))
		return;
	gicd = ioremap((phys_addr_t)base, PAGE_SIZE);
	if (!ktap_expect(t, gicd))
		return;
	expect_translation(t, gicd, MAIR_ATTR_DEVICE_nGnRE, false);
	ktap_expect(t, lookup_pte((unsigned long)gicd, NULL) & PTE_XN);
	/* RAM is already Normal memory: it cannot be remapped as a device. */
	ktap_expect(t, !ioremap(virt_to_phys(_text), PAGE_SIZE));
}

/* The grant table region Xen names in /hypervisor lies outside RAM. */
static void memremap_wb_outside_ram(struct ktap_test *t)
{
	int node = of_find_compatible_node(-1, "xen,xen");
	u64 base, size;
	void *p;

	if (node < 0 || of_get_reg(node, 0, &base, &size)) {
		ktap_skip(t, "no /hypervisor region");
		return;
	}
	ktap_expect(t, !memblock_is_reserved((phys_addr_t)base, PAGE_SIZE));
	p = memremap_wb((phys_addr_t)base, PAGE_SIZE);
	if (ktap_expect(t, p))
		expect_translation(t, p, MAIR_ATTR_NORMAL_WB, true);
}

static void unmapped_access_faults(struct ktap_test *t)
{
	u32 val = 0x5a5a5a5a;

	ktap_expect_eq(t, lookup_pte(UNMAPPED_ADDRESS, NULL), 0);
	ktap_expect_eq(t, probe_read32((void *)UNMAPPED_ADDRESS, &val), -EFAULT);
	ktap_expect_eq(t, val, 0x5a5a5a5a);
}

/* Unaligned loads are legal on Normal memory with SCTLR.A clear. */
static void unaligned_access_works(struct ktap_test *t)
{
	static const u8 bytes[8] __aligned(8) = { 0x10, 0x21, 0x32, 0x43, 0x54, 0x65, 0x76, 0x87 };
	u32 val = 0;

	ktap_expect_eq(t, probe_read32(bytes + 1, &val), 0);
	ktap_expect_eq(t, val, 0x54433221);
	ktap_expect_eq(t, probe_read32(bytes + 3, &val), 0);
	ktap_expect_eq(t, val, 0x76655443);
}

static void atomics_work(struct ktap_test *t)
{
	unsigned long *bits = kzalloc(4 * sizeof(long));
	u64 *words = kzalloc(2 * sizeof(u64));
	atomic_t v = ATOMIC_INIT(5);

	if (!ktap_expect(t, bits && words))
		goto out;
	set_bit(BITS_PER_LONG + 3, bits);
	ktap_expect_eq(t, bits[1], 1UL << 3);
	ktap_expect(t, !test_and_set_bit(0, bits));
	ktap_expect(t, test_and_set_bit(0, bits));
	ktap_expect(t, test_and_clear_bit(BITS_PER_LONG + 3, bits));
	ktap_expect_eq(t, bits[1], 0);
	/* Bit 63 of an xen_ulong_t word, also on 32-bit ARM. */
	set_bit64(63, words);
	ktap_expect(t, test_bit64(63, words));
	ktap_expect(t, test_bit(63, (unsigned long *)words));
	ktap_expect_eq(t, xchg64(&words[0], 7), 1ULL << 63);
	ktap_expect(t, test_and_clear_bit64(64 + 1, words) == false);
	ktap_expect_eq(t, atomic_inc_return(&v), 6);
	ktap_expect_eq(t, cmpxchg(&v.counter, 6, 9), 6);
	ktap_expect_eq(t, atomic_read(&v), 9);
out:
	kfree(bits);
	kfree(words);
}

static bool all_zero(const u8 *p, size_t len)
{
	while (len--)
		if (*p++)
			return false;
	return true;
}

static void page_alloc_round_trip(struct ktap_test *t)
{
	unsigned long before = nr_free_pages();
	u8 *a = alloc_pages(3), *b = alloc_page();

	if (!ktap_expect(t, a && b))
		goto out;
	ktap_expect_eq(t, virt_to_phys(a) % (8 * PAGE_SIZE), 0);
	ktap_expect_eq(t, nr_free_pages(), before - 9);
	ktap_expect(t, all_zero(a, 8 * PAGE_SIZE) && all_zero(b, PAGE_SIZE));
	ktap_expect(t, b < a || b >= a + 8 * PAGE_SIZE);
	ktap_expect(t, !memblock_is_reserved(virt_to_phys(a), 8 * PAGE_SIZE));
	memset(a, 0xa5, 8 * PAGE_SIZE);
	memset(b, 0x5a, PAGE_SIZE);
out:
	free_pages(a, 3);
	free_page(b);
	ktap_expect_eq(t, nr_free_pages(), before);
	/* Freed pages come back zeroed. */
	a = alloc_pages(3);
	if (ktap_expect(t, a))
		ktap_expect(t, all_zero(a, 8 * PAGE_SIZE));
	free_pages(a, 3);
}

static void kzalloc_round_trip(struct ktap_test *t)
{
	static const size_t sizes[] = { 1, 16, 17, 100, 512, 1000, 1024, 1025, 4096, 20000 };
	unsigned long before = nr_free_pages();
	void *p[ARRAY_SIZE(sizes)][3];
	unsigned int i, j;

	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		for (j = 0; j < 3; j++) {
			p[i][j] = kzalloc(sizes[i]);
			if (!ktap_expect(t, p[i][j]))
				continue;
			ktap_expect_eq(t, (unsigned long)p[i][j] % 16, 0);
			ktap_expect(t, all_zero(p[i][j], sizes[i]));
			memset(p[i][j], 0xff, sizes[i]);
		}
		ktap_expect(t, p[i][0] != p[i][1] && p[i][1] != p[i][2]);
	}
	ktap_expect(t, nr_free_pages() < before);
	for (i = 0; i < ARRAY_SIZE(sizes); i++)
		for (j = 0; j < 3; j++)
			kfree(p[i][j]);
	ktap_expect_eq(t, nr_free_pages(), before);
}

/* Enable IRQs and wait for @irq's count to pass @count, then mask again. */
static bool wait_for_irq_ns(unsigned int irq, unsigned long count, u64 ns)
{
	u64 start = get_cycles(), limit = ns_to_cycles(ns);
	unsigned long flags;

	local_irq_save(flags);
	local_irq_enable();
	while (irq_count(irq) <= count && get_cycles() - start < limit)
		cpu_relax();
	local_irq_restore(flags);
	return irq_count(irq) > count;
}

static bool wait_for_irq(unsigned int irq, unsigned long count)
{
	return wait_for_irq_ns(irq, count, IRQ_WAIT_NS);
}

static void sgi_handler(unsigned int irq, void *dev)
{
	(*(unsigned int *)dev)++;
}

static void gic_sgi_to_self(struct ktap_test *t)
{
	unsigned int hits = 0;
	unsigned long before = irq_count(TEST_SGI), flags;

	if (!ktap_expect_eq(t, request_irq(TEST_SGI, sgi_handler, "test-sgi", &hits), 0))
		return;
	ktap_expect_eq(t, request_irq(TEST_SGI, sgi_handler, "again", &hits), -EBUSY);
	local_irq_save(flags);
	ktap_expect_eq(t, irq_send_sgi_self(TEST_SGI), 0);
	ktap_expect(t, wait_for_irq(TEST_SGI, before));
	ktap_expect_eq(t, hits, 1);
	ktap_expect_eq(t, irq_count(TEST_SGI), before + 1);
	local_irq_restore(flags);
	free_irq(TEST_SGI);
	ktap_expect_eq(t, request_irq(2000, sgi_handler, "bad", NULL), -EINVAL);
}

static void timer_irq_fires_once(struct ktap_test *t)
{
	unsigned int irq = arch_timer_irq();
	unsigned long before;

	if (!ktap_expect(t, irq >= 16 && irq < 32))
		return;
	before = irq_count(irq);
	ktap_expect_eq(t, arch_timer_set_next_event(ns_to_cycles(1000000)), 0);
	ktap_expect(t, wait_for_irq(irq, before));
	/* Once: the handler stopped the timer, so nothing follows. */
	mdelay(5);
	ktap_expect(t, !wait_for_irq_ns(irq, before + 1, IRQ_ABSENT_NS));
	ktap_expect_eq(t, irq_count(irq), before + 1);
	ktap_expect_eq(t, irq_unexpected_count(), 0);
}

/*
 * Long enough that a wrong scale cannot hide in loop overhead; the upper
 * bound only catches unit mistakes, as Xen may deschedule us meanwhile.
 */
static void udelay_waits(struct ktap_test *t)
{
	u64 start = get_cycles(), ns;

	udelay(20000);
	ns = cycles_to_ns(get_cycles() - start);
	ktap_expect(t, ns >= 20000000);
	ktap_expect(t, ns < 500000000);
	ktap_expect(t, arch_timer_get_rate() >= 1000000);
}

/*
 * The command line is /chosen/bootargs as the tree has it, or empty when
 * the tree has none: the plainest xl configuration gives a domU no
 * command line at all, and that is valid.
 */
static void expect_bootargs_from_tree(struct ktap_test *t)
{
	const void *fdt = initial_boot_params;
	int chosen = fdt_path_offset(fdt, "/chosen");
	const char *prop = NULL;
	int len = 0;

	if (chosen >= 0)
		prop = fdt_getprop(fdt, chosen, "bootargs", &len);
	if (!prop || len <= 0) {
		ktap_expect_eq(t, strlen(of_get_bootargs()), 0);
		return;
	}
	ktap_expect_eq(t, strnlen(prop, len), len - 1);
	ktap_expect(t, !strcmp(of_get_bootargs(), prop));
}

static void device_tree_was_read(struct ktap_test *t)
{
	const struct memblock_region *r;
	bool kernel_in_ram = false;

	expect_bootargs_from_tree(t);
	ktap_expect(t, memblock_memory.cnt >= 1);
	for_each_memblock(&memblock_memory, r)
		if (virt_to_phys(_head) >= r->base && virt_to_phys(_end) <= r->base + r->size)
			kernel_in_ram = true;
	ktap_expect(t, kernel_in_ram);
	ktap_expect(t, memblock_is_reserved(virt_to_phys(_head), PAGE_SIZE));
	ktap_expect(t, memblock_is_reserved(virt_to_phys(initial_boot_params), 1));
	ktap_expect(t, irq_chip_name() != NULL);
}

static const struct ktap_case platform_cases[] = {
	KTAP_CASE(mmu_and_caches_on),
	KTAP_CASE(ram_is_normal_wb_inner_shareable),
	KTAP_CASE(mmio_is_device),
	KTAP_CASE(memremap_wb_outside_ram),
	KTAP_CASE(unmapped_access_faults),
	KTAP_CASE(unaligned_access_works),
	KTAP_CASE(atomics_work),
	KTAP_CASE(page_alloc_round_trip),
	KTAP_CASE(kzalloc_round_trip),
	KTAP_CASE(gic_sgi_to_self),
	KTAP_CASE(timer_irq_fires_once),
	KTAP_CASE(udelay_waits),
	KTAP_CASE(device_tree_was_read),
	{}
};

static const struct ktap_suite platform_suite = {
	.name = "platform",
	.cases = platform_cases,
};
ktap_test_suite(platform_suite);
