// SPDX-License-Identifier: GPL-2.0
/*
 * AArch64 platform bring-up.  head.S has relocated the image, installed
 * the exception vectors and enabled FP/SIMD; the MMU and caches are off.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>

const void *initial_boot_params;

/**
 * setup_arch() - MMU, memory map and page allocator from the device tree
 * @fdt: the device tree's address, as Xen passed it in x0
 */
void setup_arch(const void *fdt)
{
	initial_boot_params = fdt;
	early_mmu_init(fdt);
	early_init_dt_scan(fdt);
	paging_init();
	mem_init();
}
