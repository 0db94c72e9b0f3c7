/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

#include <linux/compiler.h>

/*
 * Stop the machine: a clean power-off, a restart, or a crash a
 * supervisor can see.
 */
void __noreturn machine_power_off(void);
void __noreturn machine_restart(void);
void __noreturn machine_crash(void);

#endif /* _LINUX_REBOOT_H */
