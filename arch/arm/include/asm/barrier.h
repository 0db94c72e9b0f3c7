/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Memory barriers.  mb()/rmb()/wmb() order against devices and the page
 * table walker (full-system DSB); the smp_* variants only order against
 * other observers in the inner-shareable domain, which is where Xen and
 * other vCPUs see shared memory.  ARMv7 has no load-only DMB/DSB, so the
 * read barriers are full ones.
 */
#ifndef _ASM_BARRIER_H
#define _ASM_BARRIER_H

#define isb()		__asm__ __volatile__("isb" : : : "memory")
#define dsb(opt)	__asm__ __volatile__("dsb " #opt : : : "memory")
#define dmb(opt)	__asm__ __volatile__("dmb " #opt : : : "memory")

#define mb()		dsb(sy)
#define rmb()		dsb(sy)
#define wmb()		dsb(st)

#define smp_mb()	dmb(ish)
#define smp_rmb()	dmb(ish)
#define smp_wmb()	dmb(ishst)

#endif /* _ASM_BARRIER_H */
