/* SPDX-License-Identifier: MIT */
/*
 * Per-vCPU control: HYPERVISOR_vcpu_op(cmd, vcpuid, arg).  Xen on ARM only
 * implements VCPUOP_register_vcpu_info and
 * VCPUOP_register_runstate_memory_area for guests.
 */
#ifndef __XEN_INTERFACE_VCPU_H__
#define __XEN_INTERFACE_VCPU_H__

#include <xen/interface/xen.h>

#define VCPUOP_initialise			0	/* x86: set initial context */
#define VCPUOP_up				1
#define VCPUOP_down				2
#define VCPUOP_is_up				3	/* returns 1 if up */
#define VCPUOP_get_runstate_info		4	/* arg: vcpu_runstate_info */
#define VCPUOP_register_runstate_memory_area	5	/* arg: ..._runstate_memory_area */
#define VCPUOP_set_periodic_timer		6	/* arg: vcpu_set_periodic_timer */
#define VCPUOP_stop_periodic_timer		7	/* arg: NULL */
#define VCPUOP_set_singleshot_timer		8	/* arg: vcpu_set_singleshot_timer */
#define VCPUOP_stop_singleshot_timer		9	/* arg: NULL */
#define VCPUOP_register_vcpu_info		10	/* arg: vcpu_register_vcpu_info */
#define VCPUOP_send_nmi				11	/* x86 */
#define VCPUOP_get_physid			12	/* arg: vcpu_get_physid */
#define VCPUOP_register_vcpu_time_memory_area	13	/* arg: ..._time_memory_area */

/* vcpu_runstate_info.state */
#define RUNSTATE_running	0	/* on a physical CPU */
#define RUNSTATE_runnable	1	/* waiting for a physical CPU */
#define RUNSTATE_blocked	2	/* idle, waiting for an event */
#define RUNSTATE_offline	3	/* neither: down, paused, preempted in Xen */

/*
 * Set in state_entry_time while Xen rewrites a registered runstate area
 * (after VMASST_TYPE_runstate_update_flag is enabled): readers retry.
 */
#define XEN_RUNSTATE_UPDATE	(xen_mk_ullong(1) << 63)

/* vcpu_set_singleshot_timer.flags: ask for -ETIME if already past (a hint). */
#define _VCPU_SSHOTTMR_future	0
#define VCPU_SSHOTTMR_future	(xen_mk_uint(1) << _VCPU_SSHOTTMR_future)

#ifndef __ASSEMBLY__

struct vcpu_runstate_info {
	int state;				/* RUNSTATE_* */
	uint64_aligned_t state_entry_time;	/* system time (ns) @state began */
	uint64_aligned_t time[4];		/* ns spent in each RUNSTATE_* */
};
DEFINE_GUEST_HANDLE_STRUCT(vcpu_runstate_info);

/*
 * Have Xen keep a vcpu_runstate_info up to date in guest memory, updated
 * whenever the vCPU is scheduled.  On ARM @addr is a guest virtual address.
 */
struct vcpu_register_runstate_memory_area {
	union {
		GUEST_HANDLE(vcpu_runstate_info) h;
		struct vcpu_runstate_info *v;
		uint64_aligned_t p;
	} addr;
};
DEFINE_GUEST_HANDLE_STRUCT(vcpu_register_runstate_memory_area);

struct vcpu_set_periodic_timer {
	uint64_aligned_t period_ns;
};
DEFINE_GUEST_HANDLE_STRUCT(vcpu_set_periodic_timer);

struct vcpu_set_singleshot_timer {
	uint64_aligned_t timeout_abs_ns;	/* absolute system time */
	uint32_t flags;				/* VCPU_SSHOTTMR_* */
};
DEFINE_GUEST_HANDLE_STRUCT(vcpu_set_singleshot_timer);

/*
 * Move a vCPU's vcpu_info out of shared_info, e.g. into per-cpu data.  It
 * may be unaligned but must not cross a page; allowed once per vCPU.
 */
struct vcpu_register_vcpu_info {
	uint64_aligned_t mfn;		/* guest frame holding it */
	uint32_t offset;		/* byte offset within that frame */
	uint32_t rsvd;			/* must be 0 */
};
DEFINE_GUEST_HANDLE_STRUCT(vcpu_register_vcpu_info);

struct vcpu_get_physid {
	uint64_aligned_t phys_id;
};
DEFINE_GUEST_HANDLE_STRUCT(vcpu_get_physid);

DEFINE_GUEST_HANDLE_STRUCT(vcpu_time_info);

struct vcpu_register_time_memory_area {
	union {
		GUEST_HANDLE(vcpu_time_info) h;
		struct vcpu_time_info *v;
		uint64_aligned_t p;
	} addr;
};
DEFINE_GUEST_HANDLE_STRUCT(vcpu_register_time_memory_area);

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_VCPU_H__ */
