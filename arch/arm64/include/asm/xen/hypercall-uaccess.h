/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User-access window around privcmd_call's trap.  The guest kernel has no
 * user space, so the window is empty here; the Linux module build puts its
 * own version of this header first on the include path.  The stub names
 * the scratch registers the window may use: three for enable, two for
 * disable.
 */
#ifndef _ASM_XEN_HYPERCALL_UACCESS_H
#define _ASM_XEN_HYPERCALL_UACCESS_H

#ifdef __ASSEMBLY__
	.macro	privcmd_uaccess_enable, tmp1, tmp2, tmp3
	.endm
	.macro	privcmd_uaccess_disable, tmp1, tmp2
	.endm
#endif

#endif /* _ASM_XEN_HYPERCALL_UACCESS_H */
