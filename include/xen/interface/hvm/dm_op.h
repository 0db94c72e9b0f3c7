/* SPDX-License-Identifier: MIT */
/*
 * Device model operations: HYPERVISOR_dm_op(domid, nr_bufs, bufs).  bufs[0]
 * holds a struct xen_dm_op (a 32-bit op, 32 bits of padding, then that
 * op's argument); further buffers carry extra data some ops refer to.
 */
#ifndef __XEN_INTERFACE_HVM_DM_OP_H__
#define __XEN_INTERFACE_HVM_DM_OP_H__

#include <xen/interface/xen.h>

#define XEN_DMOP_create_ioreq_server			1
#define XEN_DMOP_get_ioreq_server_info			2
#define XEN_DMOP_map_io_range_to_ioreq_server		3
#define XEN_DMOP_unmap_io_range_from_ioreq_server	4
#define XEN_DMOP_set_ioreq_server_state			5
#define XEN_DMOP_destroy_ioreq_server			6
#define XEN_DMOP_track_dirty_vram			7	/* x86 */
#define XEN_DMOP_set_pci_intx_level			8	/* x86 */
#define XEN_DMOP_set_isa_irq_level			9	/* x86 */
#define XEN_DMOP_set_pci_link_route			10	/* x86 */
#define XEN_DMOP_modified_memory			11
#define XEN_DMOP_set_mem_type				12
#define XEN_DMOP_inject_event				13	/* x86 */
#define XEN_DMOP_inject_msi				14
#define XEN_DMOP_map_mem_type_to_ioreq_server		15
#define XEN_DMOP_remote_shutdown			16
#define XEN_DMOP_relocate_memory			17
#define XEN_DMOP_pin_memory_cacheattr			18	/* x86 */
#define XEN_DMOP_set_irq_level				19	/* ARM: SPI lines */
#define XEN_DMOP_nr_vcpus				20

#ifndef __ASSEMBLY__

/* Identifies an ioreq server within its target domain. */
typedef uint16_t ioservid_t;

/* Argument of XEN_DMOP_remote_shutdown. */
struct xen_dm_op_remote_shutdown {
	uint32_t reason;		/* SHUTDOWN_* */
};

/* Argument of XEN_DMOP_set_irq_level: drive an interrupt line. */
struct xen_dm_op_set_irq_level {
	uint32_t irq;
	uint8_t level;			/* 1 asserted, 0 deasserted */
	uint8_t pad[3];
};

/* Argument of XEN_DMOP_nr_vcpus. */
struct xen_dm_op_nr_vcpus {
	uint32_t vcpus;			/* OUT */
};

/* One buffer of a dm_op call. */
struct xen_dm_op_buf {
	GUEST_HANDLE(void) h;
	xen_ulong_t size;		/* bytes */
};
DEFINE_GUEST_HANDLE_STRUCT(xen_dm_op_buf);

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_HVM_DM_OP_H__ */
