/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Spinlocks with Linux's names and rules: ticket locks, fair between
 * CPUs.  A CPU takes the next ticket with one atomic add and waits until
 * the owner field reaches it; unlock hands the lock to the next ticket
 * with a release store.  The atomics are the compiler's, which gives
 * exclusive-monitor loops on every instruction set the kernel builds for
 * (LDAXRH/STXRH on A64, LDREXH/STREXH in A32 and T32), so the same code
 * is correct on one vCPU and on eight.
 *
 * Every lock is taken with interrupts masked (spin_lock_irqsave); plain
 * spin_lock() is for code that already runs with them masked (interrupt
 * handlers, or inside another irqsave section).  A handler that takes a
 * lock its own CPU already holds waits forever, which is why the rule
 * matters.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <asm/barrier.h>
#include <asm/irqflags.h>
#include <asm/processor.h>

typedef struct {
	u16 owner;	/* the ticket being served */
	u16 next;	/* the ticket the next locker takes */
} spinlock_t;

#define __SPIN_LOCK_UNLOCKED(name)	{ 0, 0 }
#define DEFINE_SPINLOCK(name)		spinlock_t name = __SPIN_LOCK_UNLOCKED(name)

static inline void spin_lock_init(spinlock_t *lock)
{
	lock->owner = 0;
	lock->next = 0;
}

static inline void spin_lock(spinlock_t *lock)
{
	u16 ticket = __atomic_fetch_add(&lock->next, 1, __ATOMIC_RELAXED);

	while (__atomic_load_n(&lock->owner, __ATOMIC_ACQUIRE) != ticket)
		cpu_relax();
}

/* Only the holder writes @owner, so a plain increment with release order. */
static inline void spin_unlock(spinlock_t *lock)
{
	__atomic_store_n(&lock->owner, (u16)(lock->owner + 1), __ATOMIC_RELEASE);
}

static inline bool spin_is_locked(const spinlock_t *lock)
{
	return READ_ONCE(lock->owner) != READ_ONCE(lock->next);
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
