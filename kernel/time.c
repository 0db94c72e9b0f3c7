// SPDX-License-Identifier: GPL-2.0
/*
 * Time from the generic timer's virtual counter: conversions, busy-wait
 * delays, and the boot-time hookup of the timer interrupt.
 */
#define pr_fmt(fmt) "time: " fmt

#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/init.h>
#include <linux/math64.h>
#include <asm/arch_timer.h>
#include <asm/processor.h>
#include <clocksource/arm_arch_timer.h>

#define NSEC_PER_SEC	1000000000U
#define USEC_PER_SEC	1000000U

u64 get_cycles(void)
{
	return arch_counter_get_cntvct();
}

u64 cycles_to_ns(u64 cycles)
{
	return mul_u64_u32_div(cycles, NSEC_PER_SEC, arch_timer_get_rate());
}

u64 ns_to_cycles(u64 ns)
{
	return mul_u64_u32_div(ns, arch_timer_get_rate(), NSEC_PER_SEC);
}

void udelay(unsigned long usecs)
{
	u64 start = get_cycles();
	u64 ticks = mul_u64_u32_div(usecs, arch_timer_get_rate(), USEC_PER_SEC) + 1;

	while (get_cycles() - start < ticks)
		cpu_relax();
}

/**
 * time_init() - set up the timer interrupt (the counter already runs)
 */
void time_init(void)
{
	int err = arch_timer_init();

	if (err)
		panic("no usable generic timer: %d", err);
}
