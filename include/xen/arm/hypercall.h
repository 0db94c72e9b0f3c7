/* SPDX-License-Identifier: GPL-2.0 */
/*
 * HYPERVISOR_* calls for ARM and ARM64 guests, in one of two forms built
 * from the same table, <xen/hypercall-table.h>:
 *
 *  - out-of-line assembly stubs (arch/$(SRCARCH)/xen/hypercall.S), the
 *    default: the HVC instruction, its immediate and the register
 *    convention live in exactly one place per instruction set;
 *  - with CONFIG_XEN_HYPERCALL_INLINE, static inline functions whose
 *    only asm is the HVC itself, with register variables for the number
 *    and arguments (named by <asm/xen/hypercall.h>) and the exact
 *    clobbers, so the compiler sets up each call in place.
 *
 * Why the stubs are the default, measured with scripts/hypercall-cost
 * (GCC 12 -O2, Xen 4.17, QEMU -icount; stubs -> inline):
 *
 *			A64		A32		T32
 *  .text, kernel	45484 -> 45196	40320 -> 40144	31808 -> 31684	(no KTAP)
 *  .text, drivers/xen	10944 -> 10880	11568 -> 11632	 8452 ->  8520
 *  insns, 1-arg call	   13 -> 6	   12 -> 6	    9 -> 6	(caller + stub)
 *  insns, hypfs_op	   15 -> 8	   19 -> 11	   16 -> 8
 *  null hypercall	  435 -> 428	  500 -> 494	  497 -> 494	(guest insns)
 *  hypfs_op		  432 -> 425	  517 -> 509	  514 -> 506
 *
 * Inline saves 3 to 8 instructions a call: the call and return, and the
 * frame and callee-saved register a caller needs around a call (on arm
 * also the trip of the fifth argument through the stack into r4).  That
 * is under 2% of the cheapest hypercall there is, whose cost is the trap
 * and Xen's side of it, and less for any call that makes Xen work; on
 * hardware a trap costs far more cycles than its instruction count says.
 * Size is a wash either way (-0.6% to +0.8%).  Neither gain is worth losing
 * what the stubs give: each hypercall's HVC at one address per build (one
 * breakpoint, one objdump), the same code the privcmd module runs, and no
 * reliance on GCC's contract for local register variables, which the host
 * ABI test checks only for the compiler it runs with.  The option stays,
 * tested on every instruction set, for a caller that finds a hot path.
 *
 * Every call returns what Xen left in x0/r0: zero or a positive value on
 * success, a negative Xen errno on failure.
 */
#ifndef _XEN_ARM_HYPERCALL_H
#define _XEN_ARM_HYPERCALL_H

#include <xen/interface/xen.h>

struct xen_platform_op;
struct xen_sysctl;
struct xen_domctl;

/*
 * __XEN_MAP(n, m, t1, a1, ..., tn, an) is m(1, t1, a1), ..., m(n, tn, an):
 * one item per (type, name) pair of a table line, comma-separated.  Each
 * __XEN_MAPn takes exactly n pairs, so the preprocessor rejects a line
 * whose arity and parameters disagree.
 */
#define __XEN_MAP1(m, t1, a1)	m(1, t1, a1)
#define __XEN_MAP2(m, t1, a1, t2, a2)	__XEN_MAP1(m, t1, a1), m(2, t2, a2)
#define __XEN_MAP3(m, t1, a1, t2, a2, t3, a3)	\
	__XEN_MAP2(m, t1, a1, t2, a2), m(3, t3, a3)
#define __XEN_MAP4(m, t1, a1, t2, a2, t3, a3, t4, a4)	\
	__XEN_MAP3(m, t1, a1, t2, a2, t3, a3), m(4, t4, a4)
#define __XEN_MAP5(m, t1, a1, t2, a2, t3, a3, t4, a4, t5, a5)	\
	__XEN_MAP4(m, t1, a1, t2, a2, t3, a3, t4, a4), m(5, t5, a5)
#define __XEN_MAP(n, m, ...)	__XEN_MAP##n(m, __VA_ARGS__)

