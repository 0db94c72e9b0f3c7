// SPDX-License-Identifier: GPL-2.0
/*
 * Platform bring-up, the same on both architectures: arch/<arch>/kernel
 * supplies the MMU code, this orders it.  head.S has relocated the image
 * and installed the exception vectors (and on arm64 enabled FP/SIMD); the
 * MMU and caches are still off.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>

const void *initial_boot_params;

/**
 * setup_arch() - MMU, memory map and page allocator from the device tree
 * @fdt: the device tree's address, as Xen passed it in x0 (arm64) or r2 (arm)
 */
void setup_arch(const void *fdt)
{
	initial_boot_params = fdt;
	early_mmu_init(fdt);
	early_init_dt_scan(fdt);
	paging_init();
	mem_init();
}
