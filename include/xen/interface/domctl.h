/* SPDX-License-Identifier: MIT */
/*
 * Domain control for the toolstack: HYPERVISOR_domctl(struct xen_domctl *).
 * Unlike the guest ABI this interface changes between Xen releases; Xen
 * rejects a call whose interface_version is not its own with -EACCES,
 * before it looks at anything else in the structure.
 */
#ifndef __XEN_INTERFACE_DOMCTL_H__
#define __XEN_INTERFACE_DOMCTL_H__

#include <xen/interface/xen.h>

/*
 * XEN_DOMCTL_INTERFACE_VERSION of the releases that changed it.  Xen bumps
 * it for every incompatible change, once per release cycle at most, so a
 * version number names one layout and one set of semantics:
 *
 * 0x15 (4.17)	getdomaininfo of a missing domain describes the next
 *		domain up instead (the caller must compare the ids).
 * 0x16 (4.18)	getdomaininfo of a missing domain fails with -ESRCH;
 *		arch_config.sve_vl takes what was a padding byte.
 * 0x17 (4.19)	XEN_DOMCTL_dt_overlay; 4.20 kept this version.
 *		getdomaininfo is as in 0x16.
 */
#define XEN_DOMCTL_INTERFACE_VERSION_4_17	0x00000015
#define XEN_DOMCTL_INTERFACE_VERSION_4_18	0x00000016
#define XEN_DOMCTL_INTERFACE_VERSION_4_19	0x00000017

#define XEN_DOMCTL_createdomain			1
#define XEN_DOMCTL_destroydomain		2
#define XEN_DOMCTL_pausedomain			3
#define XEN_DOMCTL_unpausedomain		4
#define XEN_DOMCTL_getdomaininfo		5	/* u.getdomaininfo */
#define XEN_DOMCTL_setvcpuaffinity		9
#define XEN_DOMCTL_shadow_op			10
#define XEN_DOMCTL_max_mem			11
#define XEN_DOMCTL_setvcpucontext		12
#define XEN_DOMCTL_getvcpucontext		13
#define XEN_DOMCTL_getvcpuinfo			14
#define XEN_DOMCTL_max_vcpus			15
#define XEN_DOMCTL_scheduler_op			16
#define XEN_DOMCTL_setdomainhandle		17
#define XEN_DOMCTL_setdebugging			18
#define XEN_DOMCTL_irq_permission		19
#define XEN_DOMCTL_iomem_permission		20
#define XEN_DOMCTL_ioport_permission		21
#define XEN_DOMCTL_hypercall_init		22
#define XEN_DOMCTL_settimeoffset		24
#define XEN_DOMCTL_getvcpuaffinity		25
#define XEN_DOMCTL_resumedomain			27
#define XEN_DOMCTL_sendtrigger			28
#define XEN_DOMCTL_subscribe			29
#define XEN_DOMCTL_gethvmcontext		33
#define XEN_DOMCTL_sethvmcontext		34
#define XEN_DOMCTL_set_address_size		35
#define XEN_DOMCTL_get_address_size		36
#define XEN_DOMCTL_assign_device		37
#define XEN_DOMCTL_bind_pt_irq			38
#define XEN_DOMCTL_memory_mapping		39
#define XEN_DOMCTL_ioport_mapping		40
#define XEN_DOMCTL_set_ext_vcpucontext		42
#define XEN_DOMCTL_get_ext_vcpucontext		43
#define XEN_DOMCTL_test_assign_device		45
#define XEN_DOMCTL_set_target			46
#define XEN_DOMCTL_deassign_device		47
#define XEN_DOMCTL_unbind_pt_irq		48
#define XEN_DOMCTL_get_device_group		50
#define XEN_DOMCTL_debug_op			54
#define XEN_DOMCTL_gethvmcontext_partial	55
#define XEN_DOMCTL_vm_event_op			56
#define XEN_DOMCTL_mem_sharing_op		57
#define XEN_DOMCTL_gettscinfo			59
#define XEN_DOMCTL_settscinfo			60
#define XEN_DOMCTL_getpageframeinfo3		61
#define XEN_DOMCTL_setvcpuextstate		62
#define XEN_DOMCTL_getvcpuextstate		63
#define XEN_DOMCTL_set_access_required		64
#define XEN_DOMCTL_audit_p2m			65
#define XEN_DOMCTL_set_virq_handler		66
#define XEN_DOMCTL_set_broken_page_p2m		67
#define XEN_DOMCTL_setnodeaffinity		68
#define XEN_DOMCTL_getnodeaffinity		69
#define XEN_DOMCTL_cacheflush			71
#define XEN_DOMCTL_get_vcpu_msrs		72
#define XEN_DOMCTL_set_vcpu_msrs		73
#define XEN_DOMCTL_setvnumainfo			74
#define XEN_DOMCTL_psr_cmt_op			75
#define XEN_DOMCTL_monitor_op			77
#define XEN_DOMCTL_psr_alloc			78
#define XEN_DOMCTL_soft_reset			79
#define XEN_DOMCTL_vuart_op			81
#define XEN_DOMCTL_get_cpu_policy		82
#define XEN_DOMCTL_set_cpu_policy		83
#define XEN_DOMCTL_vmtrace_op			84
#define XEN_DOMCTL_get_paging_mempool_size	85
#define XEN_DOMCTL_set_paging_mempool_size	86
#define XEN_DOMCTL_gdbsx_guestmemio		1000
#define XEN_DOMCTL_gdbsx_pausevcpu		1001
#define XEN_DOMCTL_gdbsx_unpausevcpu		1002
#define XEN_DOMCTL_gdbsx_domstatus		1003

