/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Bit operations on bitmaps of unsigned long, with Linux's semantics:
 *
 *  - set_bit(), clear_bit(), change_bit(): atomic, but they order nothing
 *    else (add smp_mb() around them where that matters);
 *  - test_and_set_bit(), test_and_clear_bit(), test_and_change_bit():
 *    atomic and fully ordered, a barrier on both sides;
 *  - __set_bit(), __clear_bit(): plain read-modify-write, not atomic;
 *  - test_bit(): a single read.
 *
 * Xen's 2-level event channel bitmaps (shared_info evtchn_pending and
 * evtchn_mask, vcpu_info evtchn_pending_sel) are arrays of xen_ulong_t,
 * which is 64 bits on 32-bit ARM too.  Two ways to use them:
 *
 *  - the *_bit64() operations below take the array as u64 words; they
 *    are the ones to use for a whole word's worth of atomicity (e.g.
 *    xchg64() of evtchn_pending_sel);
 *  - because ARM guests are little-endian, bit N of a u64 array is also
 *    bit N of the same memory seen as an unsigned long array, so the
 *    unsigned long operations may be passed such a bitmap cast to
 *    (unsigned long *) for single-bit operations on either width.
 *
 * Both use the compiler's __atomic builtins, which on these CPUs are
 * exclusive load/store loops: they need the MMU on and Normal cacheable
 * memory (all RAM, and memremap_wb() mappings, are).
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/barrier.h>

#define BITS_PER_LONG		(__SIZEOF_LONG__ * 8)
#define BITS_PER_LONG_LONG	64
#define BIT(nr)			(1UL << (nr))
#define BIT_ULL(nr)		(1ULL << (nr))
#define BIT_MASK(nr)		(1UL << ((nr) % BITS_PER_LONG))
#define BIT_WORD(nr)		((nr) / BITS_PER_LONG)
#define BIT_MASK64(nr)		(1ULL << ((nr) % 64))
#define BIT_WORD64(nr)		((nr) / 64)
#define BITS_TO_LONGS(n)	(((n) + BITS_PER_LONG - 1) / BITS_PER_LONG)

static inline void set_bit(unsigned int nr, volatile unsigned long *addr)
{
	__atomic_fetch_or(&addr[BIT_WORD(nr)], BIT_MASK(nr), __ATOMIC_RELAXED);
}

static inline void clear_bit(unsigned int nr, volatile unsigned long *addr)
{
	__atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr), __ATOMIC_RELAXED);
}

static inline void change_bit(unsigned int nr, volatile unsigned long *addr)
{
	__atomic_fetch_xor(&addr[BIT_WORD(nr)], BIT_MASK(nr), __ATOMIC_RELAXED);
}

static inline bool test_and_set_bit(unsigned int nr, volatile unsigned long *addr)
{
	unsigned long old;

	smp_mb();
	old = __atomic_fetch_or(&addr[BIT_WORD(nr)], BIT_MASK(nr), __ATOMIC_RELAXED);
	smp_mb();
	return old & BIT_MASK(nr);
}

static inline bool test_and_clear_bit(unsigned int nr, volatile unsigned long *addr)
{
	unsigned long old;

	smp_mb();
	old = __atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr), __ATOMIC_RELAXED);
	smp_mb();
	return old & BIT_MASK(nr);
}

static inline bool test_and_change_bit(unsigned int nr, volatile unsigned long *addr)
{
	unsigned long old;

	smp_mb();
	old = __atomic_fetch_xor(&addr[BIT_WORD(nr)], BIT_MASK(nr), __ATOMIC_RELAXED);
	smp_mb();
	return old & BIT_MASK(nr);
}

static inline bool test_bit(unsigned int nr, const volatile unsigned long *addr)
{
	return (READ_ONCE(addr[BIT_WORD(nr)]) >> (nr % BITS_PER_LONG)) & 1;
}

static inline void __set_bit(unsigned int nr, volatile unsigned long *addr)
{
	addr[BIT_WORD(nr)] |= BIT_MASK(nr);
}

static inline void __clear_bit(unsigned int nr, volatile unsigned long *addr)
{
	addr[BIT_WORD(nr)] &= ~BIT_MASK(nr);
}

/* The same on arrays of 64-bit words (xen_ulong_t on both widths). */
static inline void set_bit64(unsigned int nr, volatile u64 *addr)
{
	__atomic_fetch_or(&addr[BIT_WORD64(nr)], BIT_MASK64(nr), __ATOMIC_RELAXED);
}

static inline void clear_bit64(unsigned int nr, volatile u64 *addr)
{
	__atomic_fetch_and(&addr[BIT_WORD64(nr)], ~BIT_MASK64(nr), __ATOMIC_RELAXED);
}

static inline bool test_and_set_bit64(unsigned int nr, volatile u64 *addr)
{
	u64 old;

	smp_mb();
	old = __atomic_fetch_or(&addr[BIT_WORD64(nr)], BIT_MASK64(nr), __ATOMIC_RELAXED);
	smp_mb();
	return old & BIT_MASK64(nr);
}

static inline bool test_and_clear_bit64(unsigned int nr, volatile u64 *addr)
{
	u64 old;

	smp_mb();
	old = __atomic_fetch_and(&addr[BIT_WORD64(nr)], ~BIT_MASK64(nr), __ATOMIC_RELAXED);
	smp_mb();
	return old & BIT_MASK64(nr);
}

static inline bool test_bit64(unsigned int nr, const volatile u64 *addr)
{
	return (READ_ONCE(addr[BIT_WORD64(nr)]) >> (nr % 64)) & 1;
}

/**
 * xchg64() - atomically replace a 64-bit word, fully ordered
 * @addr: the word, 8-byte aligned (as xen_ulong_t is)
 * @val: the new value
 *
 * Return: the old value.  What the event channel upcall uses to take
 * evtchn_pending_sel in one go.
 */
static inline u64 xchg64(volatile u64 *addr, u64 val)
{
	u64 old;

	smp_mb();
	old = __atomic_exchange_n(addr, val, __ATOMIC_RELAXED);
	smp_mb();
	return old;
}

/* Index of the lowest / highest set bit; undefined for 0. */
static inline unsigned int __ffs(unsigned long word)
{
	return (unsigned int)__builtin_ctzl(word);
}

static inline unsigned int __ffs64(u64 word)
{
	return (unsigned int)__builtin_ctzll(word);
}

static inline unsigned int __fls(unsigned long word)
{
	return BITS_PER_LONG - 1 - (unsigned int)__builtin_clzl(word);
}

/* 1-based like the C library's: 0 for 0, else index + 1. */
static inline int ffs(int x)
{
	return __builtin_ffs(x);
}

static inline int fls(unsigned int x)
{
	return x ? 32 - __builtin_clz(x) : 0;
}

static inline int fls64(u64 x)
{
	return x ? 64 - __builtin_clzll(x) : 0;
}

#endif /* _LINUX_BITOPS_H */
