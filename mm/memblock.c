// SPDX-License-Identifier: GPL-2.0
/*
 * The boot-time memory map: two small unsorted tables.  A guest has a
 * handful of RAM banks and reservations, so linear scans are all it takes.
 */
#define pr_fmt(fmt) "memblock: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/memblock.h>

struct memblock_type memblock_memory = { .name = "memory" };
struct memblock_type memblock_reserved = { .name = "reserved" };

static int memblock_insert(struct memblock_type *type, phys_addr_t base, phys_addr_t size)
{
	if (!size)
		return 0;
	if (type->cnt == MEMBLOCK_MAX_REGIONS) {
		pr_err("no room for %s region %#lx+%#lx\n", type->name, base, size);
		return -ENOSPC;
	}
	type->regions[type->cnt].base = base;
	type->regions[type->cnt].size = size;
	type->cnt++;
	return 0;
}

int memblock_add(phys_addr_t base, phys_addr_t size)
{
	return memblock_insert(&memblock_memory, base, size);
}

int memblock_reserve(phys_addr_t base, phys_addr_t size)
{
	return memblock_insert(&memblock_reserved, base, size);
}

/* Compared as "last byte", so a region ending at the top of the space works. */
static bool overlaps(const struct memblock_region *r, phys_addr_t base, phys_addr_t size)
{
	return base <= r->base + (r->size - 1) && r->base <= base + (size - 1);
}

const struct memblock_region *memblock_find_reserved(phys_addr_t base, phys_addr_t size)
{
	const struct memblock_region *r;

	for_each_memblock(&memblock_reserved, r)
		if (overlaps(r, base, size))
			return r;
	return NULL;
}

bool memblock_is_reserved(phys_addr_t base, phys_addr_t size)
{
	return memblock_find_reserved(base, size) != NULL;
}

/* Skip past whatever reservation is in the way until @size bytes fit. */
static phys_addr_t alloc_in(const struct memblock_region *bank, phys_addr_t size,
			    phys_addr_t align)
{
	phys_addr_t end = bank->base + bank->size, base = bank->base;
	const struct memblock_region *r;

	for (;;) {
		base = ALIGN(base, align);
		if (base >= end || end - base < size)
			return 0;
		r = memblock_find_reserved(base, size);
		if (!r)
			return base;
		base = r->base + r->size;
	}
}

phys_addr_t memblock_alloc(phys_addr_t size, phys_addr_t align)
{
	const struct memblock_region *bank;
	phys_addr_t base;

	for_each_memblock(&memblock_memory, bank) {
		base = alloc_in(bank, size, align);
		if (base && !memblock_reserve(base, size))
			return base;
	}
	return 0;
}

static void dump_type(const struct memblock_type *type)
{
	const struct memblock_region *r;

	for_each_memblock(type, r)
		pr_info("  %-8s %#010lx-%#010lx (%lu KiB)\n", type->name, r->base,
			r->base + r->size - 1, r->size >> 10);
}

void memblock_dump(void)
{
	dump_type(&memblock_memory);
	dump_type(&memblock_reserved);
}
