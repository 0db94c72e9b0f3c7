/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The smallest 32-bit ARM domU there is: it asks Xen to shut it down with
 * a known reason and does nothing else (see arm64.S for why).
 *
 * libxl loads it with its "Linux zImage (ARM32)" loader: zImage magic at
 * 0x24; a start address of 0 at 0x28 makes libxl enter it at its load
 * address, so the code must be position independent (it is).
 *
 * Hypercall ABI: number in r12, arguments in r0.., `hvc #0xEA1` (A32).
 */
#include "tiny-domu.h"

	.arch	armv7-a
	.arch_extension virt
	.arm
	.text
	.globl	_start
_start:
	.rept	8
	mov	r0, r0			/* 0x00-0x1c: the zImage nops */
	.endr
	b	entry			/* 0x20 */
	.long	0x016f2818		/* 0x24: zImage magic */
	.long	0			/* 0x28: start (0: load anywhere) */
	.long	image_end - _start	/* 0x2c: end */

entry:
	mov	r0, #SCHEDOP_shutdown
	adr	r1, shutdown_arg
	mov	r12, #__HYPERVISOR_sched_op
	hvc	#0xea1
	/* Reached only if Xen refused: idle, the test reports "still running". */
1:	wfi
	b	1b

	.balign	4
shutdown_arg:				/* struct sched_shutdown */
	.long	TINY_DOMU_REASON
	.balign	8
image_end:
