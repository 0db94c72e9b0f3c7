// SPDX-License-Identifier: GPL-2.0
/*
 * Xen's extended regions: ranges of dom0's physical address space that
 * hold nothing (no RAM, no device) and that Xen offers for mapping foreign
 * and granted frames at.  It lists them after the grant table range in
 * the "reg" of the device tree's /hypervisor node (Xen 4.16 and later,
 * 64-bit dom0 only).
 *
 * Backing a privcmd VMA with frames from there costs nothing: unlike a
 * frame from the balloon, no RAM has to be handed back to Xen first and
 * claimed again afterwards.  The ranges are claimed in iomem_resource
 * while the module is loaded, so that nothing else in Linux (memory
 * hotplug, a kernel that uses them itself) takes them at the same time;
 * a range that is taken already is left alone.
 */
#define pr_fmt(fmt) "xen:" KBUILD_MODNAME ": " fmt

#include <linux/genalloc.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/of.h>
#include <linux/of_address.h>
#include <linux/slab.h>

#include "privcmd.h"

static bool extended_regions = true;
module_param(extended_regions, bool, 0444);
MODULE_PARM_DESC(extended_regions,
		 "Back mappings with Xen's extended regions where it has them (default Y)");

/* At most this many ranges are claimed. */
#define MAX_REGIONS	8

static struct gen_pool *regions_pool;
static struct resource *regions[MAX_REGIONS];
static unsigned int nr_regions;
static size_t regions_size;

static void regions_claim(const struct resource *res)
{
	resource_size_t start = PAGE_ALIGN(res->start);
	resource_size_t end = ALIGN_DOWN(res->end + 1, PAGE_SIZE);
	struct resource *claimed;

	/* gen_pool addresses are unsigned long: nothing beyond them. */
	if (nr_regions == MAX_REGIONS || end <= start || end - 1 > ULONG_MAX)
		return;
	claimed = request_mem_region(start, end - start, KBUILD_MODNAME);
	if (!claimed) {
		pr_info("extended region %pR is in use, left alone\n", res);
		return;
	}
	if (gen_pool_add(regions_pool, start, end - start, NUMA_NO_NODE)) {
		release_mem_region(start, end - start);
		return;
	}
	regions[nr_regions++] = claimed;
	regions_size += end - start;
}

/**
 * privcmd_regions_init() - claim Xen's extended regions, if any
 *
 * Return: 0, also when there are none (mappings then use the balloon), or
 * -ENOMEM.
 */
int privcmd_regions_init(void)
{
	struct device_node *np;
	struct resource res;
	int i;

	if (!extended_regions)
		return 0;
	np = of_find_compatible_node(NULL, NULL, "xen,xen");
	if (!np)
		return 0;
	regions_pool = gen_pool_create(PAGE_SHIFT, NUMA_NO_NODE);
	if (!regions_pool) {
		of_node_put(np);
		return -ENOMEM;
	}
	/* Entry 0 is the grant table's range, not ours. */
	for (i = 1; !of_address_to_resource(np, i, &res); i++)
		regions_claim(&res);
	of_node_put(np);
	if (!nr_regions) {
		gen_pool_destroy(regions_pool);
		regions_pool = NULL;
		return 0;
	}
	pr_info("backing mappings with %zu MiB of Xen's extended regions\n",
		gen_pool_avail(regions_pool) >> 20);
	return 0;
}

/*
 * Frames that Xen would not unmap (privcmd_frames_free() warned) still
 * hold foreign frames: keep the ranges claimed for good, under a name
 * that outlives the module.
 */
static void regions_leak(void)
{
	unsigned int i;

	pr_warn("extended regions keep frames Xen would not unmap: leaving them claimed\n");
	for (i = 0; i < nr_regions; i++)
		regions[i]->name = kstrdup("xen foreign frames (leaked)", GFP_KERNEL) ?: "";
}

/**
 * privcmd_regions_exit() - give the regions back; all frames must be free
 */
void privcmd_regions_exit(void)
{
	unsigned int i;

	if (!regions_pool)
		return;
	if (gen_pool_avail(regions_pool) != regions_size) {
		regions_leak();
		return;
	}
	gen_pool_destroy(regions_pool);
	regions_pool = NULL;
	for (i = 0; i < nr_regions; i++)
		release_mem_region(regions[i]->start, resource_size(regions[i]));
	nr_regions = 0;
}

/**
 * privcmd_regions_alloc() - consecutive empty frames
 * @nr: how many
 * @first_pfn: where the first one is returned
 *
 * Return: true if the regions had room, else false (use the balloon).
 */
bool privcmd_regions_alloc(unsigned long nr, unsigned long *first_pfn)
{
	unsigned long addr;

	if (!regions_pool || nr > regions_size >> PAGE_SHIFT)
		return false;
	addr = gen_pool_alloc(regions_pool, nr << PAGE_SHIFT);
	if (!addr)
		return false;
	*first_pfn = PHYS_PFN(addr);
	return true;
}

/**
 * privcmd_regions_free() - return frames taken with privcmd_regions_alloc()
 * @first_pfn: the first of them
 * @nr: how many, which may be part of what was allocated
 */
void privcmd_regions_free(unsigned long first_pfn, unsigned long nr)
{
	gen_pool_free(regions_pool, PFN_PHYS(first_pfn), nr << PAGE_SHIFT);
}
