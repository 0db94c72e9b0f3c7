/* SPDX-License-Identifier: GPL-2.0 */
/*
 * XENFEAT_* bits as Xen reported them with XENVER_get_features.
 */
#ifndef _XEN_FEATURES_H
#define _XEN_FEATURES_H

#include <linux/types.h>
#include <xen/interface/features.h>

#define XENFEAT_NR_BITS		(XENFEAT_NR_SUBMAPS * 32)

extern u8 xen_features[XENFEAT_NR_BITS];

/**
 * xen_feature() - did Xen report feature @flag?
 * @flag: XENFEAT_*
 *
 * Return: true when the bit was set; false for unknown bits too.
 */
static inline bool xen_feature(unsigned int flag)
{
	return flag < XENFEAT_NR_BITS && xen_features[flag];
}

int xen_setup_features(void);

#endif /* _XEN_FEATURES_H */
