// SPDX-License-Identifier: GPL-2.0
/*
 * Scheduler operations: give up the CPU, and stop the domain with a reason
 * the toolstack (or, for dom0, Xen itself) acts on.
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <xen/xen.h>
#include <xen/interface/sched.h>
#include <asm/xen/hypercall.h>

/**
 * xen_sched_yield() - let Xen run another vCPU
 *
 * Return: 0, or Xen's negative errno.
 */
long xen_sched_yield(void)
{
	return HYPERVISOR_sched_op(SCHEDOP_yield, NULL);
}

/**
 * xen_shutdown() - stop this domain
 * @reason: SHUTDOWN_poweroff, SHUTDOWN_reboot, SHUTDOWN_crash, ...
 *
 * Does not return: if Xen refused, there is nothing left to do but park.
 */
void xen_shutdown(unsigned int reason)
{
	struct sched_shutdown arg = { .reason = reason };
	long rc;

	rc = HYPERVISOR_sched_op(SCHEDOP_shutdown, &arg);
	printk("xen: SCHEDOP_shutdown(%u) returned %ld\n", reason, rc);
	for (;;)
		__asm__ __volatile__("wfi");
}

/*
 * Power-off, reboot and crash all leave through SCHEDOP_shutdown, not
 * PSCI SYSTEM_OFF / SYSTEM_RESET (drivers/firmware/psci), although Xen
 * implements both:
 *  - the reason travels with it: the toolstack shows it (xl list's "s" and
 *    "c"), acts on it (on_poweroff, on_crash), and for dom0 Xen prints
 *    "halted" or "crashed", which is how the test harness tells a pass
 *    from a failure.  PSCI has no "crashed": SYSTEM_OFF is a poweroff;
 *  - it stops the whole domain, every vCPU, wherever the others are, from
 *    any one of them; nothing has to be brought down first.
 */
void machine_power_off(void)
{
	xen_shutdown(SHUTDOWN_poweroff);
}

void machine_crash(void)
{
	xen_shutdown(SHUTDOWN_crash);
}
