/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The environment libfdt's header expects, from the kernel's own headers
 * instead of a C library's.  The build puts this file beside Debian's
 * libfdt.h and fdt.h as <libfdt_env.h> (see the top Makefile); the types
 * are the ones the library was compiled with: big-endian 16/32/64-bit
 * cells, converted with byte swaps (ARM guests are little-endian).
 */
#ifndef LIBFDT_ENV_H
#define LIBFDT_ENV_H

#include <linux/types.h>
#include <linux/string.h>

#ifndef INT_MAX
#define INT_MAX		((int)(~0U >> 1))
#endif
#ifndef UINT_MAX
#define UINT_MAX	(~0U)
#endif

#ifdef __CHECKER__
#define FDT_FORCE	__attribute__((force))
#define FDT_BITWISE	__attribute__((bitwise))
#else
#define FDT_FORCE
#define FDT_BITWISE
#endif

typedef u16 FDT_BITWISE fdt16_t;
typedef u32 FDT_BITWISE fdt32_t;
typedef u64 FDT_BITWISE fdt64_t;

static inline u16 fdt16_to_cpu(fdt16_t x)
{
	return __builtin_bswap16((FDT_FORCE u16)x);
}

static inline fdt16_t cpu_to_fdt16(u16 x)
{
	return (FDT_FORCE fdt16_t)__builtin_bswap16(x);
}

static inline u32 fdt32_to_cpu(fdt32_t x)
{
	return __builtin_bswap32((FDT_FORCE u32)x);
}

static inline fdt32_t cpu_to_fdt32(u32 x)
{
	return (FDT_FORCE fdt32_t)__builtin_bswap32(x);
}

static inline u64 fdt64_to_cpu(fdt64_t x)
{
	return __builtin_bswap64((FDT_FORCE u64)x);
}

static inline fdt64_t cpu_to_fdt64(u64 x)
{
	return (FDT_FORCE fdt64_t)__builtin_bswap64(x);
}

#endif /* LIBFDT_ENV_H */
