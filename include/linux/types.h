/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

/*
 * Fixed-width integers for the guest kernel.  Built -ffreestanding, so the
 * compiler's own <stdint.h>/<stddef.h>/<stdbool.h> are the ones in use and
 * agree with the target ABI on both widths.
 */
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

typedef unsigned long phys_addr_t;
typedef long ssize_t;

#endif /* _LINUX_TYPES_H */
