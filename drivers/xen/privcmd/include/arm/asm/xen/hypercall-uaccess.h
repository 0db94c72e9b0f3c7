/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-access window around privcmd_call's trap, for the Linux module
 * build on arm (it comes first on the module's include path and hides the
 * guest kernel's empty one).
 *
 * With CONFIG_CPU_SW_DOMAIN_PAN the kernel runs with the user domain set
 * to "no access" in DACR, and Xen's walk of the guest's tables for a
 * hypercall buffer would fault on it.  Linux's uaccess_enable/disable
 * switch the domain; they assemble to nothing without that option (LPAE
 * kernels have no domains, so Debian's armmp-lpae has none).
 *
 * The stub passes one scratch register that holds neither the call number
 * nor an argument at that point.
 */
#ifndef _ASM_XEN_HYPERCALL_UACCESS_H
#define _ASM_XEN_HYPERCALL_UACCESS_H

#ifdef __ASSEMBLY__
#include <asm/assembler.h>

	.macro	privcmd_uaccess_enable, tmp
	uaccess_enable \tmp
	.endm

	.macro	privcmd_uaccess_disable, tmp
	uaccess_disable \tmp
	.endm
#endif

#endif /* _ASM_XEN_HYPERCALL_UACCESS_H */
