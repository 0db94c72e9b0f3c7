/* SPDX-License-Identifier: GPL-2.0 */
/* What code built with -fstack-protector (Debian's libfdt.a) links against. */
#ifndef _LINUX_STACKPROTECTOR_H
#define _LINUX_STACKPROTECTOR_H

#include <linux/compiler.h>

extern unsigned long __stack_chk_guard;
void __noreturn __stack_chk_fail(void);

#endif /* _LINUX_STACKPROTECTOR_H */
