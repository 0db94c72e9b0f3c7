// SPDX-License-Identifier: GPL-2.0
/*
 * Build-time proof of the Xen guest ABI layout in include/xen/interface/.
 *
 * Every number below was read off Xen 4.17's own public headers compiled
 * for arm64 and for arm32 (both give the same answers, as they must: the
 * ARM ABI widens handles and xen_ulong_t to 64 bits).  Building this file
 * for either width therefore fails as soon as a structure drifts from what
 * the hypervisor expects.  It contains only static assertions: no code, no
 * data.  The domctl and sysctl layouts below hold for every interface
 * version from 4.17's to 4.20's: their headers give the same numbers.
 */
#include <linux/types.h>
#include <xen/interface/xen.h>
#include <xen/interface/event_channel.h>
#include <xen/interface/grant_table.h>
#include <xen/interface/memory.h>
#include <xen/interface/sched.h>
#include <xen/interface/version.h>
#include <xen/interface/features.h>
#include <xen/interface/vcpu.h>
#include <xen/interface/hvm/hvm_op.h>
#include <xen/interface/hvm/params.h>
#include <xen/interface/hvm/dm_op.h>
#include <xen/interface/physdev.h>
#include <xen/interface/platform.h>
#include <xen/interface/hypfs.h>
#include <xen/interface/domctl.h>
#include <xen/interface/sysctl.h>
#include <xen/interface/io/blkif.h>
#include <xen/interface/io/libxenvchan.h>

