/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Spinlocks with Linux's names and rules.  On one CPU a lock only has to
 * keep interrupt handlers out, so taking one masks IRQs and the lock word
 * itself records only whether it is held (which lets lockdep-style checks
 * in tests catch a recursive acquisition).  The SMP kernel replaces the
 * bodies, never the API: code written against this header is correct on
 * any number of CPUs as long as every access to shared state is under the
 * lock that guards it.
 *
 * Every lock is taken with interrupts masked (spin_lock_irqsave); plain
 * spin_lock() is for code that already runs with them masked (interrupt
 * handlers, or inside another irqsave section).
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <asm/barrier.h>
#include <asm/irqflags.h>

typedef struct {
	unsigned int locked;
} spinlock_t;

#define __SPIN_LOCK_UNLOCKED(name)	{ 0 }
#define DEFINE_SPINLOCK(name)		spinlock_t name = __SPIN_LOCK_UNLOCKED(name)

static inline void spin_lock_init(spinlock_t *lock)
{
	lock->locked = 0;
}

static inline void spin_lock(spinlock_t *lock)
{
	lock->locked = 1;
	barrier();
}

static inline void spin_unlock(spinlock_t *lock)
{
	barrier();
	lock->locked = 0;
}

static inline bool spin_is_locked(const spinlock_t *lock)
{
	return READ_ONCE(lock->locked);
}

#define spin_lock_irqsave(lock, flags)		\
	do {					\
		local_irq_save(flags);		\
		spin_lock(lock);		\
	} while (0)

static inline void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags)
{
	spin_unlock(lock);
	local_irq_restore(flags);
}

#endif /* _LINUX_SPINLOCK_H */
