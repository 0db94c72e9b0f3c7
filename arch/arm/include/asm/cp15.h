/* SPDX-License-Identifier: GPL-2.0 */
/*
 * CP15 system register access: 32-bit registers by (op1, CRn, CRm, op2),
 * 64-bit ones by (op1, CRm), and the bits of them the kernel programs.
 */
#ifndef _ASM_CP15_H
#define _ASM_CP15_H

#include <linux/types.h>

#define read_cp15(op1, crn, crm, op2) ({				\
	u32 __val;							\
	__asm__ __volatile__("mrc p15, " #op1 ", %0, " #crn ", " #crm ", " #op2 \
			     : "=r"(__val));				\
	__val;								\
})

#define write_cp15(v, op1, crn, crm, op2)				\
	__asm__ __volatile__("mcr p15, " #op1 ", %0, " #crn ", " #crm ", " #op2 \
			     : : "r"((u32)(v)) : "memory")

#define read_cp15_64(op1, crm) ({					\
	u32 __lo, __hi;							\
	__asm__ __volatile__("mrrc p15, " #op1 ", %0, %1, " #crm	\
			     : "=r"(__lo), "=r"(__hi));			\
	((u64)__hi << 32) | __lo;					\
})

#define write_cp15_64(v, op1, crm)					\
	__asm__ __volatile__("mcrr p15, " #op1 ", %0, %1, " #crm	\
			     : : "r"((u32)(v)), "r"((u32)((u64)(v) >> 32)) : "memory")

#define read_sctlr()		read_cp15(0, c1, c0, 0)
#define write_sctlr(v)		write_cp15(v, 0, c1, c0, 0)
#define read_cpacr()		read_cp15(0, c1, c0, 2)
#define write_cpacr(v)		write_cp15(v, 0, c1, c0, 2)
#define read_ttbcr()		read_cp15(0, c2, c0, 2)
#define write_ttbcr(v)		write_cp15(v, 0, c2, c0, 2)
#define read_ttbr0()		read_cp15_64(0, c2)
#define write_ttbr0(v)		write_cp15_64(v, 0, c2)
#define read_mair0()		read_cp15(0, c10, c2, 0)
#define write_mair0(v)		write_cp15(v, 0, c10, c2, 0)
#define read_mair1()		read_cp15(0, c10, c2, 1)
#define write_mair1(v)		write_cp15(v, 0, c10, c2, 1)
#define read_vbar()		read_cp15(0, c12, c0, 0)
#define write_vbar(v)		write_cp15(v, 0, c12, c0, 0)
#define read_dfsr()		read_cp15(0, c5, c0, 0)
#define read_ifsr()		read_cp15(0, c5, c0, 1)
#define read_dfar()		read_cp15(0, c6, c0, 0)
#define read_ifar()		read_cp15(0, c6, c0, 2)
#define read_mpidr()		read_cp15(0, c0, c0, 5)
#define read_id_mmfr0()		read_cp15(0, c0, c1, 4)
#define read_ctr()		read_cp15(0, c0, c0, 1)

/* Cache and TLB maintenance (write-only operations). */
#define tlbiall()		write_cp15(0, 0, c8, c7, 0)
#define iciallu()		write_cp15(0, 0, c7, c5, 0)
#define bpiall()		write_cp15(0, 0, c7, c5, 6)
#define dcimvac(va)		write_cp15(va, 0, c7, c6, 1)
#define dccimvac(va)		write_cp15(va, 0, c7, c14, 1)
#define read_tpidrprw()		read_cp15(0, c13, c0, 4)
#define write_tpidrprw(v)	write_cp15(v, 0, c13, c0, 4)

/* SCTLR */
#define SCTLR_M			(1U << 0)	/* MMU */
#define SCTLR_A			(1U << 1)	/* alignment checks */
#define SCTLR_C			(1U << 2)	/* data caches */
#define SCTLR_Z			(1U << 11)	/* branch prediction */
#define SCTLR_I			(1U << 12)	/* instruction caches */
#define SCTLR_V			(1U << 13)	/* high vectors (off: VBAR) */
#define SCTLR_TRE		(1U << 28)
#define SCTLR_AFE		(1U << 29)
#define SCTLR_TE		(1U << 30)	/* exceptions taken in Thumb */

/* CPACR: cp10/cp11 (VFP) would be bits 20-23; the kernel leaves them off. */

/* TTBCR with the long-descriptor (LPAE) format, TTBR0 covering 4 GiB. */
#define TTBCR_EAE		(1U << 31)
#define TTBCR_EPD1		(1U << 23)
#define TTBCR_SH0_INNER		(3U << 12)
#define TTBCR_ORGN0_WBWA	(1U << 10)
#define TTBCR_IRGN0_WBWA	(1U << 8)

/* ID_MMFR0.VMSA: 5 means the long-descriptor format is implemented. */
#define ID_MMFR0_VMSA_MASK	0xfU
#define ID_MMFR0_VMSA_LPAE	5U

/* GICv3 CPU interface, AArch32 encodings. */
#define read_icc_iar1()		read_cp15(0, c12, c12, 0)
#define write_icc_eoir1(v)	write_cp15(v, 0, c12, c12, 1)
#define write_icc_pmr(v)	write_cp15(v, 0, c4, c6, 0)
#define write_icc_bpr1(v)	write_cp15(v, 0, c12, c12, 3)
#define read_icc_ctlr()		read_cp15(0, c12, c12, 4)
#define write_icc_ctlr(v)	write_cp15(v, 0, c12, c12, 4)
#define read_icc_sre()		read_cp15(0, c12, c12, 5)
#define write_icc_sre(v)	write_cp15(v, 0, c12, c12, 5)
#define write_icc_igrpen1(v)	write_cp15(v, 0, c12, c12, 7)

/* Generic timer */
#define read_cntfrq()		read_cp15(0, c14, c0, 0)
#define read_cntvct()		read_cp15_64(1, c14)
#define read_cntv_ctl()		read_cp15(0, c14, c3, 1)
#define write_cntv_ctl(v)	write_cp15(v, 0, c14, c3, 1)
#define write_cntv_cval(v)	write_cp15_64(v, 3, c14)

#endif /* _ASM_CP15_H */
