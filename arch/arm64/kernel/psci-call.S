/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The A64 firmware-call conduits for PSCI and SMCCC
 * (drivers/firmware/psci/psci.c picks one from the device tree).
 *
 * These are the only traps in the kernel besides Xen's hypercall stubs
 * (arch/arm64/xen/hypercall.S), and they stay apart from them on purpose:
 *  - the HVC immediate selects the interface.  Xen takes "hvc #0xEA1" as
 *    a hypercall and "hvc #0" as an SMCCC call (PSCI is one); a PSCI
 *    call with Xen's tag would run whatever hypercall x16 happened to name;
 *  - the register conventions differ.  SMCCC: function ID in w0,
 *    arguments in x1-x3, results in x0-x3, anything up to x17 clobbered;
 *    a hypercall: number in x16, arguments in x0-x4.
 * In AAPCS64 x0-x17 are caller-saved anyway, so each conduit is a bare
 * trap.
 *
 * unsigned long __invoke_psci_fn_{hvc,smc}(fn, a0, a1, a2)
 */
	.text

	.globl	__invoke_psci_fn_hvc
	.type	__invoke_psci_fn_hvc, %function
__invoke_psci_fn_hvc:
	hvc	#0
	ret
	.size	__invoke_psci_fn_hvc, . - __invoke_psci_fn_hvc

	.globl	__invoke_psci_fn_smc
	.type	__invoke_psci_fn_smc, %function
__invoke_psci_fn_smc:
	smc	#0
	ret
	.size	__invoke_psci_fn_smc, . - __invoke_psci_fn_smc
