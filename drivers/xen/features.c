// SPDX-License-Identifier: GPL-2.0
/*
 * XENVER_get_features, read once at boot into a byte per feature so that
 * xen_feature() is a plain load.
 */
#define pr_fmt(fmt) "xen:features: " fmt

#include <linux/kernel.h>
#include <xen/features.h>
#include <xen/interface/version.h>
#include <asm/xen/hypercall.h>

u8 xen_features[XENFEAT_NR_BITS];

/**
 * xen_setup_features() - fetch every submap Xen defines
 *
 * Return: 0, or Xen's negative errno for the first submap it refused.
 */
int xen_setup_features(void)
{
	struct xen_feature_info fi;
	unsigned int i, bit;
	long rc;

	for (i = 0; i < XENFEAT_NR_SUBMAPS; i++) {
		fi.submap_idx = i;
		fi.submap = 0;
		rc = HYPERVISOR_xen_version(XENVER_get_features, &fi);
		if (rc < 0) {
			pr_err("XENVER_get_features(%u) failed: %ld\n", i, rc);
			return (int)rc;
		}
		for (bit = 0; bit < 32; bit++)
			xen_features[i * 32 + bit] = !!(fi.submap & (1U << bit));
	}
	return 0;
}
