/* SPDX-License-Identifier: GPL-2.0 */
/* Bounds of the kernel image, from kernel/kernel.lds.S. */
#ifndef _LINUX_SECTIONS_H
#define _LINUX_SECTIONS_H

extern char _head[], _end[];
extern char _text[], _etext[];
extern char __bss_start[], __bss_end[];

#endif /* _LINUX_SECTIONS_H */
