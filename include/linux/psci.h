/* SPDX-License-Identifier: GPL-2.0 */
/*
 * PSCI (Arm's Power State Coordination Interface, DEN 0022) and the SMCCC
 * calls that go with it (DEN 0028): function IDs, return codes, and the
 * driver's interface.  Every ID is the SMC32/HVC32 form; the 64-bit form
 * of a call that takes an address sets bit 30 (PSCI_FN64), which only an
 * AArch64 caller may use.  Under Xen these are answered by the hypervisor
 * itself (its virtual PSCI 1.1), reached with "hvc #0".
 */
#ifndef _LINUX_PSCI_H
#define _LINUX_PSCI_H

#include <linux/types.h>

#define PSCI_FN64			0x40000000U

#define PSCI_0_2_FN_PSCI_VERSION	0x84000000U
#define PSCI_0_2_FN_CPU_SUSPEND		0x84000001U
#define PSCI_0_2_FN_CPU_OFF		0x84000002U
#define PSCI_0_2_FN_CPU_ON		0x84000003U
#define PSCI_0_2_FN_AFFINITY_INFO	0x84000004U
#define PSCI_0_2_FN_MIGRATE_INFO_TYPE	0x84000006U
#define PSCI_0_2_FN_SYSTEM_OFF		0x84000008U
#define PSCI_0_2_FN_SYSTEM_RESET	0x84000009U
#define PSCI_1_0_FN_PSCI_FEATURES	0x8400000aU

#define ARM_SMCCC_VERSION_FUNC_ID	0x80000000U
#define ARM_SMCCC_ARCH_FEATURES_FUNC_ID	0x80000001U

/* PSCI return codes (signed 32-bit in r0/w0). */
#define PSCI_RET_SUCCESS		0
#define PSCI_RET_NOT_SUPPORTED		-1
#define PSCI_RET_INVALID_PARAMS		-2
#define PSCI_RET_DENIED			-3
#define PSCI_RET_ALREADY_ON		-4
#define PSCI_RET_ON_PENDING		-5
#define PSCI_RET_INTERNAL_FAILURE	-6
#define PSCI_RET_NOT_PRESENT		-7
#define PSCI_RET_DISABLED		-8
#define PSCI_RET_INVALID_ADDRESS	-9

/* AFFINITY_INFO answers. */
#define PSCI_AFFINITY_ON		0
#define PSCI_AFFINITY_OFF		1
#define PSCI_AFFINITY_ON_PENDING	2

#define PSCI_VERSION_MAJOR(v)		(((v) >> 16) & 0x7fff)
#define PSCI_VERSION_MINOR(v)		((v) & 0xffff)

/**
 * struct psci_operations - what the firmware offers, for CPU bring-up
 * @cpu_on: start the CPU whose MPIDR affinity is @hwid at physical
 *	address @entry with @context in x0/r0; 0 or a PSCI_RET_* code
 * @cpu_off: power this CPU down; returns only on failure
 * @affinity_info: PSCI_AFFINITY_* of the CPU @hwid, or a PSCI_RET_* code
 *
 * A member is NULL when the device tree did not offer the call.
 */
struct psci_operations {
	int (*cpu_on)(u64 hwid, unsigned long entry, unsigned long context);
	int (*cpu_off)(void);
	int (*affinity_info)(u64 hwid);
};

extern struct psci_operations psci_ops;

/**
 * psci_dt_init() - find /psci in the device tree and choose the conduit
 *
 * Return: 0, or -ENODEV when the tree names no usable PSCI firmware.
 */
int psci_dt_init(void);

/* PSCI_VERSION's answer (0.1: 0, it has no such call), or -1 with no PSCI. */
long psci_version(void);

/* PSCI_FEATURES(@func_id), or PSCI_RET_NOT_SUPPORTED before PSCI 1.0. */
int psci_features(u32 func_id);

/**
 * psci_smccc_call() - an SMCCC call through PSCI's conduit
 * @func_id: an SMCCC function ID
 * @arg: its first argument
 *
 * Only when Xen advertises XENFEAT_ARM_SMCCC_supported.
 *
 * Return: what the firmware put in x0/r0, or ARM_SMCCC_NOT_SUPPORTED.
 */
long psci_smccc_call(u32 func_id, unsigned long arg);
#define ARM_SMCCC_NOT_SUPPORTED		-1

/* SYSTEM_OFF and SYSTEM_RESET: do not return unless the firmware refused. */
int psci_system_off(void);
int psci_system_reset(void);

/*
 * The two conduits (arch/<arch>/kernel/psci-call.S): put @fn and the
 * three arguments in the first four registers, trap, return register 0.
 */
unsigned long __invoke_psci_fn_hvc(unsigned long fn, unsigned long a0,
				   unsigned long a1, unsigned long a2);
unsigned long __invoke_psci_fn_smc(unsigned long fn, unsigned long a0,
				   unsigned long a1, unsigned long a2);

#endif /* _LINUX_PSCI_H */
