/* SPDX-License-Identifier: MIT */
/*
 * Core of the Xen 4.17 guest interface as an ARM (arm32 or arm64) guest
 * sees it: hypercall numbers, reserved domain ids, multicalls and the
 * shared_info / vcpu_info pages.
 *
 * Like Xen's own public headers these include no system header: the C99
 * fixed-width types (uint8_t..uint64_t, int8_t..int64_t) must already be in
 * scope, e.g. from <linux/types.h> in the kernel or <stdint.h> elsewhere.
 *
 * Every numeric #define is usable from assembly (.S files are run through
 * cpp with -D__ASSEMBLY__); C declarations sit under #ifndef __ASSEMBLY__.
 */
#ifndef __XEN_INTERFACE_XEN_H__
#define __XEN_INTERFACE_XEN_H__

/*
 * Typed integer constants in C, bare numbers in assembly (gas rejects the
 * U/UL/ULL suffixes).  Defined before arch-arm.h, whose memory map uses them.
 */
#ifdef __ASSEMBLY__
#define xen_mk_uint(x)		x
#define xen_mk_ulong(x)		x
#define xen_mk_ullong(x)	x
#else
#define __xen_mk_uint(x)	x ## U
#define __xen_mk_ulong(x)	x ## UL
#define __xen_mk_ullong(x)	x ## ULL
/* The extra level lets the argument be a macro itself. */
#define xen_mk_uint(x)		__xen_mk_uint(x)
#define xen_mk_ulong(x)		__xen_mk_ulong(x)
#define xen_mk_ullong(x)	__xen_mk_ullong(x)
#endif

/* Integer types, guest handles and the guest memory map for ARM. */
#include <xen/interface/arch-arm.h>

/*
 * Helpers for bitmaps made of xen_ulong_t words (the 2-level event channel
 * pending/mask arrays and selector).  xen_ulong_t is 64-bit on both arm32
 * and arm64, so its constants need the ULL suffix.
 */
#define XEN_ULONG_BITS			(XEN_ULONG_SIZE * 8)
#define xen_mk_xen_ulong(x)		xen_mk_ullong(x)
#define XEN_ULONG_WORD(nr)		((nr) / XEN_ULONG_BITS)
#define XEN_ULONG_MASK(nr)		(xen_mk_xen_ulong(1) << ((nr) % XEN_ULONG_BITS))

/* Hypercall numbers, placed in x16 (arm64) or r12 (arm32). */
#define __HYPERVISOR_set_trap_table			0	/* x86 PV */
#define __HYPERVISOR_mmu_update				1	/* x86 PV */
#define __HYPERVISOR_set_gdt				2	/* x86 PV */
#define __HYPERVISOR_stack_switch			3	/* x86 PV */
#define __HYPERVISOR_set_callbacks			4	/* x86 PV */
#define __HYPERVISOR_fpu_taskswitch			5	/* x86 PV */
#define __HYPERVISOR_sched_op_compat			6	/* superseded by 29 */
#define __HYPERVISOR_platform_op			7
#define __HYPERVISOR_set_debugreg			8	/* x86 PV */
#define __HYPERVISOR_get_debugreg			9	/* x86 PV */
#define __HYPERVISOR_update_descriptor			10	/* x86 PV */
/* 11 is unused */
#define __HYPERVISOR_memory_op				12
#define __HYPERVISOR_multicall				13
#define __HYPERVISOR_update_va_mapping			14	/* x86 PV */
#define __HYPERVISOR_set_timer_op			15
#define __HYPERVISOR_event_channel_op_compat		16	/* superseded by 32 */
#define __HYPERVISOR_xen_version			17
#define __HYPERVISOR_console_io				18
#define __HYPERVISOR_physdev_op_compat			19	/* superseded by 33 */
#define __HYPERVISOR_grant_table_op			20
#define __HYPERVISOR_vm_assist				21
#define __HYPERVISOR_update_va_mapping_otherdomain	22	/* x86 PV */
#define __HYPERVISOR_iret				23	/* x86 PV */
#define __HYPERVISOR_vcpu_op				24
#define __HYPERVISOR_set_segment_base			25	/* x86-64 PV */
#define __HYPERVISOR_mmuext_op				26	/* x86 PV */
#define __HYPERVISOR_xsm_op				27
#define __HYPERVISOR_nmi_op				28
#define __HYPERVISOR_sched_op				29
#define __HYPERVISOR_callback_op			30
#define __HYPERVISOR_xenoprof_op			31
#define __HYPERVISOR_event_channel_op			32
#define __HYPERVISOR_physdev_op				33
#define __HYPERVISOR_hvm_op				34
#define __HYPERVISOR_sysctl				35
#define __HYPERVISOR_domctl				36
#define __HYPERVISOR_kexec_op				37
#define __HYPERVISOR_tmem_op				38	/* retired in Xen */
#define __HYPERVISOR_argo_op				39
#define __HYPERVISOR_xenpmu_op				40
#define __HYPERVISOR_dm_op				41
#define __HYPERVISOR_hypfs_op				42

