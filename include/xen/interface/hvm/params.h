/* SPDX-License-Identifier: MIT */
/*
 * Per-domain parameters read and written with HVMOP_get_param /
 * HVMOP_set_param.  On ARM they carry the xenstore and console rings and
 * the event channel upcall setting.
 */
#ifndef __XEN_INTERFACE_HVM_PARAMS_H__
#define __XEN_INTERFACE_HVM_PARAMS_H__

#include <xen/interface/hvm/hvm_op.h>

/*
 * How event channel upcalls reach vCPU 0: 0 disables them, otherwise bits
 * 63:56 hold a HVM_PARAM_CALLBACK_TYPE_* and the low bits its argument.
 */
#define HVM_PARAM_CALLBACK_IRQ			0
#define HVM_PARAM_CALLBACK_IRQ_TYPE_MASK	xen_mk_ullong(0xFF00000000000000)
#define HVM_PARAM_CALLBACK_IRQ_TYPE_SHIFT	56
#define HVM_PARAM_CALLBACK_TYPE_GSI		0	/* bits 55:0: a GSI (not 0) */
#define HVM_PARAM_CALLBACK_TYPE_PCI_INTX	1	/* bits 47:0: seg/bus/devfn/INTx */
/*
 * ARM (x86 gives type 2 another meaning): bits 7:0 are the PPI, bits 15:8
 * its flags (bit 8 set: edge triggered, bit 9 set: active low), bits 55:16
 * zero.
 */
#define HVM_PARAM_CALLBACK_TYPE_PPI		2
#define HVM_PARAM_CALLBACK_TYPE_PPI_FLAG_MASK	0xFF00
/* Flags value (before the shift by 8) for level triggered, active low. */
#define HVM_PARAM_CALLBACK_TYPE_PPI_FLAG_LOW_LEVEL 2

/* Xenstore ring frame and event channel (set up by the toolstack). */
#define HVM_PARAM_STORE_PFN			1
#define HVM_PARAM_STORE_EVTCHN			2

#define HVM_PARAM_PAE_ENABLED			4	/* deprecated */
#define HVM_PARAM_IOREQ_PFN			5	/* device model ring */
#define HVM_PARAM_BUFIOREQ_PFN			6	/* buffered ioreq ring */
#define HVM_PARAM_VIRIDIAN			9	/* x86 */
#define HVM_PARAM_TIMER_MODE			10	/* x86 */
#define HVM_PARAM_HPET_ENABLED			11	/* x86 */
#define HVM_PARAM_IDENT_PT			12	/* x86 */
#define HVM_PARAM_DM_DOMAIN			13	/* deprecated */
#define HVM_PARAM_ACPI_S_STATE			14	/* x86 */
#define HVM_PARAM_VM86_TSS			15	/* x86 */
#define HVM_PARAM_VPT_ALIGN			16	/* x86 */

/* PV console ring frame and event channel. */
#define HVM_PARAM_CONSOLE_PFN			17
#define HVM_PARAM_CONSOLE_EVTCHN		18

#define HVM_PARAM_ACPI_IOPORTS_LOCATION		19	/* x86 */
#define HVM_PARAM_MEMORY_EVENT_CR0		20	/* deprecated */
#define HVM_PARAM_MEMORY_EVENT_CR3		21	/* deprecated */
#define HVM_PARAM_MEMORY_EVENT_CR4		22	/* deprecated */
#define HVM_PARAM_MEMORY_EVENT_INT3		23	/* deprecated */
#define HVM_PARAM_NESTEDHVM			24	/* deprecated */
#define HVM_PARAM_MEMORY_EVENT_SINGLE_STEP	25	/* deprecated */
#define HVM_PARAM_BUFIOREQ_EVTCHN		26	/* deprecated */
#define HVM_PARAM_PAGING_RING_PFN		27
#define HVM_PARAM_MONITOR_RING_PFN		28
#define HVM_PARAM_SHARING_RING_PFN		29
#define HVM_PARAM_MEMORY_EVENT_MSR		30	/* deprecated */
#define HVM_PARAM_TRIPLE_FAULT_REASON		31	/* x86 */
#define HVM_PARAM_IOREQ_SERVER_PFN		32
#define HVM_PARAM_NR_IOREQ_SERVER_PAGES		33
#define HVM_PARAM_VM_GENERATION_ID_ADDR		34
#define HVM_PARAM_ALTP2M			35	/* x86 */
#define HVM_PARAM_X87_FIP_WIDTH			36	/* x86 */
#define HVM_PARAM_VM86_TSS_SIZED		37	/* x86 */
#define HVM_PARAM_MCA_CAP			38	/* x86 */

#define HVM_NR_PARAMS				39

#endif /* __XEN_INTERFACE_HVM_PARAMS_H__ */
