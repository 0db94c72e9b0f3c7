// SPDX-License-Identifier: GPL-2.0
/*
 * KTAP suite "psci": what the firmware (Xen's virtual PSCI) answers
 * through the conduit the device tree chose.
 */
#include <linux/kernel.h>
#include <linux/ktap.h>
#include <linux/psci.h>
#include <linux/smp.h>
#include <xen/features.h>

/* Not a PSCI function: the highest ID of the PSCI range. */
#define PSCI_FN_UNKNOWN		0x8400001fU

static void psci_version_answers(struct ktap_test *t)
{
	long v = psci_version();

	if (!ktap_expect(t, v >= 0))
		return;
	/* Xen has implemented PSCI 1.x since 4.12 and advertises "arm,psci-1.0". */
	ktap_expect(t, PSCI_VERSION_MAJOR(v) >= 1);
	ktap_expect_eq(t, v >> 31, 0);
}

static void psci_features_answers(struct ktap_test *t)
{
	static const u32 offered[] = {
		PSCI_0_2_FN_PSCI_VERSION, PSCI_0_2_FN_CPU_OFF, PSCI_0_2_FN_CPU_ON,
		PSCI_0_2_FN_AFFINITY_INFO, PSCI_0_2_FN_SYSTEM_OFF,
		PSCI_0_2_FN_SYSTEM_RESET, PSCI_1_0_FN_PSCI_FEATURES,
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(offered); i++)
		ktap_check(t, psci_features(offered[i]) >= 0, __FILE__, __LINE__,
			   "PSCI_FEATURES(%#x) = %d", offered[i], psci_features(offered[i]));
	if (IS_ENABLED(CONFIG_ARM64))
		ktap_expect(t, psci_features(PSCI_0_2_FN_CPU_ON | PSCI_FN64) >= 0);
	ktap_expect_eq(t, psci_features(PSCI_FN_UNKNOWN), PSCI_RET_NOT_SUPPORTED);
}

/* CPU_ON for a CPU that runs, AFFINITY_INFO about one that runs. */
static void psci_cpu_calls_on_self(struct ktap_test *t)
{
	u64 self = this_cpu_data()->hwid;

	if (!ktap_expect(t, psci_ops.cpu_on && psci_ops.affinity_info))
		return;
	ktap_expect_eq(t, psci_ops.cpu_on(self, 0, 0), PSCI_RET_ALREADY_ON);
	ktap_expect_eq(t, psci_ops.affinity_info(self), PSCI_AFFINITY_ON);
}

/* SMCCC through the same conduit, exactly when Xen says it offers it. */
static void smccc_calls(struct ktap_test *t)
{
	bool xen_says = IS_ENABLED(CONFIG_XEN) && xen_feature(XENFEAT_ARM_SMCCC_supported);
	long v;

	ktap_expect_eq(t, psci_features(ARM_SMCCC_VERSION_FUNC_ID) == PSCI_RET_SUCCESS, xen_says);
	if (!xen_says) {
		ktap_skip(t, "Xen does not advertise XENFEAT_ARM_SMCCC_supported");
		return;
	}
	v = psci_smccc_call(ARM_SMCCC_VERSION_FUNC_ID, 0);
	/* 1.1 or later: major in [30:16], minor in [15:0]. */
	ktap_check(t, v >= 0x10001, __FILE__, __LINE__, "SMCCC_VERSION = %#lx", v);
	ktap_expect_eq(t, psci_smccc_call(ARM_SMCCC_ARCH_FEATURES_FUNC_ID, PSCI_FN_UNKNOWN),
		       ARM_SMCCC_NOT_SUPPORTED);
}

static const struct ktap_case psci_cases[] = {
	KTAP_CASE(psci_version_answers),
	KTAP_CASE(psci_features_answers),
	KTAP_CASE(psci_cpu_calls_on_self),
	KTAP_CASE(smccc_calls),
	{}
};

static const struct ktap_suite psci_suite = {
	.name = "psci",
	.cases = psci_cases,
};
ktap_test_suite(psci_suite);
