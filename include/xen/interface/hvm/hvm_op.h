/* SPDX-License-Identifier: MIT */
/*
 * HYPERVISOR_hvm_op(cmd, arg).  ARM guests get HVMOP_set_param and
 * HVMOP_get_param only, which is how they find xenstore and the console.
 */
#ifndef __XEN_INTERFACE_HVM_HVM_OP_H__
#define __XEN_INTERFACE_HVM_HVM_OP_H__

#include <xen/interface/xen.h>

#define HVMOP_set_param			0	/* arg: xen_hvm_param */
#define HVMOP_get_param			1	/* arg: xen_hvm_param */
#define HVMOP_flush_tlbs		5	/* x86 */
#define HVMOP_pagetable_dying		9	/* x86: arg: xen_hvm_pagetable_dying */
#define HVMOP_get_time			10	/* arg: xen_hvm_get_time */
#define HVMOP_xentrace			11
#define HVMOP_get_mem_type		15	/* x86 */
#define HVMOP_set_evtchn_upcall_vector	23	/* x86 */
#define HVMOP_guest_request_vm_event	24
#define HVMOP_altp2m			25

#ifndef __ASSEMBLY__

struct xen_hvm_param {
	domid_t domid;			/* IN, usually DOMID_SELF */
	uint16_t pad;
	uint32_t index;			/* IN: HVM_PARAM_* */
	uint64_aligned_t value;		/* IN for set, OUT for get */
};
DEFINE_GUEST_HANDLE_STRUCT(xen_hvm_param);

struct xen_hvm_pagetable_dying {
	domid_t domid;
	uint16_t pad[3];
	uint64_aligned_t gpa;		/* top-level page table going away */
};
DEFINE_GUEST_HANDLE_STRUCT(xen_hvm_pagetable_dying);

struct xen_hvm_get_time {
	uint64_aligned_t now;		/* OUT: ns since Xen booted */
};
DEFINE_GUEST_HANDLE_STRUCT(xen_hvm_get_time);

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_HVM_HVM_OP_H__ */
