// SPDX-License-Identifier: GPL-2.0
/*
 * Device tree helpers over libfdt (see <linux/of_fdt.h>), and the boot-time
 * scan that turns the tree into the memory map.
 */
#define pr_fmt(fmt) "fdt: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/libfdt.h>
#include <linux/memblock.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <linux/sections.h>
#include <linux/string.h>

static bool node_available(const void *fdt, int node)
{
	const char *status = fdt_getprop(fdt, node, "status", NULL);

	return !status || !strcmp(status, "okay") || !strcmp(status, "ok");
}

int of_find_compatible_node(int from, const char *compat)
{
	const void *fdt = initial_boot_params;
	int node = from;

	do {
		node = fdt_node_offset_by_compatible(fdt, node, compat);
	} while (node >= 0 && !node_available(fdt, node));
	return node >= 0 ? node : -ENODEV;
}

/* #address-cells / #size-cells from the parent, with the spec's defaults. */
static int parent_cells(const void *fdt, int node, int *ac, int *sc)
{
	int parent = fdt_parent_offset(fdt, node);

	if (parent < 0)
		return -EINVAL;
	*ac = fdt_address_cells(fdt, parent);
	*sc = fdt_size_cells(fdt, parent);
	if (*ac < 1 || *ac > 2 || *sc < 0 || *sc > 2)
		return -EINVAL;
	return 0;
}

static u64 read_cells(const fdt32_t *cell, int n)
{
	u64 val = 0;

	while (n--)
		val = (val << 32) | fdt32_to_cpu(*cell++);
	return val;
}

int of_get_reg(int node, int index, u64 *addr, u64 *size)
{
	const void *fdt = initial_boot_params;
	const fdt32_t *reg;
	int ac, sc, len;

	if (parent_cells(fdt, node, &ac, &sc))
		return -EINVAL;
	reg = fdt_getprop(fdt, node, "reg", &len);
	if (!reg)
		return -ENOENT;
	if (len % ((ac + sc) * 4))
		return -EINVAL;
	if (index < 0 || index >= len / ((ac + sc) * 4))
		return -ENOENT;
	reg += index * (ac + sc);
	*addr = read_cells(reg, ac);
	if (size)
		*size = read_cells(reg + ac, sc);
	return 0;
}

/* The node's interrupt parent, found through "interrupt-parent" up the tree. */
static int interrupt_parent(const void *fdt, int node)
{
	const fdt32_t *phandle;

	for (; node >= 0; node = fdt_parent_offset(fdt, node)) {
		phandle = fdt_getprop(fdt, node, "interrupt-parent", NULL);
		if (phandle)
			return fdt_node_offset_by_phandle(fdt, fdt32_to_cpu(*phandle));
	}
	return -ENOENT;
}

static int irq_cells(int node, int index, const fdt32_t **cells)
{
	const void *fdt = initial_boot_params;
	int parent = interrupt_parent(fdt, node);
	u32 ncells;
	int len;

	if (parent < 0 || of_property_read_u32(parent, "#interrupt-cells", &ncells) ||
	    ncells != 3)
		return -EINVAL;
	*cells = fdt_getprop(fdt, node, "interrupts", &len);
	if (!*cells)
		return -ENOENT;
	if (index < 0 || index >= len / 12)
		return -ENOENT;
	*cells += index * 3;
	return 0;
}

int of_irq_get(int node, int index)
{
	const fdt32_t *cells;
	u32 type, num;
	int err = irq_cells(node, index, &cells);

	if (err)
		return err;
	type = fdt32_to_cpu(cells[0]);
	num = fdt32_to_cpu(cells[1]);
	if (type == 0 && num < 988)
		return 32 + num;
	if (type == 1 && num < 16)
		return 16 + num;
	return -EINVAL;
}

int of_irq_get_flags(int node, int index)
{
	const fdt32_t *cells;
	int err = irq_cells(node, index, &cells);

	return err ? err : (int)(fdt32_to_cpu(cells[2]) & 0xff);
}

int of_property_read_u32(int node, const char *name, u32 *val)
{
	const fdt32_t *prop;
	int len;

	prop = fdt_getprop(initial_boot_params, node, name, &len);
	if (!prop)
		return -ENOENT;
	if (len != 4)
		return -EINVAL;
	*val = fdt32_to_cpu(*prop);
	return 0;
}

int of_property_read_string(int node, const char *name, const char **out)
{
	const char *prop;
	int len;

	prop = fdt_getprop(initial_boot_params, node, name, &len);
	if (!prop)
		return -ENOENT;
	if (len < 1 || prop[len - 1])
		return -EINVAL;
	*out = prop;
	return 0;
}

bool of_device_is_compatible(int node, const char *compat)
{
	return fdt_node_check_compatible(initial_boot_params, node, compat) == 0;
}

