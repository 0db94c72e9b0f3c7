/* SPDX-License-Identifier: MIT */
/*
 * Feature bits reported by XENVER_get_features (and named, without the
 * prefix, in a kernel's XEN_ELFNOTE_FEATURES note).
 */
#ifndef __XEN_INTERFACE_FEATURES_H__
#define __XEN_INTERFACE_FEATURES_H__

/* x86 PV: page tables may be written directly, not via hypercalls. */
#define XENFEAT_writable_page_tables		0
/* x86 PV: descriptor tables may be written directly. */
#define XENFEAT_writable_descriptor_tables	1
/* Xen translates guest frames to machine frames itself (always on ARM). */
#define XENFEAT_auto_translated_physmap		2
/* The guest kernel runs in the most privileged guest mode. */
#define XENFEAT_supervisor_mode_kernel		3
/* x86 PAE: page directories may live above 4 GiB. */
#define XENFEAT_pae_pgdir_above_4gb		4
/* x86 PV: MMU_PT_UPDATE_PRESERVE_AD is available. */
#define XENFEAT_mmu_pt_update_preserve_ad	5
/* x86 PV: MMUEXT_CLEAR_PAGE / MMUEXT_COPY_PAGE are available. */
#define XENFEAT_highmem_assist			6
/* Grant mappings honour GNTMAP_guest_avail bits. */
#define XENFEAT_gnttab_map_avail_bits		7
/* x86 HVM: event upcalls via a vector. */
#define XENFEAT_hvm_callback_vector		8
/* x86 HVM: pvclock may be used. */
#define XENFEAT_hvm_safe_pvclock		9
/* x86 HVM: physical IRQs may be routed to event channels. */
#define XENFEAT_hvm_pirqs			10
/* The kernel can run as the control domain. */
#define XENFEAT_dom0				11
/* 12 (grant_map_identity) is retired and must not be used. */
/* XENMEMF_vnode is understood by memory ops. */
#define XENFEAT_memory_op_vnode_supported	13
/* ARM: the SMC Calling Convention is supported. */
#define XENFEAT_ARM_SMCCC_supported		14
/* x86 PVH: the ACPI RSDP may be anywhere in memory. */
#define XENFEAT_linux_rsdp_unrestricted		15
/*
 * Whether the domain's memory is mapped 1:1 (gfn == mfn).  Without either
 * bit, assume on ARM that dom0 is direct-mapped and domUs are not.
 */
#define XENFEAT_not_direct_mapped		16
#define XENFEAT_direct_mapped			17

/* Number of 32-bit words XENVER_get_features can return. */
#define XENFEAT_NR_SUBMAPS			1

#endif /* __XEN_INTERFACE_FEATURES_H__ */
