// SPDX-License-Identifier: GPL-2.0
#include <linux/init.h>

const void *initial_boot_params;

void setup_arch(const void *fdt)
{
	initial_boot_params = fdt;
}

void init_IRQ(void)
{
}

void time_init(void)
{
}
