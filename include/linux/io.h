/* SPDX-License-Identifier: GPL-2.0 */
/*
 * MMIO: the *_relaxed accessors only order against other accesses to the
 * same device; readl()/writel() also order against normal memory (a
 * descriptor written before the doorbell, a buffer read after a status).
 * Mappings come from ioremap() in <linux/mm.h>.
 */
#ifndef _LINUX_IO_H
#define _LINUX_IO_H

#include <linux/types.h>
#include <asm/io.h>
#include <asm/barrier.h>

#define readb_relaxed(c)	__raw_readb(c)
#define readl_relaxed(c)	__raw_readl(c)
#define readq_relaxed(c)	__raw_readq(c)
#define writeb_relaxed(v, c)	__raw_writeb(v, c)
#define writel_relaxed(v, c)	__raw_writel(v, c)
#define writeq_relaxed(v, c)	__raw_writeq(v, c)

static inline u32 readl(const volatile void *addr)
{
	u32 val = __raw_readl(addr);

	rmb();
	return val;
}

static inline void writel(u32 val, volatile void *addr)
{
	wmb();
	__raw_writel(val, addr);
}

static inline u64 readq(const volatile void *addr)
{
	u64 val = __raw_readq(addr);

	rmb();
	return val;
}

static inline void writeq(u64 val, volatile void *addr)
{
	wmb();
	__raw_writeq(val, addr);
}

#endif /* _LINUX_IO_H */
