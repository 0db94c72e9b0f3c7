/* SPDX-License-Identifier: MIT */
/*
 * ARM part of the Xen 4.17 guest interface, shared by arm32 and arm64
 * guests: hypercall convention, ABI integer types, guest handles and the
 * guest physical memory map that the toolstack builds for ARM domains.
 *
 * Hypercall convention:
 *  - issued with "hvc #XEN_HYPERCALL_TAG";
 *  - number in x16 (arm64) or r12 (arm32), arguments in x0-x4 / r0-r4;
 *  - result in x0 / r0;
 *  - x16 / r12 and every argument register the call uses are clobbered.
 * Structures passed by pointer follow AAPCS64 even for arm32 guests (hence
 * the 64-bit handles and xen_ulong_t below), are little endian and must sit
 * in normal, inner-shareable, write-back cacheable memory.
 */

/*
 * The memory-map constants below use xen_mk_ullong() from xen.h.  When this
 * header is included first, xen.h comes in here, includes us back (guarded
 * below) and then finishes; either inclusion order ends up complete.
 */
#include <xen/interface/xen.h>

#ifndef __XEN_INTERFACE_ARCH_ARM_H__
#define __XEN_INTERFACE_ARCH_ARM_H__

/* Immediate of the HVC instruction; Xen rejects hypercalls without it. */
#define XEN_HYPERCALL_TAG	0xEA1

/* Bytes in a xen_ulong_t: 8 for both arm32 and arm64 guests. */
#define XEN_ULONG_SIZE		8

/* Only vcpu_info[0] is in shared_info; the rest must be registered. */
#define XEN_LEGACY_MAX_VCPUS	1

#ifndef __ASSEMBLY__

/*
 * Every 64-bit field of the interface is 8-byte aligned, as AAPCS64 lays
 * it out.  AAPCS (arm32 EABI) agrees, but spelling the alignment out keeps
 * the layout independent of that (sparse, for one, models arm32 with
 * 4-byte aligned long long).
 */
typedef uint64_t uint64_aligned_t __attribute__((__aligned__(8)));
typedef int64_t int64_aligned_t __attribute__((__aligned__(8)));

/* A guest frame number (4 KiB granule, even with 16K/64K guest pages). */
typedef uint64_aligned_t xen_pfn_t;

/* Register-sized hypercall words, widened to 64 bits for arm32 too. */
typedef uint64_aligned_t xen_ulong_t;
typedef int64_aligned_t xen_long_t;

/* For printk(): these are unsigned long long on both widths. */
#define PRI_xen_pfn		"llx"
#define PRI_xen_ulong		"llx"

/*
 * Guest handles: a guest virtual address inside a hypercall argument
 * structure.  They take 8 bytes, 8-aligned, on arm32 as well as arm64, so
 * @q overlays the pointer @p; a 32-bit guest must keep the upper half zero,
 * which set_xen_guest_handle() takes care of.
 */
#define DEFINE_GUEST_HANDLE(name, type)					\
	typedef union {							\
		type *p;						\
		uint64_aligned_t q;					\
	} __guest_handle_ ## name

#define DEFINE_GUEST_HANDLE_STRUCT(name)				\
	DEFINE_GUEST_HANDLE(name, struct name)

#define GUEST_HANDLE(name)	__guest_handle_ ## name

/* Clear all 8 bytes first: on arm32 @p only fills the lower half. */
#define set_xen_guest_handle(hnd, val)					\
	do {								\
		__typeof__(&(hnd)) __sxgh_hnd = &(hnd);			\
		__sxgh_hnd->q = 0;					\
		__sxgh_hnd->p = (val);					\
	} while (0)

#define xen_guest_handle(hnd)	((hnd).p)

/* Handles for the basic types used by the interface. */
DEFINE_GUEST_HANDLE(char, char);
DEFINE_GUEST_HANDLE(uchar, unsigned char);
DEFINE_GUEST_HANDLE(int, int);
DEFINE_GUEST_HANDLE(uint, unsigned int);
DEFINE_GUEST_HANDLE(void, void);
DEFINE_GUEST_HANDLE(uint8_t, uint8_t);
DEFINE_GUEST_HANDLE(uint16_t, uint16_t);
DEFINE_GUEST_HANDLE(uint32_t, uint32_t);
DEFINE_GUEST_HANDLE(uint64_t, uint64_t);
DEFINE_GUEST_HANDLE(xen_pfn_t, xen_pfn_t);
DEFINE_GUEST_HANDLE(xen_ulong_t, xen_ulong_t);

/* ARM keeps no extra per-vCPU or per-domain state in the shared page. */
struct arch_vcpu_info {
};

struct arch_shared_info {
};

/* Entry point given to callback registration; unused on ARM. */
typedef uint64_t xen_callback_t;

/*
 * ARM part of XEN_DOMCTL_createdomain / getdomaininfo (toolstack use).
 */
struct xen_arch_domainconfig {
	uint8_t gic_version;		/* XEN_DOMCTL_CONFIG_GIC_* */
	uint8_t sve_vl;			/* SVE vector length / 128; padding before domctl 0x16 */
	uint16_t tee_type;		/* XEN_DOMCTL_CONFIG_TEE_* */
	uint32_t nr_spis;		/* shared peripheral interrupts */
	uint32_t clock_frequency;	/* CNTFRQ from the DT, 0 if not given */
};

