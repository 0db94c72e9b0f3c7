/* SPDX-License-Identifier: GPL-2.0 */
/*
 * MMIO accessors.  Each is one load or store with a plain base-register
 * address, so that an access Xen traps (the vGIC) comes with a valid
 * syndrome it can emulate; a compiler-chosen pair or writeback form
 * would not.
 */
#ifndef _ASM_IO_H
#define _ASM_IO_H

#include <linux/types.h>
#include <asm/barrier.h>

static inline u32 __raw_readl(const volatile void *addr)
{
	u32 val;

	__asm__ __volatile__("ldr %w0, [%1]" : "=r"(val) : "r"(addr) : "memory");
	return val;
}

static inline void __raw_writel(u32 val, volatile void *addr)
{
	__asm__ __volatile__("str %w0, [%1]" : : "rZ"(val), "r"(addr) : "memory");
}

static inline u8 __raw_readb(const volatile void *addr)
{
	u8 val;

	__asm__ __volatile__("ldrb %w0, [%1]" : "=r"(val) : "r"(addr) : "memory");
	return val;
}

static inline void __raw_writeb(u8 val, volatile void *addr)
{
	__asm__ __volatile__("strb %w0, [%1]" : : "rZ"(val), "r"(addr) : "memory");
}

static inline u64 __raw_readq(const volatile void *addr)
{
	u64 val;

	__asm__ __volatile__("ldr %0, [%1]" : "=r"(val) : "r"(addr) : "memory");
	return val;
}

static inline void __raw_writeq(u64 val, volatile void *addr)
{
	__asm__ __volatile__("str %x0, [%1]" : : "rZ"(val), "r"(addr) : "memory");
}

#endif /* _ASM_IO_H */
