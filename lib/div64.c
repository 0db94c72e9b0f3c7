// SPDX-License-Identifier: GPL-2.0
/*
 * 64-by-32-bit division for 32-bit ARM.  Long division one 32-bit digit
 * at a time would need a 64-by-32 divide instruction the CPU does not
 * have, so this shifts and subtracts: at most 64 steps, and only the
 * timer and delay code divide at all.
 */
#include <linux/math64.h>

#if __SIZEOF_LONG__ != 8
u64 div_u64_rem(u64 dividend, u32 divisor, u32 *remainder)
{
	u64 rem = 0, quot = 0;
	int bit;

	if (dividend >> 32 == 0) {
		*remainder = (u32)dividend % divisor;
		return (u32)dividend / divisor;
	}
	for (bit = 63; bit >= 0; bit--) {
		rem = (rem << 1) | ((dividend >> bit) & 1);
		if (rem >= divisor) {
			rem -= divisor;
			quot |= 1ULL << bit;
		}
	}
	*remainder = (u32)rem;
	return quot;
}
#endif
