/* SPDX-License-Identifier: GPL-2.0 */
/* Interrupt controller drivers, probed from the device tree by irqchip_init(). */
#ifndef _LINUX_IRQCHIP_H
#define _LINUX_IRQCHIP_H

int gic_of_init(int node);
int gic_v3_of_init(int node);

#endif /* _LINUX_IRQCHIP_H */