#define ABI_SIZE(type, size)						\
	_Static_assert(sizeof(type) == (size), "sizeof(" #type ") != " #size)
#define ABI_OFFSET(type, member, offset)				\
	_Static_assert(__builtin_offsetof(type, member) == (offset),	\
		       #type "." #member " is not at offset " #offset)
#define ABI_ALIGN(type, align)						\
	_Static_assert(_Alignof(type) == (align), "_Alignof(" #type ") != " #align)
#define ABI_VALUE(expr, value)						\
	_Static_assert((expr) == (value), #expr " != " #value)

/* Width-independent building blocks */
ABI_ALIGN(uint64_aligned_t, 8);
ABI_ALIGN(xen_ulong_t, 8);
ABI_ALIGN(GUEST_HANDLE(void), 8);
ABI_ALIGN(GUEST_HANDLE(xen_pfn_t), 8);
ABI_SIZE(GUEST_HANDLE(char), 8);
ABI_SIZE(GUEST_HANDLE(int), 8);
ABI_SIZE(GUEST_HANDLE(uint), 8);
ABI_SIZE(GUEST_HANDLE(uint64_t), 8);
ABI_SIZE(GUEST_HANDLE(xen_ulong_t), 8);
ABI_SIZE(xen_long_t, 8);
ABI_VALUE(XEN_ULONG_BITS, sizeof(xen_ulong_t) * 8);
ABI_VALUE(EVTCHN_2L_NR_CHANNELS, 4096);
ABI_VALUE(EVTCHN_FIFO_NR_CHANNELS, 131072);
ABI_VALUE(XEN_HYPERCALL_TAG, 0xea1);
ABI_VALUE(XEN_DOMCTL_INTERFACE_VERSION_4_17, 0x15);
ABI_VALUE(XEN_DOMCTL_INTERFACE_VERSION_4_18, 0x16);
ABI_VALUE(XEN_DOMCTL_INTERFACE_VERSION_4_19, 0x17);
ABI_VALUE(XEN_SYSCTL_INTERFACE_VERSION_4_17, 0x15);
ABI_VALUE(XENPF_INTERFACE_VERSION, 0x03000001);
ABI_VALUE(GUEST_RAM0_BASE + GUEST_RAM0_SIZE, 0x100000000ULL);

/* xen.h / arch-arm.h: basic types, multicalls, shared_info */
ABI_SIZE(struct multicall_entry, 64);
ABI_OFFSET(struct multicall_entry, op, 0);
ABI_OFFSET(struct multicall_entry, result, 8);
ABI_OFFSET(struct multicall_entry, args, 16);

ABI_SIZE(struct vcpu_time_info, 32);
ABI_OFFSET(struct vcpu_time_info, version, 0);
ABI_OFFSET(struct vcpu_time_info, pad0, 4);
ABI_OFFSET(struct vcpu_time_info, tsc_timestamp, 8);
ABI_OFFSET(struct vcpu_time_info, system_time, 16);
ABI_OFFSET(struct vcpu_time_info, tsc_to_system_mul, 24);
ABI_OFFSET(struct vcpu_time_info, tsc_shift, 28);
ABI_OFFSET(struct vcpu_time_info, flags, 29);
ABI_OFFSET(struct vcpu_time_info, pad1, 30);

ABI_SIZE(struct vcpu_info, 48);
ABI_OFFSET(struct vcpu_info, evtchn_upcall_pending, 0);
ABI_OFFSET(struct vcpu_info, evtchn_upcall_mask, 1);
ABI_OFFSET(struct vcpu_info, evtchn_pending_sel, 8);
ABI_OFFSET(struct vcpu_info, arch, 16);
ABI_OFFSET(struct vcpu_info, time, 16);

/* Empty on ARM: GNU C gives them size 0, as Xen's headers do. */
ABI_SIZE(struct arch_vcpu_info, 0);
ABI_SIZE(struct arch_shared_info, 0);

ABI_SIZE(struct shared_info, 1088);
ABI_OFFSET(struct shared_info, vcpu_info, 0);
ABI_OFFSET(struct shared_info, evtchn_pending, 48);
ABI_OFFSET(struct shared_info, evtchn_mask, 560);
ABI_OFFSET(struct shared_info, wc_version, 1072);
ABI_OFFSET(struct shared_info, wc_sec, 1076);
ABI_OFFSET(struct shared_info, wc_nsec, 1080);
ABI_OFFSET(struct shared_info, wc_sec_hi, 1084);
ABI_OFFSET(struct shared_info, arch, 1088);

ABI_SIZE(struct xen_arch_domainconfig, 12);
ABI_OFFSET(struct xen_arch_domainconfig, gic_version, 0);
ABI_OFFSET(struct xen_arch_domainconfig, sve_vl, 1);
ABI_OFFSET(struct xen_arch_domainconfig, tee_type, 2);
ABI_OFFSET(struct xen_arch_domainconfig, nr_spis, 4);
ABI_OFFSET(struct xen_arch_domainconfig, clock_frequency, 8);
ABI_SIZE(GUEST_HANDLE(xen_pfn_t), 8);
ABI_SIZE(GUEST_HANDLE(void), 8);
ABI_SIZE(domid_t, 2);
ABI_SIZE(xen_pfn_t, 8);
ABI_SIZE(xen_ulong_t, 8);
ABI_SIZE(xen_domain_handle_t, 16);

/* event_channel.h */
ABI_SIZE(struct evtchn_alloc_unbound, 8);
ABI_OFFSET(struct evtchn_alloc_unbound, dom, 0);
ABI_OFFSET(struct evtchn_alloc_unbound, remote_dom, 2);
ABI_OFFSET(struct evtchn_alloc_unbound, port, 4);

ABI_SIZE(struct evtchn_bind_interdomain, 12);
ABI_OFFSET(struct evtchn_bind_interdomain, remote_dom, 0);
ABI_OFFSET(struct evtchn_bind_interdomain, remote_port, 4);
ABI_OFFSET(struct evtchn_bind_interdomain, local_port, 8);

ABI_SIZE(struct evtchn_bind_virq, 12);
ABI_OFFSET(struct evtchn_bind_virq, virq, 0);
ABI_OFFSET(struct evtchn_bind_virq, vcpu, 4);
ABI_OFFSET(struct evtchn_bind_virq, port, 8);

ABI_SIZE(struct evtchn_bind_pirq, 12);
ABI_OFFSET(struct evtchn_bind_pirq, pirq, 0);
ABI_OFFSET(struct evtchn_bind_pirq, flags, 4);
ABI_OFFSET(struct evtchn_bind_pirq, port, 8);

ABI_SIZE(struct evtchn_bind_ipi, 8);
ABI_OFFSET(struct evtchn_bind_ipi, vcpu, 0);
ABI_OFFSET(struct evtchn_bind_ipi, port, 4);

ABI_SIZE(struct evtchn_close, 4);

ABI_SIZE(struct evtchn_send, 4);

ABI_SIZE(struct evtchn_unmask, 4);

ABI_SIZE(struct evtchn_reset, 2);

ABI_SIZE(struct evtchn_status, 24);
ABI_OFFSET(struct evtchn_status, dom, 0);
ABI_OFFSET(struct evtchn_status, port, 4);
ABI_OFFSET(struct evtchn_status, status, 8);
ABI_OFFSET(struct evtchn_status, vcpu, 12);
ABI_OFFSET(struct evtchn_status, u, 16);
ABI_OFFSET(struct evtchn_status, u.interdomain.port, 20);
ABI_OFFSET(struct evtchn_status, u.virq, 16);

ABI_SIZE(struct evtchn_bind_vcpu, 8);
ABI_OFFSET(struct evtchn_bind_vcpu, port, 0);
ABI_OFFSET(struct evtchn_bind_vcpu, vcpu, 4);

ABI_SIZE(struct evtchn_init_control, 24);
ABI_OFFSET(struct evtchn_init_control, control_gfn, 0);
ABI_OFFSET(struct evtchn_init_control, offset, 8);
ABI_OFFSET(struct evtchn_init_control, vcpu, 12);
ABI_OFFSET(struct evtchn_init_control, link_bits, 16);
ABI_OFFSET(struct evtchn_init_control, _pad, 17);

ABI_SIZE(struct evtchn_expand_array, 8);
ABI_OFFSET(struct evtchn_expand_array, array_gfn, 0);

ABI_SIZE(struct evtchn_set_priority, 8);
ABI_OFFSET(struct evtchn_set_priority, port, 0);
ABI_OFFSET(struct evtchn_set_priority, priority, 4);

ABI_SIZE(struct evtchn_fifo_control_block, 72);
ABI_OFFSET(struct evtchn_fifo_control_block, ready, 0);
ABI_OFFSET(struct evtchn_fifo_control_block, _rsvd, 4);
ABI_OFFSET(struct evtchn_fifo_control_block, head, 8);

ABI_SIZE(event_word_t, 4);
ABI_SIZE(evtchn_port_t, 4);

/* grant_table.h */
ABI_SIZE(struct grant_entry_v1, 8);
ABI_OFFSET(struct grant_entry_v1, flags, 0);
ABI_OFFSET(struct grant_entry_v1, domid, 2);
ABI_OFFSET(struct grant_entry_v1, frame, 4);

ABI_SIZE(struct gnttab_map_grant_ref, 32);
ABI_OFFSET(struct gnttab_map_grant_ref, host_addr, 0);
ABI_OFFSET(struct gnttab_map_grant_ref, flags, 8);
ABI_OFFSET(struct gnttab_map_grant_ref, ref, 12);
ABI_OFFSET(struct gnttab_map_grant_ref, dom, 16);
ABI_OFFSET(struct gnttab_map_grant_ref, status, 18);
ABI_OFFSET(struct gnttab_map_grant_ref, handle, 20);
ABI_OFFSET(struct gnttab_map_grant_ref, dev_bus_addr, 24);

ABI_SIZE(struct gnttab_unmap_grant_ref, 24);
ABI_OFFSET(struct gnttab_unmap_grant_ref, host_addr, 0);
ABI_OFFSET(struct gnttab_unmap_grant_ref, dev_bus_addr, 8);
ABI_OFFSET(struct gnttab_unmap_grant_ref, handle, 16);
ABI_OFFSET(struct gnttab_unmap_grant_ref, status, 20);

ABI_SIZE(struct gnttab_setup_table, 24);
ABI_OFFSET(struct gnttab_setup_table, dom, 0);
ABI_OFFSET(struct gnttab_setup_table, nr_frames, 4);
ABI_OFFSET(struct gnttab_setup_table, status, 8);
ABI_OFFSET(struct gnttab_setup_table, frame_list, 16);

ABI_SIZE(struct gnttab_dump_table, 4);
ABI_OFFSET(struct gnttab_dump_table, status, 2);

ABI_SIZE(struct gnttab_transfer, 24);
ABI_OFFSET(struct gnttab_transfer, mfn, 0);
ABI_OFFSET(struct gnttab_transfer, domid, 8);
ABI_OFFSET(struct gnttab_transfer, ref, 12);
ABI_OFFSET(struct gnttab_transfer, status, 16);

ABI_SIZE(struct gnttab_copy, 40);
ABI_OFFSET(struct gnttab_copy, source, 0);
ABI_OFFSET(struct gnttab_copy, source.u.gmfn, 0);
ABI_OFFSET(struct gnttab_copy, source.domid, 8);
ABI_OFFSET(struct gnttab_copy, source.offset, 10);
ABI_OFFSET(struct gnttab_copy, dest, 16);
ABI_OFFSET(struct gnttab_copy, dest.offset, 26);
ABI_OFFSET(struct gnttab_copy, len, 32);
ABI_OFFSET(struct gnttab_copy, flags, 34);
ABI_OFFSET(struct gnttab_copy, status, 36);

ABI_SIZE(struct gnttab_query_size, 16);
ABI_OFFSET(struct gnttab_query_size, dom, 0);
ABI_OFFSET(struct gnttab_query_size, nr_frames, 4);
ABI_OFFSET(struct gnttab_query_size, max_nr_frames, 8);
ABI_OFFSET(struct gnttab_query_size, status, 12);

ABI_SIZE(struct gnttab_unmap_and_replace, 24);
ABI_OFFSET(struct gnttab_unmap_and_replace, new_addr, 8);
ABI_OFFSET(struct gnttab_unmap_and_replace, handle, 16);
ABI_OFFSET(struct gnttab_unmap_and_replace, status, 20);

ABI_SIZE(struct gnttab_set_version, 4);

ABI_SIZE(struct gnttab_get_version, 8);
ABI_OFFSET(struct gnttab_get_version, version, 4);

ABI_SIZE(struct gnttab_get_status_frames, 16);
ABI_OFFSET(struct gnttab_get_status_frames, nr_frames, 0);
ABI_OFFSET(struct gnttab_get_status_frames, dom, 4);
ABI_OFFSET(struct gnttab_get_status_frames, status, 6);
ABI_OFFSET(struct gnttab_get_status_frames, frame_list, 8);

ABI_SIZE(struct gnttab_swap_grant_ref, 12);
ABI_OFFSET(struct gnttab_swap_grant_ref, ref_b, 4);
ABI_OFFSET(struct gnttab_swap_grant_ref, status, 8);

ABI_SIZE(struct gnttab_cache_flush, 16);
ABI_OFFSET(struct gnttab_cache_flush, a, 0);
ABI_OFFSET(struct gnttab_cache_flush, offset, 8);
ABI_OFFSET(struct gnttab_cache_flush, length, 10);
ABI_OFFSET(struct gnttab_cache_flush, op, 12);

/* memory.h */
ABI_SIZE(struct xen_memory_reservation, 32);
ABI_OFFSET(struct xen_memory_reservation, extent_start, 0);
ABI_OFFSET(struct xen_memory_reservation, nr_extents, 8);
ABI_OFFSET(struct xen_memory_reservation, extent_order, 16);
ABI_OFFSET(struct xen_memory_reservation, mem_flags, 20);
ABI_OFFSET(struct xen_memory_reservation, domid, 24);

ABI_SIZE(struct xen_memory_exchange, 72);
ABI_OFFSET(struct xen_memory_exchange, in, 0);
ABI_OFFSET(struct xen_memory_exchange, out, 32);
ABI_OFFSET(struct xen_memory_exchange, nr_exchanged, 64);

ABI_SIZE(struct xen_add_to_physmap, 24);
ABI_OFFSET(struct xen_add_to_physmap, domid, 0);
ABI_OFFSET(struct xen_add_to_physmap, size, 2);
ABI_OFFSET(struct xen_add_to_physmap, space, 4);
ABI_OFFSET(struct xen_add_to_physmap, idx, 8);
ABI_OFFSET(struct xen_add_to_physmap, gpfn, 16);

ABI_SIZE(struct xen_add_to_physmap_range, 32);
ABI_OFFSET(struct xen_add_to_physmap_range, domid, 0);
ABI_OFFSET(struct xen_add_to_physmap_range, space, 2);
ABI_OFFSET(struct xen_add_to_physmap_range, size, 4);
ABI_OFFSET(struct xen_add_to_physmap_range, foreign_domid, 6);
ABI_OFFSET(struct xen_add_to_physmap_range, idxs, 8);
ABI_OFFSET(struct xen_add_to_physmap_range, gpfns, 16);
ABI_OFFSET(struct xen_add_to_physmap_range, errs, 24);

ABI_SIZE(struct xen_remove_from_physmap, 16);
ABI_OFFSET(struct xen_remove_from_physmap, domid, 0);
ABI_OFFSET(struct xen_remove_from_physmap, gpfn, 8);

ABI_SIZE(struct xen_mem_acquire_resource, 32);
ABI_OFFSET(struct xen_mem_acquire_resource, domid, 0);
ABI_OFFSET(struct xen_mem_acquire_resource, type, 2);
ABI_OFFSET(struct xen_mem_acquire_resource, id, 4);
ABI_OFFSET(struct xen_mem_acquire_resource, nr_frames, 8);
ABI_OFFSET(struct xen_mem_acquire_resource, pad, 12);
ABI_OFFSET(struct xen_mem_acquire_resource, frame, 16);
ABI_OFFSET(struct xen_mem_acquire_resource, frame_list, 24);

/* sched.h */
ABI_SIZE(struct sched_shutdown, 4);
ABI_OFFSET(struct sched_shutdown, reason, 0);

ABI_SIZE(struct sched_poll, 24);
ABI_OFFSET(struct sched_poll, ports, 0);
ABI_OFFSET(struct sched_poll, nr_ports, 8);
ABI_OFFSET(struct sched_poll, timeout, 16);

ABI_SIZE(struct sched_remote_shutdown, 8);
ABI_OFFSET(struct sched_remote_shutdown, domain_id, 0);
ABI_OFFSET(struct sched_remote_shutdown, reason, 4);

ABI_SIZE(struct sched_watchdog, 8);
ABI_OFFSET(struct sched_watchdog, id, 0);
ABI_OFFSET(struct sched_watchdog, timeout, 4);

ABI_SIZE(struct sched_pin_override, 4);
ABI_OFFSET(struct sched_pin_override, pcpu, 0);

/* version.h */
ABI_SIZE(struct xen_extraversion, 16);

ABI_SIZE(struct xen_compile_info, 144);
ABI_OFFSET(struct xen_compile_info, compiler, 0);
ABI_OFFSET(struct xen_compile_info, compile_by, 64);
ABI_OFFSET(struct xen_compile_info, compile_domain, 80);
ABI_OFFSET(struct xen_compile_info, compile_date, 112);

ABI_SIZE(struct xen_capabilities_info, 1024);

ABI_SIZE(struct xen_changeset_info, 64);

ABI_SIZE(struct xen_commandline, 1024);

ABI_SIZE(struct xen_platform_parameters, 8);
ABI_OFFSET(struct xen_platform_parameters, virt_start, 0);

ABI_SIZE(struct xen_feature_info, 8);
ABI_OFFSET(struct xen_feature_info, submap_idx, 0);
ABI_OFFSET(struct xen_feature_info, submap, 4);

ABI_SIZE(struct xen_build_id, 4);
ABI_OFFSET(struct xen_build_id, len, 0);
ABI_OFFSET(struct xen_build_id, buf, 4);

/* vcpu.h */
ABI_SIZE(struct vcpu_runstate_info, 48);
ABI_OFFSET(struct vcpu_runstate_info, state, 0);
ABI_OFFSET(struct vcpu_runstate_info, state_entry_time, 8);
ABI_OFFSET(struct vcpu_runstate_info, time, 16);

ABI_SIZE(struct vcpu_register_runstate_memory_area, 8);
ABI_OFFSET(struct vcpu_register_runstate_memory_area, addr.p, 0);

ABI_SIZE(struct vcpu_set_periodic_timer, 8);
ABI_OFFSET(struct vcpu_set_periodic_timer, period_ns, 0);

ABI_SIZE(struct vcpu_set_singleshot_timer, 16);
ABI_OFFSET(struct vcpu_set_singleshot_timer, timeout_abs_ns, 0);
ABI_OFFSET(struct vcpu_set_singleshot_timer, flags, 8);

ABI_SIZE(struct vcpu_register_vcpu_info, 16);
ABI_OFFSET(struct vcpu_register_vcpu_info, mfn, 0);
ABI_OFFSET(struct vcpu_register_vcpu_info, offset, 8);
ABI_OFFSET(struct vcpu_register_vcpu_info, rsvd, 12);

ABI_SIZE(struct vcpu_get_physid, 8);
ABI_OFFSET(struct vcpu_get_physid, phys_id, 0);

ABI_SIZE(struct vcpu_register_time_memory_area, 8);
ABI_OFFSET(struct vcpu_register_time_memory_area, addr.p, 0);

/* hvm/hvm_op.h, hvm/dm_op.h */
ABI_SIZE(struct xen_hvm_param, 16);
ABI_OFFSET(struct xen_hvm_param, domid, 0);
ABI_OFFSET(struct xen_hvm_param, pad, 2);
ABI_OFFSET(struct xen_hvm_param, index, 4);
ABI_OFFSET(struct xen_hvm_param, value, 8);

ABI_SIZE(struct xen_hvm_pagetable_dying, 16);
ABI_OFFSET(struct xen_hvm_pagetable_dying, pad, 2);
ABI_OFFSET(struct xen_hvm_pagetable_dying, gpa, 8);

ABI_SIZE(struct xen_hvm_get_time, 8);
ABI_OFFSET(struct xen_hvm_get_time, now, 0);

ABI_SIZE(struct xen_dm_op_buf, 16);
ABI_OFFSET(struct xen_dm_op_buf, h, 0);
ABI_OFFSET(struct xen_dm_op_buf, size, 8);

ABI_SIZE(struct xen_dm_op_remote_shutdown, 4);
ABI_OFFSET(struct xen_dm_op_remote_shutdown, reason, 0);

ABI_SIZE(struct xen_dm_op_set_irq_level, 8);
ABI_OFFSET(struct xen_dm_op_set_irq_level, irq, 0);
ABI_OFFSET(struct xen_dm_op_set_irq_level, level, 4);
ABI_OFFSET(struct xen_dm_op_set_irq_level, pad, 5);

ABI_SIZE(struct xen_dm_op_nr_vcpus, 4);
ABI_OFFSET(struct xen_dm_op_nr_vcpus, vcpus, 0);
ABI_SIZE(ioservid_t, 2);

/* physdev.h */
ABI_SIZE(struct physdev_eoi, 4);
ABI_OFFSET(struct physdev_eoi, irq, 0);

ABI_SIZE(struct physdev_pirq_eoi_gmfn, 8);
ABI_OFFSET(struct physdev_pirq_eoi_gmfn, gmfn, 0);

ABI_SIZE(struct physdev_irq_status_query, 8);
ABI_OFFSET(struct physdev_irq_status_query, irq, 0);
ABI_OFFSET(struct physdev_irq_status_query, flags, 4);

ABI_SIZE(struct physdev_map_pirq, 40);
ABI_OFFSET(struct physdev_map_pirq, domid, 0);
ABI_OFFSET(struct physdev_map_pirq, type, 4);
ABI_OFFSET(struct physdev_map_pirq, index, 8);
ABI_OFFSET(struct physdev_map_pirq, pirq, 12);
ABI_OFFSET(struct physdev_map_pirq, bus, 16);
ABI_OFFSET(struct physdev_map_pirq, devfn, 20);
ABI_OFFSET(struct physdev_map_pirq, entry_nr, 24);
ABI_OFFSET(struct physdev_map_pirq, table_base, 32);

ABI_SIZE(struct physdev_unmap_pirq, 8);
ABI_OFFSET(struct physdev_unmap_pirq, domid, 0);
ABI_OFFSET(struct physdev_unmap_pirq, pirq, 4);

ABI_SIZE(struct physdev_manage_pci, 2);
ABI_OFFSET(struct physdev_manage_pci, bus, 0);
ABI_OFFSET(struct physdev_manage_pci, devfn, 1);

ABI_SIZE(struct physdev_setup_gsi, 8);
ABI_OFFSET(struct physdev_setup_gsi, gsi, 0);
ABI_OFFSET(struct physdev_setup_gsi, triggering, 4);
ABI_OFFSET(struct physdev_setup_gsi, polarity, 5);

ABI_SIZE(struct physdev_pci_device, 4);
ABI_OFFSET(struct physdev_pci_device, seg, 0);
ABI_OFFSET(struct physdev_pci_device, bus, 2);
ABI_OFFSET(struct physdev_pci_device, devfn, 3);

ABI_SIZE(struct physdev_pci_device_add, 12);
ABI_OFFSET(struct physdev_pci_device_add, seg, 0);
ABI_OFFSET(struct physdev_pci_device_add, bus, 2);
ABI_OFFSET(struct physdev_pci_device_add, devfn, 3);
ABI_OFFSET(struct physdev_pci_device_add, flags, 4);
ABI_OFFSET(struct physdev_pci_device_add, physfn, 8);
ABI_OFFSET(struct physdev_pci_device_add, physfn.devfn, 9);
ABI_OFFSET(struct physdev_pci_device_add, optarr, 12);

/* platform.h */
ABI_SIZE(struct xenpf_settime32, 16);
ABI_OFFSET(struct xenpf_settime32, secs, 0);
ABI_OFFSET(struct xenpf_settime32, nsecs, 4);
ABI_OFFSET(struct xenpf_settime32, system_time, 8);

ABI_SIZE(struct xenpf_settime64, 24);
ABI_OFFSET(struct xenpf_settime64, secs, 0);
ABI_OFFSET(struct xenpf_settime64, nsecs, 8);
ABI_OFFSET(struct xenpf_settime64, mbz, 12);
ABI_OFFSET(struct xenpf_settime64, system_time, 16);

ABI_SIZE(struct xenpf_cpu_ol, 4);
ABI_OFFSET(struct xenpf_cpu_ol, cpuid, 0);

ABI_SIZE(struct xen_platform_op, 136);
ABI_OFFSET(struct xen_platform_op, cmd, 0);
ABI_OFFSET(struct xen_platform_op, interface_version, 4);
ABI_OFFSET(struct xen_platform_op, u, 8);
ABI_OFFSET(struct xen_platform_op, u.settime64.system_time, 24);

/* hypfs.h */
ABI_SIZE(struct xen_hypfs_direntry, 12);
ABI_OFFSET(struct xen_hypfs_direntry, type, 0);
ABI_OFFSET(struct xen_hypfs_direntry, encoding, 1);
ABI_OFFSET(struct xen_hypfs_direntry, pad, 2);
ABI_OFFSET(struct xen_hypfs_direntry, content_len, 4);
ABI_OFFSET(struct xen_hypfs_direntry, max_write_len, 8);

ABI_SIZE(struct xen_hypfs_dirlistentry, 16);
ABI_OFFSET(struct xen_hypfs_dirlistentry, e, 0);
ABI_OFFSET(struct xen_hypfs_dirlistentry, off_next, 12);
ABI_OFFSET(struct xen_hypfs_dirlistentry, name, 14);

/* domctl.h */
ABI_SIZE(struct xen_domctl_getdomaininfo, 120);
ABI_OFFSET(struct xen_domctl_getdomaininfo, domain, 0);
ABI_OFFSET(struct xen_domctl_getdomaininfo, pad1, 2);
ABI_OFFSET(struct xen_domctl_getdomaininfo, flags, 4);
ABI_OFFSET(struct xen_domctl_getdomaininfo, tot_pages, 8);
ABI_OFFSET(struct xen_domctl_getdomaininfo, max_pages, 16);
ABI_OFFSET(struct xen_domctl_getdomaininfo, outstanding_pages, 24);
ABI_OFFSET(struct xen_domctl_getdomaininfo, shr_pages, 32);
ABI_OFFSET(struct xen_domctl_getdomaininfo, paged_pages, 40);
ABI_OFFSET(struct xen_domctl_getdomaininfo, shared_info_frame, 48);
ABI_OFFSET(struct xen_domctl_getdomaininfo, cpu_time, 56);
ABI_OFFSET(struct xen_domctl_getdomaininfo, nr_online_vcpus, 64);
ABI_OFFSET(struct xen_domctl_getdomaininfo, max_vcpu_id, 68);
ABI_OFFSET(struct xen_domctl_getdomaininfo, ssidref, 72);
ABI_OFFSET(struct xen_domctl_getdomaininfo, handle, 76);
ABI_OFFSET(struct xen_domctl_getdomaininfo, cpupool, 92);
ABI_OFFSET(struct xen_domctl_getdomaininfo, gpaddr_bits, 96);
ABI_OFFSET(struct xen_domctl_getdomaininfo, pad2, 97);
ABI_OFFSET(struct xen_domctl_getdomaininfo, arch_config, 104);

ABI_SIZE(struct xen_domctl, 144);
ABI_OFFSET(struct xen_domctl, cmd, 0);
ABI_OFFSET(struct xen_domctl, interface_version, 4);
ABI_OFFSET(struct xen_domctl, domain, 8);
ABI_OFFSET(struct xen_domctl, _pad, 10);
ABI_OFFSET(struct xen_domctl, u, 16);
ABI_OFFSET(struct xen_domctl, u.getdomaininfo.arch_config, 120);

/* sysctl.h */
ABI_SIZE(struct xen_sysctl_physinfo, 112);
ABI_OFFSET(struct xen_sysctl_physinfo, threads_per_core, 0);
ABI_OFFSET(struct xen_sysctl_physinfo, cores_per_socket, 4);
ABI_OFFSET(struct xen_sysctl_physinfo, nr_cpus, 8);
ABI_OFFSET(struct xen_sysctl_physinfo, max_cpu_id, 12);
ABI_OFFSET(struct xen_sysctl_physinfo, nr_nodes, 16);
ABI_OFFSET(struct xen_sysctl_physinfo, max_node_id, 20);
ABI_OFFSET(struct xen_sysctl_physinfo, cpu_khz, 24);
ABI_OFFSET(struct xen_sysctl_physinfo, capabilities, 28);
ABI_OFFSET(struct xen_sysctl_physinfo, arch_capabilities, 32);
ABI_OFFSET(struct xen_sysctl_physinfo, pad, 36);
ABI_OFFSET(struct xen_sysctl_physinfo, total_pages, 40);
ABI_OFFSET(struct xen_sysctl_physinfo, free_pages, 48);
ABI_OFFSET(struct xen_sysctl_physinfo, scrub_pages, 56);
ABI_OFFSET(struct xen_sysctl_physinfo, outstanding_pages, 64);
ABI_OFFSET(struct xen_sysctl_physinfo, max_mfn, 72);
ABI_OFFSET(struct xen_sysctl_physinfo, hw_cap, 80);

ABI_SIZE(struct xen_sysctl_debug_keys, 16);
ABI_OFFSET(struct xen_sysctl_debug_keys, keys, 0);
ABI_OFFSET(struct xen_sysctl_debug_keys, nr_keys, 8);

ABI_SIZE(struct xen_sysctl, 136);
ABI_OFFSET(struct xen_sysctl, cmd, 0);
ABI_OFFSET(struct xen_sysctl, interface_version, 4);
ABI_OFFSET(struct xen_sysctl, u, 8);
ABI_OFFSET(struct xen_sysctl, u.physinfo.hw_cap, 88);

/*
 * The PV block ring (io/blkif.h, io/ring.h): the same on both widths, as
 * the "arm-abi" protocol needs.  32 slots in one page, 512 in 16.
 */
ABI_SIZE(struct blkif_request_segment, 8);
ABI_SIZE(struct blkif_request, 112);
ABI_OFFSET(struct blkif_request, nr_segments, 1);
ABI_OFFSET(struct blkif_request, handle, 2);
ABI_OFFSET(struct blkif_request, id, 8);
ABI_OFFSET(struct blkif_request, sector_number, 16);
ABI_OFFSET(struct blkif_request, seg, 24);
ABI_SIZE(struct blkif_request_indirect, 64);
ABI_OFFSET(struct blkif_request_indirect, indirect_op, 1);
ABI_OFFSET(struct blkif_request_indirect, nr_segments, 2);
ABI_OFFSET(struct blkif_request_indirect, id, 8);
ABI_OFFSET(struct blkif_request_indirect, sector_number, 16);
ABI_OFFSET(struct blkif_request_indirect, handle, 24);
ABI_OFFSET(struct blkif_request_indirect, indirect_grefs, 28);
ABI_SIZE(struct blkif_response, 16);
ABI_OFFSET(struct blkif_response, operation, 8);
ABI_OFFSET(struct blkif_response, status, 10);
ABI_SIZE(union blkif_sring_entry, 112);
ABI_OFFSET(struct blkif_sring, req_event, 4);
ABI_OFFSET(struct blkif_sring, rsp_prod, 8);
ABI_OFFSET(struct blkif_sring, rsp_event, 12);
ABI_OFFSET(struct blkif_sring, ring, 64);
ABI_VALUE(BLKIF_SEGS_PER_INDIRECT_FRAME, 512);

/*
 * libxenvchan's shared page (io/libxenvchan.h): Linux's gntdev and
 * gntalloc clear cli_live / srv_live at these offsets when a mapping
 * goes away, so they are ABI too.
 */
ABI_SIZE(struct vchan_interface, 24);
ABI_OFFSET(struct vchan_interface, right, 8);
ABI_OFFSET(struct vchan_interface, left_order, 16);
ABI_OFFSET(struct vchan_interface, right_order, 18);
ABI_OFFSET(struct vchan_interface, cli_live, 20);
ABI_OFFSET(struct vchan_interface, srv_live, 21);
ABI_OFFSET(struct vchan_interface, cli_notify, 22);
ABI_OFFSET(struct vchan_interface, srv_notify, 23);
ABI_OFFSET(struct vchan_interface, grants, 24);
