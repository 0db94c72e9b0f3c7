// SPDX-License-Identifier: GPL-2.0
/*
 * The page allocator: one bitmap per RAM bank, a set bit for every page
 * that is allocated or reserved.  A request for 2^order pages scans the
 * bank's naturally aligned windows of that size; full words are skipped
 * in one step.  Each bitmap starts at a MAX_ORDER-aligned frame so that
 * bitmap indices and frame numbers share their alignment.
 *
 * Callable from interrupt handlers: the bitmaps change with IRQs masked.
 */
#define pr_fmt(fmt) "page_alloc: " fmt

#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/bitops.h>
#include <linux/interrupt.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/string.h>

/* Any CPU may allocate and free: the state below is changed under this. */
static DEFINE_SPINLOCK(page_lock);

struct page_bank {
	phys_addr_t start;	/* first page the bitmap describes */
	phys_addr_t base;	/* first page of the bank */
	phys_addr_t end;	/* one past the last page of the bank */
	unsigned long nbits;
	unsigned long *used;
};

static struct page_bank banks[MEMBLOCK_MAX_REGIONS];
static unsigned int nr_banks;
static unsigned long free_count;

static bool window_free(const struct page_bank *b, unsigned long first, unsigned long n)
{
	unsigned long i = first;

	while (i < first + n) {
		if (!(i % BITS_PER_LONG) && first + n - i >= BITS_PER_LONG) {
			if (b->used[BIT_WORD(i)])
				return false;
			i += BITS_PER_LONG;
		} else if (test_bit(i++, b->used)) {
			return false;
		}
	}
	return true;
}

static void window_mark(struct page_bank *b, unsigned long first, unsigned long n, bool used)
{
	unsigned long i;

	for (i = first; i < first + n; i++) {
		if (used)
			__set_bit(i, b->used);
		else
			__clear_bit(i, b->used);
	}
}

static long find_window(const struct page_bank *b, unsigned long n)
{
	unsigned long i;

	for (i = 0; i + n <= b->nbits; i += n) {
		/* A full word holds no window smaller than itself. */
		if (n < BITS_PER_LONG && b->used[BIT_WORD(i)] == ~0UL) {
			i = (BIT_WORD(i) + 1) * BITS_PER_LONG - n;
			continue;
		}
		if (window_free(b, i, n))
			return (long)i;
	}
	return -1;
}

void *alloc_pages(unsigned int order)
{
	unsigned long n = 1UL << order, flags;
	void *p = NULL;
	unsigned int i;
	long idx;

	if (order > MAX_ORDER)
		return NULL;
	spin_lock_irqsave(&page_lock, flags);
	for (i = 0; i < nr_banks && !p; i++) {
		idx = find_window(&banks[i], n);
		if (idx < 0)
			continue;
		window_mark(&banks[i], idx, n, true);
		free_count -= n;
		p = phys_to_virt(banks[i].start + ((phys_addr_t)idx << PAGE_SHIFT));
	}
	spin_unlock_irqrestore(&page_lock, flags);
	if (p)
		memset(p, 0, n << PAGE_SHIFT);
	return p;
}

static struct page_bank *bank_of(phys_addr_t pa)
{
	unsigned int i;

	for (i = 0; i < nr_banks; i++)
		if (pa >= banks[i].base && pa < banks[i].end)
			return &banks[i];
	return NULL;
}

void free_pages(void *addr, unsigned int order)
{
	phys_addr_t pa = virt_to_phys(addr);
	unsigned long n = 1UL << order, idx, flags, i;
	struct page_bank *b = bank_of(pa);

	if (!addr)
		return;
	if (!b || order > MAX_ORDER || pa & ((n << PAGE_SHIFT) - 1) ||
	    pa + (n << PAGE_SHIFT) > b->end) {
		pr_err("free_pages(%p, %u): not an allocation\n", addr, order);
		return;
	}
	idx = (pa - b->start) >> PAGE_SHIFT;
	spin_lock_irqsave(&page_lock, flags);
	for (i = idx; i < idx + n && test_bit(i, b->used); i++)
		;
	if (i == idx + n) {
		window_mark(b, idx, n, false);
		free_count += n;
	}
	spin_unlock_irqrestore(&page_lock, flags);
	if (i != idx + n)
		pr_err("free_pages(%p, %u): page %#lx is already free\n", addr, order,
		       pa + ((i - idx) << PAGE_SHIFT));
}

unsigned long nr_free_pages(void)
{
	return READ_ONCE(free_count);
}

static void bank_add(const struct memblock_region *r)
{
	phys_addr_t base = ALIGN(r->base, PAGE_SIZE);
	phys_addr_t end = (r->base + r->size) & PAGE_MASK;
	phys_addr_t start = base & ~((PAGE_SIZE << MAX_ORDER) - 1);
	struct page_bank *b = &banks[nr_banks];
	phys_addr_t bitmap;

	if (end <= base)
		return;
	b->start = start;
	b->base = base;
	b->end = end;
	b->nbits = (end - start) >> PAGE_SHIFT;
	bitmap = memblock_alloc(BITS_TO_LONGS(b->nbits) * sizeof(long), sizeof(long));
	if (!bitmap) {
		pr_err("no room for the bitmap of %#lx-%#lx\n", base, end - 1);
		return;
	}
	b->used = phys_to_virt(bitmap);
	nr_banks++;
}

/* Everything starts used; free what is in the bank and not reserved. */
static void bank_fill(struct page_bank *b)
{
	const struct memblock_region *r;
	phys_addr_t pa = b->base;

	memset(b->used, 0xff, BITS_TO_LONGS(b->nbits) * sizeof(long));
	while (pa < b->end) {
		r = memblock_find_reserved(pa, PAGE_SIZE);
		if (r) {
			pa = ALIGN(r->base + r->size, PAGE_SIZE);
			continue;
		}
		__clear_bit((pa - b->start) >> PAGE_SHIFT, b->used);
		free_count++;
		pa += PAGE_SIZE;
	}
}

/**
 * mem_init() - hand every unreserved page of the memory map to the allocator
 *
 * Called once, after paging_init() has mapped the RAM the bitmaps live in.
 */
void mem_init(void)
{
	const struct memblock_region *r;
	unsigned int i;

	for_each_memblock(&memblock_memory, r)
		bank_add(r);
	/* Only now: the bitmaps themselves are reservations too. */
	for (i = 0; i < nr_banks; i++)
		bank_fill(&banks[i]);
	pr_info("%lu pages (%lu KiB) free in %u bank(s)\n", free_count,
		free_count << (PAGE_SHIFT - 10), nr_banks);
}
