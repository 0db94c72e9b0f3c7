/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Memory for the guest kernel.  All RAM is identity-mapped (virtual ==
 * guest physical) as Normal, inner-shareable, write-back memory, which is
 * what Xen requires of pages it shares with a guest.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))

/* The largest block alloc_pages() hands out: 2^MAX_ORDER pages (4 MiB). */
#define MAX_ORDER	10

static inline phys_addr_t virt_to_phys(const void *p)
{
	return (phys_addr_t)(unsigned long)p;
}

static inline void *phys_to_virt(phys_addr_t pa)
{
	return (void *)(unsigned long)pa;
}

/* Guest frame numbers are in 4 KiB units, as Xen counts them. */
static inline u64 virt_to_pfn(const void *p)
{
	return virt_to_phys(p) >> PAGE_SHIFT;
}

static inline void *pfn_to_virt(u64 pfn)
{
	return phys_to_virt((phys_addr_t)(pfn << PAGE_SHIFT));
}

/**
 * alloc_pages() - 2^@order zeroed, naturally aligned, contiguous pages
 *
 * Return: their address, or NULL when RAM is exhausted.
 */
void *alloc_pages(unsigned int order);
void free_pages(void *addr, unsigned int order);

static inline void *alloc_page(void)
{
	return alloc_pages(0);
}

static inline void free_page(void *addr)
{
	free_pages(addr, 0);
}

/* Pages currently free, for leak checks in tests. */
unsigned long nr_free_pages(void);

/* The smallest order whose block holds @size bytes. */
static inline unsigned int get_order(size_t size)
{
	unsigned int order = 0;

	while ((PAGE_SIZE << order) < size)
		order++;
	return order;
}

/* Small zeroed allocations (any size up to a few pages), 16-byte aligned. */
void *kzalloc(size_t size);
void kfree(void *p);

/**
 * ioremap() - map a device's MMIO range as Device memory
 *
 * Return: the (identity) address to access it at, or NULL on failure.
 */
void *ioremap(phys_addr_t pa, size_t size);

/**
 * memremap_wb() - map a range outside RAM as Normal write-back memory
 *
 * For frames Xen places in the guest's address space, such as the grant
 * table region the device tree's /hypervisor node names.
 *
 * Return: the (identity) address to access it at, or NULL on failure.
 */
void *memremap_wb(phys_addr_t pa, size_t size);

/*
 * Platform bring-up, called by setup_arch() in this order: map the image
 * and the device tree and turn the MMU on (MMU off until then), map the RAM
 * banks the device tree lists, start the page allocator.
 */
void early_mmu_init(const void *fdt);
void paging_init(void);
void mem_init(void);

#endif /* _LINUX_MM_H */
