/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The smallest AArch64 domU there is: it asks Xen to shut it down with a
 * known reason and does nothing else.  tests/dom0/toolstack.sh checks that
 * the reason reached Xen, which proves the guest ran and its hypercall
 * argument (a guest pointer) was read.
 *
 * libxl loads it with its "Linux zImage (ARM64)" loader, so it carries the
 * arm64 Image header and is entered at offset 0 with the MMU off: the
 * address `adr` computes is the guest-physical one Xen reads.
 *
 * Hypercall ABI: number in x16, arguments in x0.., `hvc #0xEA1`.
 */
#include "tiny-domu.h"

	.text
	.globl	_start
_start:
	b	entry			/* code0 */
	.long	0			/* code1 */
	.quad	0			/* text_offset */
	.quad	image_end - _start	/* image_size */
	.quad	0			/* flags: little-endian */
	.quad	0, 0, 0			/* res2, res3, res4 */
	.long	0x644d5241		/* magic "ARM\x64" at 0x38 */
	.long	0			/* res5 */

entry:
	mov	x0, #SCHEDOP_shutdown
	adr	x1, shutdown_arg
	mov	x16, #__HYPERVISOR_sched_op
	hvc	#0xea1
	/* Reached only if Xen refused: idle, the test reports "still running". */
1:	wfi
	b	1b

	.balign	4
shutdown_arg:				/* struct sched_shutdown */
	.long	TINY_DOMU_REASON
	.balign	8
image_end:
