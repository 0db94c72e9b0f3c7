/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Busy-wait delays on the generic timer's virtual counter.  They work from
 * the first instruction (the counter always runs), with IRQs on or off,
 * and measure guest wall-clock time: a vCPU descheduled by Xen in the
 * middle still returns once the time has passed.
 */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

#include <linux/types.h>

void udelay(unsigned long usecs);

static inline void mdelay(unsigned long msecs)
{
	while (msecs--)
		udelay(1000);
}

/* The counter's frequency in Hz: the DT's, or CNTFRQ. */
u32 arch_timer_get_rate(void);

/* Counter ticks since the counter started, and conversions. */
u64 get_cycles(void);
u64 cycles_to_ns(u64 cycles);
u64 ns_to_cycles(u64 ns);

/*
 * Deadlines on the counter, for bounded waits: a count of polls or of
 * udelay() loops stretches far past its nominal length on a loaded host,
 * where each takes longer.
 */
static inline u64 deadline_in_us(unsigned int us)
{
	return get_cycles() + ns_to_cycles((u64)us * 1000);
}

static inline u64 deadline_in_ms(unsigned int ms)
{
	return get_cycles() + ns_to_cycles((u64)ms * 1000000);
}

static inline bool deadline_passed(u64 deadline)
{
	return get_cycles() >= deadline;
}

#endif /* _LINUX_DELAY_H */
