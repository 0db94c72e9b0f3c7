/* SPDX-License-Identifier: MIT */
/*
 * Physical device control: HYPERVISOR_physdev_op(cmd, arg).  Xen on ARM
 * only implements PHYSDEVOP_pci_device_add and PHYSDEVOP_pci_device_remove;
 * the rest serve x86.
 */
#ifndef __XEN_INTERFACE_PHYSDEV_H__
#define __XEN_INTERFACE_PHYSDEV_H__

#include <xen/interface/xen.h>

#define PHYSDEVOP_IRQ_UNMASK_NOTIFY	4
#define PHYSDEVOP_irq_status_query	5	/* arg: physdev_irq_status_query */
#define PHYSDEVOP_set_iopl		6
#define PHYSDEVOP_set_iobitmap		7
#define PHYSDEVOP_apic_read		8
#define PHYSDEVOP_apic_write		9
#define PHYSDEVOP_alloc_irq_vector	10
#define PHYSDEVOP_free_irq_vector	11
#define PHYSDEVOP_eoi			12	/* arg: physdev_eoi */
#define PHYSDEVOP_map_pirq		13	/* arg: physdev_map_pirq */
#define PHYSDEVOP_unmap_pirq		14	/* arg: physdev_unmap_pirq */
#define PHYSDEVOP_manage_pci_add	15	/* arg: physdev_manage_pci */
#define PHYSDEVOP_manage_pci_remove	16	/* arg: physdev_manage_pci */
#define PHYSDEVOP_pirq_eoi_gmfn_v1	17
/* 18 is unused */
#define PHYSDEVOP_restore_msi		19
#define PHYSDEVOP_manage_pci_add_ext	20
#define PHYSDEVOP_setup_gsi		21	/* arg: physdev_setup_gsi */
/* 22 is kept free */
#define PHYSDEVOP_get_free_pirq		23
#define PHYSDEVOP_pci_mmcfg_reserved	24
#define PHYSDEVOP_pci_device_add	25	/* arg: physdev_pci_device_add */
#define PHYSDEVOP_pci_device_remove	26	/* arg: physdev_pci_device */
#define PHYSDEVOP_restore_msi_ext	27	/* arg: physdev_pci_device */
#define PHYSDEVOP_pirq_eoi_gmfn_v2	28	/* arg: physdev_pirq_eoi_gmfn */
#define PHYSDEVOP_dbgp_op		29
#define PHYSDEVOP_prepare_msix		30	/* arg: physdev_pci_device */
#define PHYSDEVOP_release_msix		31	/* arg: physdev_pci_device */
/* v1 also changed how PHYSDEVOP_eoi behaves; v2 leaves it alone */
#define PHYSDEVOP_pirq_eoi_gmfn		PHYSDEVOP_pirq_eoi_gmfn_v2

/* physdev_irq_status_query.flags */
#define _XENIRQSTAT_needs_eoi		0	/* PHYSDEVOP_eoi after handling */
#define XENIRQSTAT_needs_eoi		(xen_mk_uint(1) << _XENIRQSTAT_needs_eoi)
#define _XENIRQSTAT_shared		1	/* shared with another domain */
#define XENIRQSTAT_shared		(xen_mk_uint(1) << _XENIRQSTAT_shared)

/* physdev_map_pirq.type */
#define MAP_PIRQ_TYPE_MSI		0x0
#define MAP_PIRQ_TYPE_GSI		0x1
#define MAP_PIRQ_TYPE_UNKNOWN		0x2
#define MAP_PIRQ_TYPE_MSI_SEG		0x3
#define MAP_PIRQ_TYPE_MULTI_MSI		0x4

/* physdev_pci_device_add.flags */
#define XEN_PCI_DEV_EXTFN		0x1	/* ARI extended function */
#define XEN_PCI_DEV_VIRTFN		0x2	/* SR-IOV virtual function */
#define XEN_PCI_DEV_PXM			0x4	/* optarr[0] is the NUMA node */

#ifndef __ASSEMBLY__

struct physdev_eoi {
	uint32_t irq;			/* IN */
};
DEFINE_GUEST_HANDLE_STRUCT(physdev_eoi);

struct physdev_pirq_eoi_gmfn {
	xen_pfn_t gmfn;			/* IN: page of EOI-needed bits */
};
DEFINE_GUEST_HANDLE_STRUCT(physdev_pirq_eoi_gmfn);

struct physdev_irq_status_query {
	uint32_t irq;			/* IN */
	uint32_t flags;			/* OUT: XENIRQSTAT_* */
};
DEFINE_GUEST_HANDLE_STRUCT(physdev_irq_status_query);

struct physdev_map_pirq {
	domid_t domid;
	int type;			/* IN: MAP_PIRQ_TYPE_* */
	int index;			/* IN: GSI or MSI number */
	int pirq;			/* IN/OUT */
	int bus;			/* IN; bits 31:16 segment for *_MSI_SEG */
	int devfn;			/* IN */
	int entry_nr;			/* IN (OUT for MULTI_MSI) */
	uint64_aligned_t table_base;	/* IN: MSI-X table address */
};
DEFINE_GUEST_HANDLE_STRUCT(physdev_map_pirq);

struct physdev_unmap_pirq {
	domid_t domid;
	int pirq;			/* IN */
};
DEFINE_GUEST_HANDLE_STRUCT(physdev_unmap_pirq);

struct physdev_manage_pci {
	uint8_t bus;			/* IN */
	uint8_t devfn;			/* IN */
};
DEFINE_GUEST_HANDLE_STRUCT(physdev_manage_pci);

struct physdev_setup_gsi {
	int gsi;			/* IN */
	uint8_t triggering;		/* IN: 1 level, 0 edge */
	uint8_t polarity;		/* IN: 1 active low, 0 active high */
};
DEFINE_GUEST_HANDLE_STRUCT(physdev_setup_gsi);

/* Names one PCI function. */
struct physdev_pci_device {
	uint16_t seg;
	uint8_t bus;
	uint8_t devfn;
};
DEFINE_GUEST_HANDLE_STRUCT(physdev_pci_device);

/* Report a PCI function to Xen (used by dom0 on ARM for PCI passthrough). */
struct physdev_pci_device_add {
	uint16_t seg;
	uint8_t bus;
	uint8_t devfn;
	uint32_t flags;			/* XEN_PCI_DEV_* */
	struct {
		uint8_t bus;
		uint8_t devfn;
	} physfn;			/* parent function for VIRTFN */
	uint32_t optarr[];		/* optional data selected by @flags */
};
DEFINE_GUEST_HANDLE_STRUCT(physdev_pci_device_add);

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_PHYSDEV_H__ */
