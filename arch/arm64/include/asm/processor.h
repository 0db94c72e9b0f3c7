/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_PROCESSOR_H
#define _ASM_PROCESSOR_H

/* In a polling loop: a hint to the CPU (and to Xen) that we are waiting. */
static inline void cpu_relax(void)
{
	__asm__ __volatile__("yield" : : : "memory");
}

/* Sleep until an interrupt is pending; Xen deschedules the vCPU meanwhile. */
static inline void wfi(void)
{
	__asm__ __volatile__("dsb sy; wfi" : : : "memory");
}

#endif /* _ASM_PROCESSOR_H */
