/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The boot-time memory map: the RAM banks the device tree lists and the
 * parts of them that are taken (the kernel image, the device tree, an
 * initrd, /reserved-memory, /memreserve/).  The page allocator is built
 * from it once, in mem_init().
 */
#ifndef _LINUX_MEMBLOCK_H
#define _LINUX_MEMBLOCK_H

#include <linux/types.h>

struct memblock_region {
	phys_addr_t base;
	phys_addr_t size;
};

#define MEMBLOCK_MAX_REGIONS	16

struct memblock_type {
	const char *name;
	unsigned int cnt;
	struct memblock_region regions[MEMBLOCK_MAX_REGIONS];
};

extern struct memblock_type memblock_memory;
extern struct memblock_type memblock_reserved;

#define for_each_memblock(type, r) \
	for ((r) = (type)->regions; (r) < (type)->regions + (type)->cnt; (r)++)

/* Return 0, or -ENOSPC when the table is full (the region is then ignored). */
int memblock_add(phys_addr_t base, phys_addr_t size);
int memblock_reserve(phys_addr_t base, phys_addr_t size);

/* Does [base, base + size) overlap any reservation? */
bool memblock_is_reserved(phys_addr_t base, phys_addr_t size);

/* A reservation overlapping [base, base + size), or NULL. */
const struct memblock_region *memblock_find_reserved(phys_addr_t base, phys_addr_t size);

/**
 * memblock_alloc() - take @size bytes of RAM before the page allocator exists
 * @size: bytes
 * @align: a power of two
 *
 * The memory is reserved for good and not zeroed.
 *
 * Return: its physical address, or 0 when no bank has room.
 */
phys_addr_t memblock_alloc(phys_addr_t size, phys_addr_t align);

/* Print the memory map. */
void memblock_dump(void);

#endif /* _LINUX_MEMBLOCK_H */
