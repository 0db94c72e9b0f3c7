// SPDX-License-Identifier: GPL-2.0
/*
 * Bring up Xen support once the platform (MMU, GIC, timer) is running.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <xen/xen.h>

/**
 * xen_guest_init() - set up everything the kernel needs from Xen
 *
 * Return: 0, or a negative errno when this is not a usable Xen guest.
 */
int xen_guest_init(void)
{
	return xen_version_init();
}
