/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The A32/T32 firmware-call conduits for PSCI and SMCCC
 * (drivers/firmware/psci/psci.c picks one from the device tree).
 *
 * These are the only traps in the kernel besides Xen's hypercall stubs
 * (arch/arm/xen/hypercall.S), and they stay apart from them on purpose:
 *  - the HVC immediate selects the interface.  Xen takes "hvc #0xEA1" as
 *    a hypercall and "hvc #0" as an SMCCC call (PSCI is one); a PSCI
 *    call with Xen's tag would run whatever hypercall r12 happened to name;
 *  - the register conventions differ.  SMCCC: function ID in r0,
 *    arguments in r1-r3, results in r0-r3, r4-r14 preserved; a hypercall:
 *    number in r12, arguments in r0-r4.
 * The C arguments (fn, a0, a1, a2) arrive in r0-r3 already, so each
 * conduit is a bare trap.
 *
 * unsigned long __invoke_psci_fn_{hvc,smc}(fn, a0, a1, a2)
 */
	.syntax	unified
	.arch	armv7ve
	.arch_extension	sec
#ifdef CONFIG_THUMB2_KERNEL
	.thumb
#else
	.arm
#endif
	.text

	.globl	__invoke_psci_fn_hvc
	.type	__invoke_psci_fn_hvc, %function
__invoke_psci_fn_hvc:
	hvc	#0
	bx	lr
	.size	__invoke_psci_fn_hvc, . - __invoke_psci_fn_hvc

	.globl	__invoke_psci_fn_smc
	.type	__invoke_psci_fn_smc, %function
__invoke_psci_fn_smc:
	smc	#0
	bx	lr
	.size	__invoke_psci_fn_smc, . - __invoke_psci_fn_smc
