// SPDX-License-Identifier: GPL-2.0
/*
 * Fallbacks for a kernel built without a platform that can stop it (no
 * CONFIG_XEN): park the CPU.  drivers/xen/sched.c overrides both.
 */
#include <linux/reboot.h>

static void __noreturn park(void)
{
	for (;;)
		__asm__ __volatile__("wfi");
}

void __weak machine_power_off(void)
{
	park();
}

void __weak machine_restart(void)
{
	park();
}

void __weak machine_crash(void)
{
	park();
}
