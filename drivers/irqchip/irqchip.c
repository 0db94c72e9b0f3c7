// SPDX-License-Identifier: GPL-2.0
/*
 * Find the interrupt controller in the device tree and start its driver.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irq.h>
#include <linux/irqchip.h>
#include <linux/of_fdt.h>

static const struct {
	const char *compatible;
	int (*init)(int node);
} irqchips[] = {
	{ "arm,gic-v3", gic_v3_of_init },
	{ "arm,gic-400", gic_of_init },
	{ "arm,cortex-a15-gic", gic_of_init },
};

/**
 * irqchip_init() - probe the first supported interrupt controller
 *
 * Return: 0, -ENODEV when the tree has none, or the driver's error.
 */
int irqchip_init(void)
{
	unsigned int i;
	int node;

	for (i = 0; i < ARRAY_SIZE(irqchips); i++) {
		node = of_find_compatible_node(-1, irqchips[i].compatible);
		if (node >= 0)
			return irqchips[i].init(node);
	}
	return -ENODEV;
}
