/* SPDX-License-Identifier: MIT */
/*
 * System-wide control for the toolstack: HYPERVISOR_sysctl(struct
 * xen_sysctl *).  Versioned like domctl: interface_version must match Xen.
 */
#ifndef __XEN_INTERFACE_SYSCTL_H__
#define __XEN_INTERFACE_SYSCTL_H__

#include <xen/interface/xen.h>

/*
 * XEN_SYSCTL_INTERFACE_VERSION of the releases that changed it; a wrong
 * one is refused with -EACCES.  4.17 set 0x15 and 4.18 to 4.20 kept it,
 * with the same physinfo and debug_keys layouts.
 */
#define XEN_SYSCTL_INTERFACE_VERSION_4_17	0x00000015

#define XEN_SYSCTL_readconsole			1
#define XEN_SYSCTL_tbuf_op			2
#define XEN_SYSCTL_physinfo			3	/* u.physinfo */
#define XEN_SYSCTL_sched_id			4
#define XEN_SYSCTL_perfc_op			5
#define XEN_SYSCTL_getdomaininfolist		6
#define XEN_SYSCTL_debug_keys			7
#define XEN_SYSCTL_getcpuinfo			8
#define XEN_SYSCTL_availheap			9
#define XEN_SYSCTL_get_pmstat			10
#define XEN_SYSCTL_cpu_hotplug			11
#define XEN_SYSCTL_pm_op			12
#define XEN_SYSCTL_page_offline_op		14
#define XEN_SYSCTL_lockprof_op			15
#define XEN_SYSCTL_cputopoinfo			16
#define XEN_SYSCTL_numainfo			17
#define XEN_SYSCTL_cpupool_op			18
#define XEN_SYSCTL_scheduler_op			19
#define XEN_SYSCTL_coverage_op			20
#define XEN_SYSCTL_psr_cmt_op			21
#define XEN_SYSCTL_pcitopoinfo			22
#define XEN_SYSCTL_psr_alloc			23
#define XEN_SYSCTL_get_cpu_levelling_caps	25
#define XEN_SYSCTL_get_cpu_featureset		26
#define XEN_SYSCTL_livepatch_op			27
#define XEN_SYSCTL_get_cpu_policy		29

/* xen_sysctl_physinfo.capabilities */
#define _XEN_SYSCTL_PHYSCAP_hvm			0	/* HVM guests possible */
#define XEN_SYSCTL_PHYSCAP_hvm			(xen_mk_uint(1) << _XEN_SYSCTL_PHYSCAP_hvm)
#define _XEN_SYSCTL_PHYSCAP_pv			1	/* PV guests possible */
#define XEN_SYSCTL_PHYSCAP_pv			(xen_mk_uint(1) << _XEN_SYSCTL_PHYSCAP_pv)
#define _XEN_SYSCTL_PHYSCAP_directio		2	/* device passthrough */
#define XEN_SYSCTL_PHYSCAP_directio		(xen_mk_uint(1) << _XEN_SYSCTL_PHYSCAP_directio)
#define _XEN_SYSCTL_PHYSCAP_hap			3	/* hardware-assisted paging */
#define XEN_SYSCTL_PHYSCAP_hap			(xen_mk_uint(1) << _XEN_SYSCTL_PHYSCAP_hap)
#define _XEN_SYSCTL_PHYSCAP_shadow		4	/* shadow paging */
#define XEN_SYSCTL_PHYSCAP_shadow		(xen_mk_uint(1) << _XEN_SYSCTL_PHYSCAP_shadow)
#define _XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share	5	/* IOMMU shares the P2M */
#define XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share	\
	(xen_mk_uint(1) << _XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share)
#define XEN_SYSCTL_PHYSCAP_vmtrace		(xen_mk_uint(1) << 6)
#define XEN_SYSCTL_PHYSCAP_vpmu			(xen_mk_uint(1) << 7)
#define XEN_SYSCTL_PHYSCAP_gnttab_v1		(xen_mk_uint(1) << 8)
#define XEN_SYSCTL_PHYSCAP_gnttab_v2		(xen_mk_uint(1) << 9)
#define XEN_SYSCTL_PHYSCAP_MAX			XEN_SYSCTL_PHYSCAP_gnttab_v2

/* xen_sysctl_physinfo.arch_capabilities on ARM (zero before 4.18) */
#define XEN_SYSCTL_PHYSCAP_ARM_SVE_MASK		0x1fU

#ifndef __ASSEMBLY__

/* XEN_SYSCTL_physinfo: all OUT. */
struct xen_sysctl_physinfo {
	uint32_t threads_per_core;
	uint32_t cores_per_socket;
	uint32_t nr_cpus;		/* online now */
	uint32_t max_cpu_id;		/* highest possible */
	uint32_t nr_nodes;		/* online now */
	uint32_t max_node_id;		/* highest possible */
	uint32_t cpu_khz;
	uint32_t capabilities;		/* XEN_SYSCTL_PHYSCAP_* */
	uint32_t arch_capabilities;	/* ARM, 4.18 on: SVE vector length / 128 */
	uint32_t pad;
	uint64_aligned_t total_pages;
	uint64_aligned_t free_pages;
	uint64_aligned_t scrub_pages;	/* freed, awaiting scrubbing */
	uint64_aligned_t outstanding_pages;	/* claimed, not yet allocated */
	uint64_aligned_t max_mfn;	/* highest possible MFN */
	uint32_t hw_cap[8];		/* CPU feature words */
};

/* XEN_SYSCTL_debug_keys: run Xen's debug key handlers, as if typed. */
struct xen_sysctl_debug_keys {
	GUEST_HANDLE(char) keys;	/* IN: the key characters */
	uint32_t nr_keys;		/* IN */
};

struct xen_sysctl {
	uint32_t cmd;			/* XEN_SYSCTL_* */
	uint32_t interface_version;	/* XEN_SYSCTL_INTERFACE_VERSION_* */
	/* Only the ops used here are spelled out; pad gives every op room. */
	union {
		struct xen_sysctl_physinfo physinfo;
		struct xen_sysctl_debug_keys debug_keys;
		uint8_t pad[128];
	} u;
};
DEFINE_GUEST_HANDLE_STRUCT(xen_sysctl);

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_SYSCTL_H__ */
