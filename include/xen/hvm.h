/* SPDX-License-Identifier: GPL-2.0 */
/*
 * HVM parameters: what the toolstack tells a domU at creation (console
 * ring, xenstore ring, their event channels), read with HVMOP_get_param.
 */
#ifndef _XEN_HVM_H
#define _XEN_HVM_H

#include <linux/types.h>
#include <xen/interface/xen.h>
#include <xen/interface/hvm/hvm_op.h>
#include <xen/interface/hvm/params.h>
#include <asm/xen/hypercall.h>

/**
 * xen_hvm_get_param() - read one of this domain's HVM parameters
 * @index: HVM_PARAM_*
 * @value: set to the parameter on success
 *
 * Return: 0, or Xen's negative error.
 */
static inline int xen_hvm_get_param(unsigned int index, u64 *value)
{
	struct xen_hvm_param p = { .domid = DOMID_SELF, .index = index };
	long rc = HYPERVISOR_hvm_op(HVMOP_get_param, &p);

	if (rc < 0)
		return (int)rc;
	*value = p.value;
	return 0;
}

#endif /* _XEN_HVM_H */