/* A parameter declaration, "type name". */
#define __XEN_PARAM(n, t, a)	t a

/*
 * The stubs are in the same image as their callers.  Saying so matters in
 * a position-independent build (the guest kernel): otherwise GCC calls
 * them through the GOT, adrp+ldr+blr on A64 instead of one bl.
 */
#ifdef __PIE__
#define __xen_stub		__attribute__((__visibility__("hidden")))
#else
#define __xen_stub
#endif

#ifndef CONFIG_XEN_HYPERCALL_INLINE

#define XEN_HYPERCALL(name, nargs, ...)	\
	__xen_stub long HYPERVISOR_##name(__XEN_MAP(nargs, __XEN_PARAM, __VA_ARGS__));
#include <xen/hypercall-table.h>
#undef XEN_HYPERCALL

#else /* CONFIG_XEN_HYPERCALL_INLINE */

#ifndef XEN_HYPERCALL_NR
#error "include <asm/xen/hypercall.h>: it names the registers of the inline calls"
#endif

#define __XEN_STR(x)		#x
#define __XEN_XSTR(x)		__XEN_STR(x)
/* One mnemonic for A64, A32 and T32; the assembler picks the encoding. */
#define XEN_HVC			"hvc	#" __XEN_XSTR(XEN_HYPERCALL_TAG)

/*
 * The register variable of argument n, holding the argument converted to
 * a whole register: zero- or sign-extended by its table type, so that
 * the bits Xen reads are always the ones C passed.
 */
#define __XEN_REG(n, t, a)	__xen_a##n asm(XEN_HYPERCALL_ARG##n) = (unsigned long)(a)
/* Xen may clobber every argument register the call uses, and x0/r0 is the result. */
#define __XEN_INOUT(n, t, a)	"+r" (__xen_a##n)

/*
 * The inline form.  A function, not a macro, so that the arguments are
 * evaluated (calls and all) before any register variable is set: GCC
 * only promises a local register variable's register at the asm that
 * uses it, and code in between could otherwise reuse the register.
 * The asm holds exactly the HVC.  Its operands say all Xen may do: read
 * and write the number and argument registers the call uses ("+r"), read
 * and write memory; everything else, flags included, survives the trap.
 */
#define XEN_HYPERCALL(name, nargs, ...)						\
static inline long HYPERVISOR_##name(__XEN_MAP(nargs, __XEN_PARAM, __VA_ARGS__))	\
{										\
	register unsigned long __xen_nr asm(XEN_HYPERCALL_NR) = __HYPERVISOR_##name, \
		__XEN_MAP(nargs, __XEN_REG, __VA_ARGS__);			\
										\
	asm volatile(XEN_HVC							\
		     : __XEN_MAP(nargs, __XEN_INOUT, __VA_ARGS__), "+r" (__xen_nr)	\
		     :								\
		     : "memory");						\
	return (long)__xen_a1;							\
}
#include <xen/hypercall-table.h>
#undef XEN_HYPERCALL

#endif /* CONFIG_XEN_HYPERCALL_INLINE */

/**
 * privcmd_call() - issue any hypercall by number
 * @call: the hypercall number (__HYPERVISOR_*), passed in x16/r12
 * @a1: first argument, passed in x0/r0
 * @a2: second argument, x1/r1
 * @a3: third argument, x2/r2
 * @a4: fourth argument, x3/r3
 * @a5: fifth argument, x4/r4
 *
 * For callers that do not know the call at compile time (the privcmd
 * ioctl).  Always an out-of-line stub, inline build or not: it takes its
 * number at run time, and in the Linux module build it also opens
 * user-space access around the trap, because the arguments may point into
 * user memory.  @call is a whole register because Xen reads all of x16, and
 * the A64 stub moves x0 there as it is: a 32-bit type would leave the upper
 * half to whatever the caller had in it.
 *
 * Return: what Xen returned in x0/r0.
 */
__xen_stub long privcmd_call(unsigned long call, unsigned long a1, unsigned long a2,
			     unsigned long a3, unsigned long a4, unsigned long a5);

#endif /* _XEN_ARM_HYPERCALL_H */