#endif /* !__ASSEMBLY__ */

#define XEN_DOMCTL_CONFIG_GIC_NATIVE	0
#define XEN_DOMCTL_CONFIG_GIC_V2	1
#define XEN_DOMCTL_CONFIG_GIC_V3	2
#define XEN_DOMCTL_CONFIG_TEE_NONE	0
#define XEN_DOMCTL_CONFIG_TEE_OPTEE	1

/*
 * Guest physical memory map used by the Xen 4.17 toolstack for ARM domUs
 * (dom0 follows the host layout instead).  Guests should still prefer the
 * device tree / ACPI tables; these are the values the toolstack uses.
 */
#define GUEST_VIRTIO_MMIO_BASE		xen_mk_ullong(0x02000000)
#define GUEST_VIRTIO_MMIO_SIZE		xen_mk_ullong(0x00100000)

/* Emulated GICv2 */
#define GUEST_GICD_BASE			xen_mk_ullong(0x03001000)
#define GUEST_GICD_SIZE			xen_mk_ullong(0x00001000)
#define GUEST_GICC_BASE			xen_mk_ullong(0x03002000)
#define GUEST_GICC_SIZE			xen_mk_ullong(0x00002000)

/* Emulated GICv3: one redistributor region, room for 128 vCPUs */
#define GUEST_GICV3_GICD_BASE		xen_mk_ullong(0x03001000)
#define GUEST_GICV3_GICD_SIZE		xen_mk_ullong(0x00010000)
#define GUEST_GICV3_RDIST_REGIONS	1
#define GUEST_GICV3_GICR0_BASE		xen_mk_ullong(0x03020000)
#define GUEST_GICV3_GICR0_SIZE		xen_mk_ullong(0x01000000)

/* Virtual PCI host bridge: ECAM window and the two BAR windows */
#define GUEST_VPCI_ECAM_BASE		xen_mk_ullong(0x10000000)
#define GUEST_VPCI_ECAM_SIZE		xen_mk_ullong(0x10000000)
#define GUEST_VPCI_ADDR_TYPE_MEM	xen_mk_ullong(0x02000000)
#define GUEST_VPCI_MEM_ADDR		xen_mk_ullong(0x23000000)
#define GUEST_VPCI_MEM_SIZE		xen_mk_ullong(0x10000000)
#define GUEST_VPCI_ADDR_TYPE_PREFETCH_MEM xen_mk_ullong(0x42000000)
#define GUEST_VPCI_PREFETCH_MEM_ADDR	xen_mk_ullong(0x100000000)
#define GUEST_VPCI_PREFETCH_MEM_SIZE	xen_mk_ullong(0x100000000)

/* ACPI tables, when the guest is booted with ACPI */
#define GUEST_ACPI_BASE			xen_mk_ullong(0x20000000)
#define GUEST_ACPI_SIZE			xen_mk_ullong(0x02000000)

/* Emulated SBSA/PL011 UART (vpl011) */
#define GUEST_PL011_BASE		xen_mk_ullong(0x22000000)
#define GUEST_PL011_SIZE		xen_mk_ullong(0x00001000)

/* Free window (16 MiB, 4096 frames) where the guest maps its grant table */
#define GUEST_GNTTAB_BASE		xen_mk_ullong(0x38000000)
#define GUEST_GNTTAB_SIZE		xen_mk_ullong(0x01000000)

/*
 * Toolstack "magic" pages (xenstore and console rings, ...).  Their exact
 * frames are published through HVM_PARAM_STORE_PFN / HVM_PARAM_CONSOLE_PFN.
 */
#define GUEST_MAGIC_BASE		xen_mk_ullong(0x39000000)
#define GUEST_MAGIC_SIZE		xen_mk_ullong(0x01000000)

/* RAM: 3 GiB at 1 GiB, then up to 1016 GiB at 8 GiB */
#define GUEST_RAM_BANKS			2
#define GUEST_RAM0_BASE			xen_mk_ullong(0x40000000)
#define GUEST_RAM0_SIZE			xen_mk_ullong(0xc0000000)
#define GUEST_RAM1_BASE			xen_mk_ullong(0x0200000000)
#define GUEST_RAM1_SIZE			xen_mk_ullong(0xfe00000000)
#define GUEST_RAM_BASE			GUEST_RAM0_BASE
#define GUEST_RAM_MAX			(GUEST_RAM0_SIZE + GUEST_RAM1_SIZE)
/* Initialisers for arrays indexed by bank */
#define GUEST_RAM_BANK_BASES		{ GUEST_RAM0_BASE, GUEST_RAM1_BASE }
#define GUEST_RAM_BANK_SIZES		{ GUEST_RAM0_SIZE, GUEST_RAM1_SIZE }

#define GUEST_MAX_VCPUS			128

/* Interrupt numbers (GIC INTIDs) */
#define GUEST_TIMER_VIRT_PPI		27
#define GUEST_TIMER_PHYS_S_PPI		29
#define GUEST_TIMER_PHYS_NS_PPI		30
#define GUEST_EVTCHN_PPI		31	/* event channel upcall */
#define GUEST_VPL011_SPI		32
#define GUEST_VIRTIO_MMIO_SPI_FIRST	33
#define GUEST_VIRTIO_MMIO_SPI_LAST	43

#endif /* __XEN_INTERFACE_ARCH_ARM_H__ */
