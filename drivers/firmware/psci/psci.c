// SPDX-License-Identifier: GPL-2.0
/*
 * PSCI firmware calls, as the device tree describes them.  /psci names
 * the conduit ("method": "hvc" or "smc"), which is chosen once here; the
 * calls themselves go through the one pointer invoke_psci_fn, and the
 * instructions live in arch/<arch>/kernel/psci-call.S.  CPU bring-up
 * (kernel/smp.c) uses psci_ops and knows nothing of function IDs.
 *
 * "arm,psci" (0.1) has no fixed IDs: the tree gives the ones it has
 * ("cpu_on", "cpu_off").  "arm,psci-0.2" and "arm,psci-1.0" use the
 * standard IDs; 1.0 adds PSCI_FEATURES.
 */
#define pr_fmt(fmt) "psci: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/of_fdt.h>
#include <linux/psci.h>
#include <linux/string.h>

typedef unsigned long (*psci_fn)(unsigned long fn, unsigned long a0,
				 unsigned long a1, unsigned long a2);

static psci_fn invoke_psci_fn;
static long psci_ver = -1;
static bool smccc_present;

struct psci_operations psci_ops;

/* Only an AArch64 caller may use the SMC64 form of a call. */
static u32 psci_fn_native(u32 fn)
{
	return IS_ENABLED(CONFIG_ARM64) ? fn | PSCI_FN64 : fn;
}

static int psci_call(u32 fn, unsigned long a0, unsigned long a1, unsigned long a2)
{
	return (int)invoke_psci_fn(fn, a0, a1, a2);
}

/* Function IDs that differ between 0.1 (from the tree) and later. */
static u32 psci_cpu_on_id;
static u32 psci_cpu_off_id;

static int psci_cpu_on(u64 hwid, unsigned long entry, unsigned long context)
{
	return psci_call(psci_cpu_on_id, (unsigned long)hwid, entry, context);
}

static int psci_cpu_off(void)
{
	/* power_state 0: a standby state Xen does not look at. */
	return psci_call(psci_cpu_off_id, 0, 0, 0);
}

static int psci_affinity_info(u64 hwid)
{
	/* Lowest affinity level 0: this one CPU, not its cluster. */
	return psci_call(psci_fn_native(PSCI_0_2_FN_AFFINITY_INFO), (unsigned long)hwid, 0, 0);
}

long psci_version(void)
{
	return psci_ver;
}

int psci_features(u32 func_id)
{
	if (psci_ver < 0 || PSCI_VERSION_MAJOR(psci_ver) < 1)
		return PSCI_RET_NOT_SUPPORTED;
	return psci_call(PSCI_1_0_FN_PSCI_FEATURES, func_id, 0, 0);
}

long psci_smccc_call(u32 func_id, unsigned long arg)
{
	if (!smccc_present)
		return ARM_SMCCC_NOT_SUPPORTED;
	return (long)(int)invoke_psci_fn(func_id, arg, 0, 0);
}

int psci_system_off(void)
{
	if (psci_ver <= 0)
		return PSCI_RET_NOT_SUPPORTED;
	return psci_call(PSCI_0_2_FN_SYSTEM_OFF, 0, 0, 0);
}

int psci_system_reset(void)
{
	if (psci_ver <= 0)
		return PSCI_RET_NOT_SUPPORTED;
	return psci_call(PSCI_0_2_FN_SYSTEM_RESET, 0, 0, 0);
}

static int psci_set_conduit(int node)
{
	const char *method;

	if (of_property_read_string(node, "method", &method)) {
		pr_err("/psci has no \"method\"\n");
		return -ENODEV;
	}
	if (!strcmp(method, "hvc"))
		invoke_psci_fn = __invoke_psci_fn_hvc;
	else if (!strcmp(method, "smc"))
		invoke_psci_fn = __invoke_psci_fn_smc;
	else {
		pr_err("unknown conduit \"%s\"\n", method);
		return -ENODEV;
	}
	return 0;
}

/* 0.1: the tree's IDs; a call it does not list stays unavailable. */
static void psci_0_1_init(int node)
{
	if (!of_property_read_u32(node, "cpu_on", &psci_cpu_on_id))
		psci_ops.cpu_on = psci_cpu_on;
	if (!of_property_read_u32(node, "cpu_off", &psci_cpu_off_id))
		psci_ops.cpu_off = psci_cpu_off;
	psci_ver = 0;
}

static void psci_0_2_init(void)
{
	psci_ver = (long)(u32)psci_call(PSCI_0_2_FN_PSCI_VERSION, 0, 0, 0);
	psci_cpu_on_id = psci_fn_native(PSCI_0_2_FN_CPU_ON);
	psci_cpu_off_id = PSCI_0_2_FN_CPU_OFF;
	psci_ops.cpu_on = psci_cpu_on;
	psci_ops.cpu_off = psci_cpu_off;
	psci_ops.affinity_info = psci_affinity_info;
	/* SMCCC 1.1 and later announce themselves through PSCI_FEATURES. */
	smccc_present = psci_features(ARM_SMCCC_VERSION_FUNC_ID) == PSCI_RET_SUCCESS;
}

int psci_dt_init(void)
{
	int node = of_find_compatible_node(-1, "arm,psci-1.0");
	int rc;

	if (node < 0)
		node = of_find_compatible_node(-1, "arm,psci-0.2");
	if (node < 0) {
		node = of_find_compatible_node(-1, "arm,psci");
		if (node < 0)
			return -ENODEV;
	}
	rc = psci_set_conduit(node);
	if (rc)
		return rc;
	if (of_device_is_compatible(node, "arm,psci-0.2") ||
	    of_device_is_compatible(node, "arm,psci-1.0"))
		psci_0_2_init();
	else
		psci_0_1_init(node);
	pr_info("PSCI %ld.%ld through %s%s\n", PSCI_VERSION_MAJOR(psci_ver),
		PSCI_VERSION_MINOR(psci_ver),
		invoke_psci_fn == __invoke_psci_fn_hvc ? "HVC" : "SMC",
		smccc_present ? ", SMCCC present" : "");
	return 0;
}
