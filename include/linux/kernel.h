/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/printk.h>

#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))
#define ALIGN(x, a)		(((x) + ((a) - 1)) & ~((__typeof__(x))(a) - 1))
#define IS_ALIGNED(x, a)	(((x) & ((__typeof__(x))(a) - 1)) == 0)
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define min(a, b)		((a) < (b) ? (a) : (b))
#define max(a, b)		((a) > (b) ? (a) : (b))

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

/* Kconfig symbols as C expressions: 1 when CONFIG_<x> is y, else 0. */
#define __IS_ENABLED_ARG_PLACEHOLDER_1	0,
#define __is_enabled_second(ignored, val, ...)	val
#define __is_enabled_pick(arg_or_junk)	__is_enabled_second(arg_or_junk 1, 0, 0)
#define __is_enabled_paste(val)		__is_enabled_pick(__IS_ENABLED_ARG_PLACEHOLDER_##val)
#define IS_ENABLED(option)		__is_enabled_paste(option)

#define BUILD_BUG_ON(cond)	_Static_assert(!(cond), "BUILD_BUG_ON(" #cond ")")

void __noreturn panic(const char *fmt, ...) __printf(1, 2);

#endif /* _LINUX_KERNEL_H */
