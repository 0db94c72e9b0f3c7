/* SPDX-License-Identifier: GPL-2.0 */
/*
 * MMIO accessors.  Each is one load or store with a plain base-register
 * address, so that an access Xen traps (the vGIC) comes with a valid
 * syndrome it can emulate; LDRD/STRD or writeback forms would not.
 */
#ifndef _ASM_IO_H
#define _ASM_IO_H

#include <linux/types.h>
#include <asm/barrier.h>

static inline u32 __raw_readl(const volatile void *addr)
{
	u32 val;

	__asm__ __volatile__("ldr %0, [%1]" : "=r"(val) : "r"(addr) : "memory");
	return val;
}

static inline void __raw_writel(u32 val, volatile void *addr)
{
	__asm__ __volatile__("str %0, [%1]" : : "r"(val), "r"(addr) : "memory");
}

static inline u8 __raw_readb(const volatile void *addr)
{
	u8 val;

	__asm__ __volatile__("ldrb %0, [%1]" : "=r"(val) : "r"(addr) : "memory");
	return val;
}

static inline void __raw_writeb(u8 val, volatile void *addr)
{
	__asm__ __volatile__("strb %0, [%1]" : : "r"(val), "r"(addr) : "memory");
}

/*
 * 64-bit registers as two 32-bit halves, low word first: not single-copy
 * atomic, which the GIC allows for the registers that are 64 bits wide.
 */
static inline u64 __raw_readq(const volatile void *addr)
{
	u32 lo = __raw_readl(addr);
	u32 hi = __raw_readl((const volatile u8 *)addr + 4);

	return ((u64)hi << 32) | lo;
}

static inline void __raw_writeq(u64 val, volatile void *addr)
{
	__raw_writel((u32)val, addr);
	__raw_writel((u32)(val >> 32), (volatile u8 *)addr + 4);
}

#endif /* _ASM_IO_H */
