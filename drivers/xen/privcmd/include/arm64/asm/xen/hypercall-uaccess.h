/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-access window around privcmd_call's trap, for the Linux module
 * build on arm64 (it comes first on the module's include path and hides
 * the guest kernel's empty one).
 *
 * Xen reads a hypercall's buffers through the guest's stage-1 tables with
 * address translation instructions, which hardware PAN does not restrict.
 * Only the software emulation of PAN, which parks TTBR0_EL1 on an empty
 * table while the kernel runs, hides user memory from them; Linux's own
 * macro lifts it, and assembles to nothing without CONFIG_ARM64_SW_TTBR0_PAN.
 *
 * The stub passes scratch registers that are neither the call number nor
 * an argument: three for enable, two for disable.
 */
#ifndef _ASM_XEN_HYPERCALL_UACCESS_H
#define _ASM_XEN_HYPERCALL_UACCESS_H

#ifdef __ASSEMBLY__
#include <asm/asm-uaccess.h>

	.macro	privcmd_uaccess_enable, tmp1, tmp2, tmp3
	uaccess_ttbr0_enable \tmp1, \tmp2, \tmp3
	.endm

	.macro	privcmd_uaccess_disable, tmp1, tmp2
	uaccess_ttbr0_disable \tmp1, \tmp2
	.endm
#endif

#endif /* _ASM_XEN_HYPERCALL_UACCESS_H */