/* A "cpu" node: device_type "cpu", or (older trees) a name "cpu@...". */
static bool node_is_cpu(const void *fdt, int node)
{
	const char *type = fdt_getprop(fdt, node, "device_type", NULL);
	const char *name = fdt_get_name(fdt, node, NULL);

	if (type)
		return !strcmp(type, "cpu");
	return name && !strncmp(name, "cpu@", 4);
}

int of_get_cpu_hwids(u64 *hwids, unsigned int max)
{
	const void *fdt = initial_boot_params;
	int cpus = fdt_path_offset(fdt, "/cpus"), node;
	unsigned int n = 0;
	u64 hwid;

	if (cpus < 0)
		return -ENOENT;
	fdt_for_each_subnode(node, fdt, cpus) {
		if (!node_is_cpu(fdt, node) || !node_available(fdt, node))
			continue;
		if (of_get_reg(node, 0, &hwid, NULL))
			continue;
		if (n < max)
			hwids[n] = hwid;
		n++;
	}
	return (int)n;
}

const char *of_get_bootargs(void)
{
	const void *fdt = initial_boot_params;
	int chosen = fdt_path_offset(fdt, "/chosen");
	const char *args = chosen >= 0 ? fdt_getprop(fdt, chosen, "bootargs", NULL) : NULL;

	return args ? args : "";
}

const char *of_find_bootarg(const char *prefix)
{
	const char *args = of_get_bootargs(), *p;
	size_t n = strlen(prefix);

	for (p = args; *p; p++)
		if ((p == args || p[-1] == ' ') && !strncmp(p, prefix, n))
			return p + n;
	return NULL;
}

/* Regions past what the identity map can address are ignored with a note. */
static void add_region(bool reserve, u64 base, u64 size)
{
	u64 limit = (u64)(phys_addr_t)~0UL;

	if (!size || base > limit) {
		if (size)
			pr_info("ignoring %s %#llx+%#llx: above %#llx\n",
				reserve ? "reservation" : "memory", (unsigned long long)base,
				(unsigned long long)size, (unsigned long long)limit);
		return;
	}
	size = min(size, limit - base + 1);
	if (reserve)
		memblock_reserve((phys_addr_t)base, (phys_addr_t)size);
	else
		memblock_add((phys_addr_t)base, (phys_addr_t)size);
}

static void add_reg_regions(int node, bool reserve)
{
	u64 base, size;
	int i;

	for (i = 0; !of_get_reg(node, i, &base, &size); i++)
		add_region(reserve, base, size);
}

static void scan_memory(const void *fdt)
{
	int node = -1;

	for (;;) {
		node = fdt_node_offset_by_prop_value(fdt, node, "device_type", "memory",
						     sizeof("memory"));
		if (node < 0)
			break;
		if (node_available(fdt, node))
			add_reg_regions(node, false);
	}
}

static void scan_reserved(const void *fdt)
{
	int node = fdt_path_offset(fdt, "/reserved-memory"), child, i;
	u64 base, size;

	for (i = 0; !fdt_get_mem_rsv(fdt, i, &base, &size) && size; i++)
		add_region(true, base, size);
	if (node < 0)
		return;
	fdt_for_each_subnode(child, fdt, node)
		if (node_available(fdt, child))
			add_reg_regions(child, true);
}

/* linux,initrd-start/end: one or two cells each. */
static void scan_initrd(const void *fdt)
{
	int chosen = fdt_path_offset(fdt, "/chosen"), len1, len2;
	const fdt32_t *start, *end;
	u64 s, e;

	if (chosen < 0)
		return;
	start = fdt_getprop(fdt, chosen, "linux,initrd-start", &len1);
	end = fdt_getprop(fdt, chosen, "linux,initrd-end", &len2);
	if (!start || !end || len1 % 4 || len2 % 4 || len1 > 8 || len2 > 8)
		return;
	s = read_cells(start, len1 / 4);
	e = read_cells(end, len2 / 4);
	if (e > s) {
		pr_info("initrd at %#llx-%#llx\n", (unsigned long long)s,
			(unsigned long long)e - 1);
		add_region(true, s, e - s);
	}
}

void early_init_dt_scan(const void *fdt)
{
	int err = fdt_check_header(fdt);

	if (err)
		panic("bad device tree at %p: %s", fdt, fdt_strerror(err));
	pr_info("device tree at %p, %u bytes, model \"%s\"\n", fdt, fdt_totalsize(fdt),
		(const char *)fdt_getprop(fdt, 0, "model", NULL) ?: "?");
	printk("Kernel command line: %s\n", of_get_bootargs());

	scan_memory(fdt);
	if (!memblock_memory.cnt)
		panic("the device tree lists no memory");
	memblock_reserve((phys_addr_t)_head, (phys_addr_t)(_end - _head));
	memblock_reserve(virt_to_phys(fdt), fdt_totalsize(fdt));
	scan_initrd(fdt);
	scan_reserved(fdt);
	memblock_dump();
}
