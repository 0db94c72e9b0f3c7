/* SPDX-License-Identifier: GPL-2.0 */
/*
 * atomic_t with Linux's ordering rules: atomic_read/set/inc/dec/add are
 * unordered; the value-returning operations are fully ordered.
 * xchg()/cmpxchg() work on any naturally aligned 1, 2, 4 or 8-byte
 * object and are fully ordered.
 */
#ifndef _LINUX_ATOMIC_H
#define _LINUX_ATOMIC_H

#include <linux/compiler.h>
#include <asm/barrier.h>

typedef struct {
	int counter;
} atomic_t;

#define ATOMIC_INIT(i)		{ (i) }

static inline int atomic_read(const atomic_t *v)
{
	return READ_ONCE(v->counter);
}

static inline void atomic_set(atomic_t *v, int i)
{
	WRITE_ONCE(v->counter, i);
}

static inline void atomic_add(int i, atomic_t *v)
{
	__atomic_fetch_add(&v->counter, i, __ATOMIC_RELAXED);
}

static inline void atomic_sub(int i, atomic_t *v)
{
	__atomic_fetch_sub(&v->counter, i, __ATOMIC_RELAXED);
}

static inline int atomic_add_return(int i, atomic_t *v)
{
	int ret;

	smp_mb();
	ret = __atomic_add_fetch(&v->counter, i, __ATOMIC_RELAXED);
	smp_mb();
	return ret;
}

#define atomic_inc(v)			atomic_add(1, v)
#define atomic_dec(v)			atomic_sub(1, v)
#define atomic_sub_return(i, v)		atomic_add_return(-(i), v)
#define atomic_inc_return(v)		atomic_add_return(1, v)
#define atomic_dec_return(v)		atomic_add_return(-1, v)
#define atomic_dec_and_test(v)		(atomic_dec_return(v) == 0)

#define xchg(ptr, val) ({						\
	__typeof__(*(ptr)) __old;					\
	smp_mb();							\
	__old = __atomic_exchange_n(ptr, val, __ATOMIC_RELAXED);	\
	smp_mb();							\
	__old;								\
})

/* Returns the value found: the swap happened iff that equals @old. */
#define cmpxchg(ptr, old, new) ({					\
	__typeof__(*(ptr)) __cur = (old);				\
	smp_mb();							\
	__atomic_compare_exchange_n(ptr, &__cur, new, false,		\
				    __ATOMIC_RELAXED, __ATOMIC_RELAXED); \
	smp_mb();							\
	__cur;								\
})

/* Publish with a release store; read what it published with an acquire load. */
#define smp_store_release(p, v)	__atomic_store_n(p, v, __ATOMIC_RELEASE)
#define smp_load_acquire(p)	__atomic_load_n(p, __ATOMIC_ACQUIRE)

static inline int atomic_cmpxchg(atomic_t *v, int old, int new)
{
	return cmpxchg(&v->counter, old, new);
}

#endif /* _LINUX_ATOMIC_H */