/* 48..55 are left to each architecture to assign. */
#define __HYPERVISOR_arch_0				48
#define __HYPERVISOR_arch_1				49
#define __HYPERVISOR_arch_2				50
#define __HYPERVISOR_arch_3				51
#define __HYPERVISOR_arch_4				52
#define __HYPERVISOR_arch_5				53
#define __HYPERVISOR_arch_6				54
#define __HYPERVISOR_arch_7				55

/*
 * Virtual IRQs, bound to event channels with EVTCHNOP_bind_virq.  Per-vCPU
 * ones (TIMER, DEBUG, XENOPROF, XENPMU) are bound once on each vCPU; the
 * others exist once per domain and start out on vCPU 0.
 */
#define VIRQ_TIMER		0	/* timer tick / singleshot expiry */
#define VIRQ_DEBUG		1	/* asked to dump debug state */
#define VIRQ_CONSOLE		2	/* hardware domain: Xen console input */
#define VIRQ_DOM_EXC		3	/* hardware domain: a domain changed state */
#define VIRQ_TBUF		4	/* trace buffers have data */
#define VIRQ_DEBUGGER		6	/* a domain stopped for the debugger */
#define VIRQ_XENOPROF		7	/* profiling sample available */
#define VIRQ_CON_RING		8	/* Xen console ring has new bytes */
#define VIRQ_PCPU_STATE		9	/* physical CPU hot-plug event */
#define VIRQ_MEM_EVENT		10	/* memory event for a monitored domain */
#define VIRQ_ARGO		11	/* Argo message arrived */
#define VIRQ_ENOMEM		12	/* Xen is short of heap memory */
#define VIRQ_XENPMU		13	/* performance counter overflow */
#define VIRQ_ARCH_0		16
#define VIRQ_ARCH_1		17
#define VIRQ_ARCH_2		18
#define VIRQ_ARCH_3		19
#define VIRQ_ARCH_4		20
#define VIRQ_ARCH_5		21
#define VIRQ_ARCH_6		22
#define VIRQ_ARCH_7		23
#define NR_VIRQS		24

/* HYPERVISOR_console_io(cmd, count, buffer) commands. */
#define CONSOLEIO_write		0	/* unprivileged: printable chars, line buffered */
#define CONSOLEIO_read		1	/* returns number of bytes read */

/* HYPERVISOR_vm_assist(cmd, type). */
#define VMASST_CMD_enable			0
#define VMASST_CMD_disable			1
#define VMASST_TYPE_4gb_segments		0	/* x86-32 PV */
#define VMASST_TYPE_4gb_segments_notify		1	/* x86-32 PV */
#define VMASST_TYPE_writable_pagetables		2	/* x86 PV */
#define VMASST_TYPE_pae_extended_cr3		3	/* x86 PV */
#define VMASST_TYPE_architectural_iopl		4	/* x86 PV */
/* Have Xen flag in-progress updates of a registered vcpu_runstate_info. */
#define VMASST_TYPE_runstate_update_flag	5
#define VMASST_TYPE_m2p_strict			32	/* x86-64 PV */

