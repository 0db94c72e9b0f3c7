/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_XEN_HYPERCALL_H
#define _ASM_XEN_HYPERCALL_H

/*
 * Where an inline A32/T32 hypercall (CONFIG_XEN_HYPERCALL_INLINE) puts the
 * call number and arguments 1-5; the result comes back in the first.  The
 * same registers serve both instruction sets; the compiler's -marm or
 * -mthumb picks the HVC encoding.  r4 is callee-saved: naming it here
 * makes the compiler save and restore it in whatever function makes a
 * five-argument call, which is what the stub does by hand.
 */
#define XEN_HYPERCALL_NR	"r12"
#define XEN_HYPERCALL_ARG1	"r0"
#define XEN_HYPERCALL_ARG2	"r1"
#define XEN_HYPERCALL_ARG3	"r2"
#define XEN_HYPERCALL_ARG4	"r3"
#define XEN_HYPERCALL_ARG5	"r4"

/* arm and arm64 share the prototypes and the inline calls. */
#include <xen/arm/hypercall.h>

#endif /* _ASM_XEN_HYPERCALL_H */
