// SPDX-License-Identifier: GPL-2.0
/*
 * Scheduler operations: give up the CPU, and stop the domain with a reason
 * the toolstack (or, for dom0, Xen itself) acts on.
 */
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/reboot.h>
#include <asm/irqflags.h>
#include <asm/processor.h>
#include <clocksource/arm_arch_timer.h>
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
 * xen_idle_until() - give the vCPU away until an interrupt or a deadline
 * @deadline: in timer cycles (get_cycles()), not yet passed
 * @max_ns: the longest nap, so that a caller looks again at least this
 *	often at what it waits for
 *
 * For waits on another domain (xenstored, a backend): WFI traps to Xen,
 * which deschedules the vCPU until an interrupt is due, the other end's
 * event or the timer armed here, rather than spinning on a physical CPU
 * that the other end may be short of.  How long to nap is the caller's
 * trade: short naps notice a completion another vCPU reaped sooner, but
 * several vCPUs waking every few milliseconds each starved dom0 under
 * QEMU.
 *
 * Interrupts stay masked from arming the timer to the WFI, which a
 * pending interrupt ends all the same: a timer that fired and was
 * handled just before the WFI would leave it nothing to wake for.  The
 * handlers run when they are unmasked again.  Called with them masked
 * already, a pending one would end every WFI at once: then it yields.
 */
void xen_idle_until(u64 deadline, u64 max_ns)
{
	u64 left = deadline - get_cycles();
	unsigned long flags;
	bool armed = false;

	if ((s64)left > 0 && !irqs_disabled()) {
		local_irq_save(flags);
		armed = !arch_timer_set_next_event(min(left, ns_to_cycles(max_ns)));
		if (armed) {
			wfi();
			arch_timer_cancel();
		}
		local_irq_restore(flags);
	}
	if (!armed)
		xen_sched_yield();
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

/* Under Xen the toolstack restarts the domain, as its on_reboot says. */
void machine_restart(void)
{
	xen_shutdown(SHUTDOWN_reboot);
}

void machine_crash(void)
{
	xen_shutdown(SHUTDOWN_crash);
}