/* xen_domctl_getdomaininfo.flags */
#define _XEN_DOMINF_dying		0	/* being destroyed */
#define XEN_DOMINF_dying		(xen_mk_uint(1) << _XEN_DOMINF_dying)
#define _XEN_DOMINF_hvm_guest		1	/* HVM (every ARM domain) */
#define XEN_DOMINF_hvm_guest		(xen_mk_uint(1) << _XEN_DOMINF_hvm_guest)
#define _XEN_DOMINF_shutdown		2	/* has shut down, see the code */
#define XEN_DOMINF_shutdown		(xen_mk_uint(1) << _XEN_DOMINF_shutdown)
#define _XEN_DOMINF_paused		3	/* paused by the toolstack */
#define XEN_DOMINF_paused		(xen_mk_uint(1) << _XEN_DOMINF_paused)
#define _XEN_DOMINF_blocked		4	/* waiting for an event */
#define XEN_DOMINF_blocked		(xen_mk_uint(1) << _XEN_DOMINF_blocked)
#define _XEN_DOMINF_running		5	/* on a physical CPU now */
#define XEN_DOMINF_running		(xen_mk_uint(1) << _XEN_DOMINF_running)
#define _XEN_DOMINF_debugged		6	/* under a debugger */
#define XEN_DOMINF_debugged		(xen_mk_uint(1) << _XEN_DOMINF_debugged)
#define _XEN_DOMINF_xs_domain		7	/* runs xenstored */
#define XEN_DOMINF_xs_domain		(xen_mk_uint(1) << _XEN_DOMINF_xs_domain)
#define _XEN_DOMINF_hap			8	/* hardware-assisted paging */
#define XEN_DOMINF_hap			(xen_mk_uint(1) << _XEN_DOMINF_hap)
/* Bits 23:16 hold the SHUTDOWN_* code once XEN_DOMINF_shutdown is set. */
#define XEN_DOMINF_shutdownmask		255
#define XEN_DOMINF_shutdownshift	16

/* xen_domctl_getdomaininfo.max_vcpu_id when the domain has no vCPUs */
#define XEN_INVALID_MAX_VCPU_ID		xen_mk_uint(0xffffffff)

#ifndef __ASSEMBLY__

/*
 * XEN_DOMCTL_getdomaininfo: all OUT; the domain comes from xen_domctl.
 * The same layout in interface versions 0x15 to 0x17.
 */
struct xen_domctl_getdomaininfo {
	domid_t domain;
	uint16_t pad1;
	uint32_t flags;			/* XEN_DOMINF_* */
	uint64_aligned_t tot_pages;
	uint64_aligned_t max_pages;
	uint64_aligned_t outstanding_pages;	/* claimed, not yet allocated */
	uint64_aligned_t shr_pages;	/* shared with other domains */
	uint64_aligned_t paged_pages;	/* paged out */
	uint64_aligned_t shared_info_frame;	/* GFN of shared_info */
	uint64_aligned_t cpu_time;	/* ns, summed over vCPUs */
	uint32_t nr_online_vcpus;
	uint32_t max_vcpu_id;		/* highest vCPU id in use */
	uint32_t ssidref;		/* XSM security label */
	xen_domain_handle_t handle;
	uint32_t cpupool;
	uint8_t gpaddr_bits;		/* guest physical address width */
	uint8_t pad2[7];
	struct xen_arch_domainconfig arch_config;
};

struct xen_domctl {
	uint32_t cmd;			/* XEN_DOMCTL_* */
	uint32_t interface_version;	/* XEN_DOMCTL_INTERFACE_VERSION_* */
	domid_t domain;			/* target domain */
	uint16_t _pad[3];
	/* Only getdomaininfo is spelled out; pad gives every op room. */
	union {
		struct xen_domctl_getdomaininfo getdomaininfo;
		uint8_t pad[128];
	} u;
};
DEFINE_GUEST_HANDLE_STRUCT(xen_domctl);

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_DOMCTL_H__ */
