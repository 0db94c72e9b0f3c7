/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Reading the device tree Xen passed (initial_boot_params).  Nodes are
 * libfdt node offsets; every function here returns a negative errno when
 * the tree does not say what was asked.  For anything else use libfdt
 * itself: #include <linux/libfdt.h> and pass initial_boot_params.
 *
 * Xen's /hypervisor node, for example:
 *
 *	int node = of_find_compatible_node(-1, "xen,xen");
 *	u64 gnttab_base, gnttab_size;
 *	int evtchn_irq;
 *
 *	if (node < 0 || of_get_reg(node, 0, &gnttab_base, &gnttab_size))
 *		return -ENODEV;
 *	evtchn_irq = of_irq_get(node, 0);	(a GIC INTID for request_irq())
 *
 * Its further "reg" entries (index 1, 2, ...) are the extended regions:
 * guest physical space Xen leaves free for foreign and grant mappings.
 */
#ifndef _LINUX_OF_FDT_H
#define _LINUX_OF_FDT_H

#include <linux/types.h>

/**
 * of_find_compatible_node() - the next node compatible with @compat
 * @from: start after this node; -1 to search the whole tree
 * @compat: a "compatible" string, e.g. "arm,gic-v3"
 *
 * Only nodes whose "status" is absent, "okay" or "ok" are returned.
 *
 * Return: a node offset, or -ENODEV.
 */
int of_find_compatible_node(int from, const char *compat);

/**
 * of_get_reg() - the @index'th (address, size) pair of a node's "reg"
 * @node: node offset
 * @index: which pair, from 0
 * @addr: set to the address
 * @size: set to the size, may be NULL
 *
 * Cell counts come from the parent's #address-cells / #size-cells.
 *
 * Return: 0, -ENOENT when there is no such pair, -EINVAL when "reg" or the
 * cell counts are malformed.
 */
int of_get_reg(int node, int index, u64 *addr, u64 *size);

/**
 * of_irq_get() - the @index'th interrupt of a node, as a GIC INTID
 * @node: node offset
 * @index: which entry of "interrupts", from 0
 *
 * Decodes the GIC binding's three cells <type number flags>: type 0 is
 * an SPI (INTID 32 + number), type 1 a PPI (INTID 16 + number).
 *
 * Return: the INTID, -ENOENT when there is no such entry, -EINVAL when the
 * interrupt parent is not a GIC-style three-cell controller.
 */
int of_irq_get(int node, int index);

/* The trigger flags cell of the same entry (IRQ_TYPE_* values), or -errno. */
int of_irq_get_flags(int node, int index);

/* A one-cell property; 0, -ENOENT if absent, -EINVAL if not 4 bytes. */
int of_property_read_u32(int node, const char *name, u32 *val);

/* A string property; 0, -ENOENT if absent, -EINVAL if not NUL-terminated. */
int of_property_read_string(int node, const char *name, const char **out);

/* Does @node list @compat among its "compatible" strings? */
bool of_device_is_compatible(int node, const char *compat);

/**
 * of_get_cpu_hwids() - the MPIDR affinity ("reg") of every CPU /cpus lists
 * @hwids: filled in tree order; the boot CPU is not necessarily first
 * @max: room in @hwids; CPUs past it are counted, not stored
 *
 * Return: the number of CPUs, or -ENOENT without /cpus.
 */
int of_get_cpu_hwids(u64 *hwids, unsigned int max);

/* /chosen/bootargs, or "" when there is none. */
const char *of_get_bootargs(void);

/**
 * of_find_bootarg() - where a word of the command line starts with @prefix
 * @prefix: "name=" for a value, or a whole word
 *
 * Return: what follows @prefix in the first such word (its value, or ""
 * or " ..." after a whole word), or NULL when no word starts with it.
 */
const char *of_find_bootarg(const char *prefix);

/**
 * early_init_dt_scan() - learn the memory map from the device tree
 * @fdt: the tree; must be mapped (MMU on, see early_mmu_init())
 *
 * Checks the header, prints /chosen/bootargs, adds every /memory bank to
 * memblock and reserves the kernel image, the tree itself, any initrd,
 * /memreserve/ entries and /reserved-memory children.
 */
void early_init_dt_scan(const void *fdt);

#endif /* _LINUX_OF_FDT_H */
