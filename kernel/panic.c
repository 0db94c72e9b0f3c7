// SPDX-License-Identifier: GPL-2.0
#include <linux/kernel.h>
#include <linux/reboot.h>

/**
 * panic() - report a fatal error and stop the machine as crashed
 * @fmt: what went wrong
 */
void panic(const char *fmt, ...)
{
	va_list args;

	printk("Kernel panic - not syncing: ");
	va_start(args, fmt);
	vprintk(fmt, args);
	va_end(args);
	printk("\n");
	machine_crash();
}
