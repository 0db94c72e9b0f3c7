/* SPDX-License-Identifier: GPL-2.0 */
/*
 * System register access and the bits of them the kernel programs.
 * Registers the assembler may not know by name (the GICv3 CPU interface)
 * are spelt by their S<op0>_<op1>_C<n>_C<m>_<op2> encoding.
 */
#ifndef _ASM_SYSREG_H
#define _ASM_SYSREG_H

#include <linux/types.h>

#define read_sysreg(r) ({						\
	u64 __val;							\
	__asm__ __volatile__("mrs %0, " #r : "=r"(__val));		\
	__val;								\
})

#define write_sysreg(v, r)						\
	__asm__ __volatile__("msr " #r ", %x0" : : "rZ"((u64)(v)) : "memory")

/* GICv3 CPU interface */
#define ICC_PMR_EL1		S3_0_C4_C6_0
#define ICC_IAR1_EL1		S3_0_C12_C12_0
#define ICC_EOIR1_EL1		S3_0_C12_C12_1
#define ICC_BPR1_EL1		S3_0_C12_C12_3
#define ICC_CTLR_EL1		S3_0_C12_C12_4
#define ICC_SRE_EL1		S3_0_C12_C12_5
#define ICC_IGRPEN1_EL1		S3_0_C12_C12_7

/* SCTLR_EL1 */
#define SCTLR_EL1_M		(1UL << 0)	/* stage 1 MMU */
#define SCTLR_EL1_A		(1UL << 1)	/* alignment checks */
#define SCTLR_EL1_C		(1UL << 2)	/* data caches */
#define SCTLR_EL1_SA		(1UL << 3)	/* SP alignment checks */
#define SCTLR_EL1_I		(1UL << 12)	/* instruction caches */
#define SCTLR_EL1_WXN		(1UL << 19)
#define SCTLR_EL1_EE		(1UL << 25)	/* big-endian at EL1 */

/* CPACR_EL1: FP/SIMD at EL1 and EL0 without trapping (libfdt uses SIMD). */
#define CPACR_EL1_FPEN		(3UL << 20)

/* TCR_EL1 for TTBR0 only, 4 KiB granule, walks inner-shareable write-back. */
#define TCR_T0SZ(bits)		((64UL - (bits)) << 0)
#define TCR_IRGN0_WBWA		(1UL << 8)
#define TCR_ORGN0_WBWA		(1UL << 10)
#define TCR_SH0_INNER		(3UL << 12)
#define TCR_TG0_4K		(0UL << 14)
#define TCR_EPD1		(1UL << 23)	/* no TTBR1 walks */
#define TCR_IPS_SHIFT		32

/* ID_AA64MMFR0_EL1.PARange: the CPU's physical address size. */
#define ID_AA64MMFR0_PARANGE_MASK	0xfUL

/* ESR_EL1 */
#define ESR_ELx_EC_SHIFT	26
#define ESR_ELx_EC(esr)		(((esr) >> ESR_ELx_EC_SHIFT) & 0x3f)
#define ESR_ELx_EC_UNKNOWN	0x00
#define ESR_ELx_EC_FP_ASIMD	0x07
#define ESR_ELx_EC_ILL		0x0e
#define ESR_ELx_EC_SVC64	0x15
#define ESR_ELx_EC_HVC64	0x16
#define ESR_ELx_EC_SYS64	0x18
#define ESR_ELx_EC_IABT_LOW	0x20
#define ESR_ELx_EC_IABT_CUR	0x21
#define ESR_ELx_EC_PC_ALIGN	0x22
#define ESR_ELx_EC_DABT_LOW	0x24
#define ESR_ELx_EC_DABT_CUR	0x25
#define ESR_ELx_EC_SP_ALIGN	0x26
#define ESR_ELx_EC_SERROR	0x2f
#define ESR_ELx_EC_BRK64	0x3c

#endif /* _ASM_SYSREG_H */
