// SPDX-License-Identifier: GPL-2.0
/*
 * start_kernel(): where the architecture's boot code hands over, with the
 * image relocated, a stack, and the device tree's address from Xen.
 */
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/math64.h>
#include <linux/ktap.h>
#include <linux/reboot.h>
#include <linux/smp.h>
#include <xen/xen.h>

void start_kernel(void *fdt);

static const char *isa_name(void)
{
	if (IS_ENABLED(CONFIG_ARM64))
		return "A64";
	return IS_ENABLED(CONFIG_THUMB2_KERNEL) ? "T32" : "A32";
}

/* The virtual counter starts when Xen creates the domain: a boot clock for free. */
static unsigned long long cycles_to_us(u64 cycles)
{
	return div_u64(cycles_to_ns(cycles), 1000);
}

void start_kernel(void *fdt)
{
	u64 entry = get_cycles();
	int failed = 0;

	smp_prepare_boot_cpu();

	/*
	 * dom0 can print through Xen before anything else is set up; a domU's
	 * output waits in printk()'s buffer for the PV console ring.
	 */
	if (IS_ENABLED(CONFIG_XEN_DOM0_CONSOLE))
		xen_console_io_init();
	printk("armxen: %s guest kernel, device tree at %p\n", isa_name(), fdt);

	setup_arch(fdt);
	init_IRQ();
	time_init();
	printk("armxen: platform up in %llu us (entered %llu us after the domain was created)\n",
	       cycles_to_us(get_cycles() - entry), cycles_to_us(entry));
	if (IS_ENABLED(CONFIG_XEN) && xen_guest_init() < 0)
		panic("Xen support failed to initialise");
	/* Everything that requested an interrupt is ready for it now. */
	local_irq_enable();
	smp_init();

	if (IS_ENABLED(CONFIG_XEN_BLK_BENCH))
		failed = xen_blk_bench_run();
	else if (IS_ENABLED(CONFIG_XEN_BENCH))
		failed = xen_bench_run();
	else if (IS_ENABLED(CONFIG_KTAP))
		failed = ktap_run_all();
	if (failed) {
		printk("armxen: %d test case(s) failed, shutting down as crashed\n", failed);
		machine_crash();
	}
	/* A domU whose command line asks waits for xl shutdown or xl reboot. */
	if (IS_ENABLED(CONFIG_XEN_XENBUS))
		xen_manage_linger();
	printk("armxen: powering off\n");
	machine_power_off();
}
