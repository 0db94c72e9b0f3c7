/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The generic timer's EL1 virtual view: the counter Xen offsets for the
 * guest (CNTVCT) and the virtual timer (CNTV_*), which Xen lets a guest
 * program directly and delivers as the virtual timer PPI.
 */
#ifndef _ASM_ARCH_TIMER_H
#define _ASM_ARCH_TIMER_H

#include <asm/sysreg.h>
#include <asm/barrier.h>

#define ARCH_TIMER_CTRL_ENABLE	(1U << 0)
#define ARCH_TIMER_CTRL_IT_MASK	(1U << 1)
#define ARCH_TIMER_CTRL_IT_STAT	(1U << 2)

static inline u32 arch_timer_get_cntfrq(void)
{
	return (u32)read_sysreg(cntfrq_el0);
}

/* The ISB keeps the read from being hoisted above earlier instructions. */
static inline u64 arch_counter_get_cntvct(void)
{
	isb();
	return read_sysreg(cntvct_el0);
}

static inline u32 arch_timer_get_cntv_ctl(void)
{
	return (u32)read_sysreg(cntv_ctl_el0);
}

static inline void arch_timer_set_cntv_ctl(u32 ctl)
{
	write_sysreg(ctl, cntv_ctl_el0);
	isb();
}

static inline void arch_timer_set_cntv_cval(u64 cval)
{
	write_sysreg(cval, cntv_cval_el0);
	isb();
}

#endif /* _ASM_ARCH_TIMER_H */
