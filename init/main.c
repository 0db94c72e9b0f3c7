// SPDX-License-Identifier: GPL-2.0
/*
 * start_kernel(): where the architecture's boot code hands over, with the
 * image relocated, a stack, and the device tree's address from Xen.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/ktap.h>
#include <linux/reboot.h>
#include <xen/xen.h>

void start_kernel(void *fdt);

static const char *isa_name(void)
{
	if (IS_ENABLED(CONFIG_ARM64))
		return "A64";
	return IS_ENABLED(CONFIG_THUMB2_KERNEL) ? "T32" : "A32";
}

void start_kernel(void *fdt)
{
	int failed = 0;

	/* dom0 can print through Xen before anything else is set up. */
	if (IS_ENABLED(CONFIG_XEN_DOM0_CONSOLE))
		xen_console_io_init();
	printk("armxen: %s guest kernel, device tree at %p\n", isa_name(), fdt);

	setup_arch(fdt);
	init_IRQ();
	time_init();
	if (IS_ENABLED(CONFIG_XEN) && xen_guest_init() < 0)
		panic("Xen support failed to initialise");

	if (IS_ENABLED(CONFIG_KTAP))
		failed = ktap_run_all();
	if (failed) {
		printk("armxen: %d test case(s) failed, shutting down as crashed\n", failed);
		machine_crash();
	}
	printk("armxen: powering off\n");
	machine_power_off();
}
