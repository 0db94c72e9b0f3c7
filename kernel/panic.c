// SPDX-License-Identifier: GPL-2.0
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/stackprotector.h>

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

/*
 * Debian's libfdt.a is built with -fstack-protector-strong: its functions
 * compare a canary against __stack_chk_guard on return and call
 * __stack_chk_fail() when it changed.  The kernel's own code is built
 * without the protector.  A fixed guard is enough to catch an overrun.
 */
unsigned long __stack_chk_guard = 0x595e9fbd94fda766ULL & ~0UL;

void __stack_chk_fail(void)
{
	panic("stack protector: stack corrupted in a libfdt function");
}
