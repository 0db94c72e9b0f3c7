/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_XEN_HYPERCALL_H
#define _ASM_XEN_HYPERCALL_H

/*
 * Where an inline A64 hypercall (CONFIG_XEN_HYPERCALL_INLINE) puts the
 * call number and arguments 1-5; the result comes back in the first.
 * x16 is IP0, free to clobber at any call, so nothing else lives there.
 */
#define XEN_HYPERCALL_NR	"x16"
#define XEN_HYPERCALL_ARG1	"x0"
#define XEN_HYPERCALL_ARG2	"x1"
#define XEN_HYPERCALL_ARG3	"x2"
#define XEN_HYPERCALL_ARG4	"x3"
#define XEN_HYPERCALL_ARG5	"x4"

/* arm and arm64 share the prototypes and the inline calls. */
#include <xen/arm/hypercall.h>

#endif /* _ASM_XEN_HYPERCALL_H */
