/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 64-bit division by a 32-bit divisor.  64-bit ARM divides natively;
 * 32-bit ARM has no 64-bit divide instruction and the kernel does not
 * link the compiler's helper for it, so lib/div64.c does it there.
 */
#ifndef _LINUX_MATH64_H
#define _LINUX_MATH64_H

#include <linux/types.h>

#if __SIZEOF_LONG__ == 8
static inline u64 div_u64_rem(u64 dividend, u32 divisor, u32 *remainder)
{
	*remainder = (u32)(dividend % divisor);
	return dividend / divisor;
}
#else
u64 div_u64_rem(u64 dividend, u32 divisor, u32 *remainder);
#endif

static inline u64 div_u64(u64 dividend, u32 divisor)
{
	u32 rem;

	return div_u64_rem(dividend, divisor, &rem);
}

/* @a * @b / @c without overflowing 64 bits in the product's common range. */
static inline u64 mul_u64_u32_div(u64 a, u32 b, u32 c)
{
	u32 rem;
	u64 quot = div_u64_rem(a, c, &rem);

	return quot * b + div_u64((u64)rem * b, c);
}

#endif /* _LINUX_MATH64_H */
