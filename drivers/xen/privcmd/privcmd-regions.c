// SPDX-License-Identifier: GPL-2.0
/*
 * Xen's extended regions, on a kernel without Linux's unpopulated-page
 * allocator: ranges of dom0's physical address space that hold nothing
 * (no RAM, no device) and that Xen offers for mapping foreign and granted
 * frames at.  It lists them after the grant table range in the "reg" of
 * the device tree's /hypervisor node (Xen 4.16 and later, 64-bit dom0).
 *
 * Backing a VMA with frames from there costs no RAM, unlike the balloon.
 * The regions are only remembered at load; each VMA claims a run of
 * frames in iomem_resource when it is backed and releases it when it
 * goes, so that Linux (memory hotplug, its own users of the regions) can
 * still claim the rest, and the bookkeeping is one struct resource per
 * VMA whatever the regions' size (a dom0 behind an IOMMU is offered
 * terabytes).
 */
#define pr_fmt(fmt) "xen:" KBUILD_MODNAME ": " fmt

#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/moduleparam.h>
#include <linux/of.h>
#include <linux/of_address.h>
#include <linux/slab.h>

#include "privcmd.h"

static bool extended_regions = true;
module_param(extended_regions, bool, 0444);
MODULE_PARM_DESC(extended_regions,
		 "Back mappings with Xen's extended regions where it has them (default Y)");

/* At most this many regions are used. */
#define MAX_REGIONS	8

static struct {
	resource_size_t start, end;	/* page-aligned; end inclusive */
} regions[MAX_REGIONS];
static unsigned int nr_regions;

static void regions_add(const struct resource *res)
{
	resource_size_t start = PAGE_ALIGN(res->start);
	resource_size_t end = ALIGN_DOWN(res->end + 1, PAGE_SIZE);

	if (nr_regions == MAX_REGIONS || end <= start)
		return;
	regions[nr_regions].start = start;
	regions[nr_regions].end = end - 1;
	nr_regions++;
}

/**
 * privcmd_regions_init() - find Xen's extended regions, if any
 *
 * Nothing is claimed yet.  Without Linux's own allocator only: with it,
 * the regions are Linux's.
 *
 * Return: 0, also when there are none (mappings then use the balloon).
 */
int privcmd_regions_init(void)
{
	struct device_node *np;
	struct resource res;
	int i;

	if (IS_ENABLED(CONFIG_XEN_UNPOPULATED_ALLOC)) {
		/* Linux's allocator owns the regions (the bench looks for this line). */
		pr_info("backing mappings with Linux's unpopulated pages\n");
		return 0;
	}
	if (!extended_regions)
		return 0;
	np = of_find_compatible_node(NULL, NULL, "xen,xen");
	if (!np)
		return 0;
	/* Entry 0 is the grant table's range, not ours. */
	for (i = 1; !of_address_to_resource(np, i, &res); i++)
		regions_add(&res);
	of_node_put(np);
	if (nr_regions)
		pr_info("backing mappings with Xen's %u extended region(s), claimed as mapped\n",
			nr_regions);
	return 0;
}

/**
 * privcmd_regions_exit() - forget the regions
 *
 * Every claim went with its VMA, or was leaked for good.
 */
void privcmd_regions_exit(void)
{
	nr_regions = 0;
}

/**
 * privcmd_regions_claim() - claim consecutive empty frames
 * @nr: how many
 *
 * Return: the claim, in iomem_resource, or NULL if no region has room
 * (use the balloon).
 */
struct resource *privcmd_regions_claim(unsigned long nr)
{
	struct resource *res;
	unsigned int i;

	if (!nr_regions)
		return NULL;
	res = kzalloc(sizeof(*res), GFP_KERNEL);
	if (!res)
		return NULL;
	res->name = "xen foreign frames";
	res->flags = IORESOURCE_MEM | IORESOURCE_BUSY;
	for (i = 0; i < nr_regions; i++) {
		if (!allocate_resource(&iomem_resource, res, (resource_size_t)nr << PAGE_SHIFT,
				       regions[i].start, regions[i].end, PAGE_SIZE, NULL, NULL))
			return res;
	}
	kfree(res);
	return NULL;
}

/**
 * privcmd_regions_release() - give back a claim, all its frames empty
 * @res: what privcmd_regions_claim() returned
 */
void privcmd_regions_release(struct resource *res)
{
	release_resource(res);
	kfree(res);
}

/**
 * privcmd_regions_leak() - keep a claim whose frames Xen would not empty
 * @res: what privcmd_regions_claim() returned
 *
 * It stays claimed for good, under a name that outlives the module.
 */
void privcmd_regions_leak(struct resource *res)
{
	res->name = kstrdup("xen foreign frames (leaked)", GFP_KERNEL) ?: "";
}