/* Domain ids from DOMID_FIRST_RESERVED up never name an ordinary domain. */
#define DOMID_FIRST_RESERVED	xen_mk_uint(0x7FF0)
#define DOMID_SELF		xen_mk_uint(0x7FF0)	/* the calling domain */
#define DOMID_IO		xen_mk_uint(0x7FF1)	/* owner of I/O memory */
#define DOMID_XEN		xen_mk_uint(0x7FF2)	/* owner of Xen's own pages */
#define DOMID_COW		xen_mk_uint(0x7FF3)	/* owner of shared CoW pages */
#define DOMID_INVALID		xen_mk_uint(0x7FF4)	/* "no owner" */
#define DOMID_IDLE		xen_mk_uint(0x7FFF)	/* the idle domain */
#define DOMID_MASK		xen_mk_uint(0x7FFF)	/* bits a domid may use */

/* vcpu_time_info.flags */
#define XEN_PVCLOCK_TSC_STABLE_BIT	(1 << 0)
#define XEN_PVCLOCK_GUEST_STOPPED	(1 << 1)

#ifndef __ASSEMBLY__

typedef uint16_t domid_t;

/* Opaque 16-byte per-domain tag chosen by the toolstack (usually a UUID). */
typedef uint8_t xen_domain_handle_t[16];

/*
 * One call of a batch passed to HYPERVISOR_multicall(entries, nr).  The
 * words are 64-bit on arm32 as well; a 32-bit guest leaves the upper halves
 * zero.  Xen stores each call's return value in @result; the caller may
 * rely on nothing else in an entry once the batch has run.
 */
struct multicall_entry {
	xen_ulong_t op;
	xen_long_t result;
	xen_ulong_t args[6];
};
DEFINE_GUEST_HANDLE_STRUCT(multicall_entry);

/*
 * Per-vCPU system time.  Xen bumps @version before and after an update, so
 * a reader retries while it is odd or changed across the read (seqlock).
 * On ARM the guest has the generic timer; this is mostly for pvclock users.
 */
struct vcpu_time_info {
	uint32_t version;
	uint32_t pad0;
	uint64_aligned_t tsc_timestamp;	/* counter value at the last update */
	uint64_aligned_t system_time;	/* ns since boot at that point */
	/*
	 * Time now = system_time + ((delta << tsc_shift) * tsc_to_system_mul >> 32)
	 * with delta = counter - tsc_timestamp; a negative tsc_shift shifts right.
	 */
	uint32_t tsc_to_system_mul;
	int8_t tsc_shift;
	uint8_t flags;			/* XEN_PVCLOCK_* */
	uint8_t pad1[2];
};

/*
 * Per-vCPU event state.  Xen sets @evtchn_upcall_pending and the bit for
 * each pending word in @evtchn_pending_sel; the guest clears the pending
 * flag before scanning so that no new event is lost.
 */
struct vcpu_info {
	uint8_t evtchn_upcall_pending;
	/* x86 PV only: Xen on ARM ignores it (the guest masks IRQs instead). */
	uint8_t evtchn_upcall_mask;
	xen_ulong_t evtchn_pending_sel;
	struct arch_vcpu_info arch;
	struct vcpu_time_info time;
};

/*
 * The shared info page, mapped with XENMEM_add_to_physmap and
 * XENMAPSPACE_shared_info.  On ARM only vcpu_info[0] lives here; every vCPU
 * (including 0) should register its own with VCPUOP_register_vcpu_info.
 */
struct shared_info {
	struct vcpu_info vcpu_info[XEN_LEGACY_MAX_VCPUS];

	/*
	 * 2-level event channel ABI: bit N of @evtchn_pending says port N
	 * fired, bit N of @evtchn_mask stops it raising an upcall.
	 */
	xen_ulong_t evtchn_pending[XEN_ULONG_BITS];
	xen_ulong_t evtchn_mask[XEN_ULONG_BITS];

	/* Wall clock at system time 0, guarded by @wc_version like time info. */
	uint32_t wc_version;
	uint32_t wc_sec;			/* low 32 bits of seconds */
	uint32_t wc_nsec;
	uint32_t wc_sec_hi;			/* high 32 bits of seconds */

	struct arch_shared_info arch;
};

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_XEN_H__ */
