// SPDX-License-Identifier: GPL-2.0
/*
 * The ARM generic timer, virtual view.  The guest reads the virtual
 * counter and programs the virtual timer directly; Xen only steps in to
 * deliver the timer's interrupt as a virtual PPI (masking the timer
 * while it does, which the handler here undoes by rearming or stopping).
 */
#define pr_fmt(fmt) "arch_timer: " fmt

#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/of_fdt.h>
#include <asm/arch_timer.h>
#include <clocksource/arm_arch_timer.h>

#define TIMER_VIRT_PPI_INDEX	2

static u32 timer_rate;
static unsigned int timer_irq;
static void (*event_handler)(void);

u32 arch_timer_get_rate(void)
{
	return timer_rate ? timer_rate : arch_timer_get_cntfrq();
}

static void arch_timer_handler(unsigned int irq, void *dev)
{
	/* Level-sensitive: stop it asserting before the interrupt is ended. */
	arch_timer_set_cntv_ctl(0);
	if (event_handler)
		event_handler();
}

int arch_timer_set_next_event(u64 ticks)
{
	if (!timer_irq)
		return -ENODEV;
	arch_timer_set_cntv_cval(arch_counter_get_cntvct() + ticks);
	arch_timer_set_cntv_ctl(ARCH_TIMER_CTRL_ENABLE);
	return 0;
}

void arch_timer_cancel(void)
{
	arch_timer_set_cntv_ctl(0);
}

void arch_timer_set_event_handler(void (*handler)(void))
{
	event_handler = handler;
}

unsigned int arch_timer_irq(void)
{
	return timer_irq;
}

static int arch_timer_node(void)
{
	int node = of_find_compatible_node(-1, "arm,armv8-timer");

	return node >= 0 ? node : of_find_compatible_node(-1, "arm,armv7-timer");
}

int arch_timer_init(void)
{
	int node = arch_timer_node(), irq, err;
	u32 freq;

	if (node < 0)
		return node;
	irq = of_irq_get(node, TIMER_VIRT_PPI_INDEX);
	if (irq < 0)
		return irq;
	/* The DT's clock-frequency wins over CNTFRQ, which firmware may not set. */
	if (of_property_read_u32(node, "clock-frequency", &freq) || !freq)
		freq = arch_timer_get_cntfrq();
	if (!freq)
		return -EINVAL;
	timer_rate = freq;
	arch_timer_cancel();
	err = request_irq(irq, arch_timer_handler, "arch_timer", NULL);
	if (err)
		return err;
	timer_irq = irq;
	pr_info("virtual timer at %u.%03u MHz, IRQ %u\n", freq / 1000000,
		(freq / 1000) % 1000, irq);
	return 0;
}
