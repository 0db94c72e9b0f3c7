/* SPDX-License-Identifier: MIT */
/*
 * Hardware-domain platform control: HYPERVISOR_platform_op(op), where op
 * is a struct xen_platform_op.  On ARM Xen 4.17 handles XENPF_settime64.
 */
#ifndef __XEN_INTERFACE_PLATFORM_H__
#define __XEN_INTERFACE_PLATFORM_H__

#include <xen/interface/xen.h>

/* Must be passed in xen_platform_op.interface_version. */
#define XENPF_INTERFACE_VERSION		0x03000001

#define XENPF_settime32			17	/* arg: xenpf_settime32 */
#define XENPF_add_memtype		31	/* x86 */
#define XENPF_del_memtype		32	/* x86 */
#define XENPF_read_memtype		33	/* x86 */
#define XENPF_microcode_update		35	/* x86 */
#define XENPF_platform_quirk		39	/* x86 */
#define XENPF_get_cpu_version		48
#define XENPF_efi_runtime_call		49
#define XENPF_firmware_info		50
#define XENPF_enter_acpi_sleep		51
#define XENPF_change_freq		52
#define XENPF_getidletime		53
#define XENPF_set_processor_pminfo	54
#define XENPF_get_cpuinfo		55
#define XENPF_cpu_online		56	/* arg: xenpf_cpu_ol */
#define XENPF_cpu_offline		57	/* arg: xenpf_cpu_ol */
#define XENPF_cpu_hotadd		58
#define XENPF_mem_hotadd		59
#define XENPF_core_parking		60
#define XENPF_resource_op		61
#define XENPF_settime64			62	/* arg: xenpf_settime64 */
#define XENPF_get_symbol		63
/* The wall clock setter for current interface versions */
#define XENPF_settime			XENPF_settime64

#ifndef __ASSEMBLY__

/*
 * Set the wall clock so that it reads @secs.@nsecs (since the Unix epoch)
 * at Xen system time @system_time.
 */
struct xenpf_settime32 {
	uint32_t secs;
	uint32_t nsecs;
	uint64_aligned_t system_time;
};

struct xenpf_settime64 {
	uint64_aligned_t secs;
	uint32_t nsecs;
	uint32_t mbz;			/* must be zero */
	uint64_aligned_t system_time;
};

struct xenpf_cpu_ol {
	uint32_t cpuid;			/* physical CPU to bring up or down */
};

/*
 * Only the ops above are spelled out; the union is padded to Xen's size
 * so that any op fits.
 */
struct xen_platform_op {
	uint32_t cmd;			/* XENPF_* */
	uint32_t interface_version;	/* XENPF_INTERFACE_VERSION */
	union {
		struct xenpf_settime32 settime32;
		struct xenpf_settime64 settime64;
		struct xenpf_cpu_ol cpu_ol;
		uint8_t pad[128];
	} u;
};
DEFINE_GUEST_HANDLE_STRUCT(xen_platform_op);

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_PLATFORM_H__ */
