/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_XEN_HYPERCALL_H
#define _ASM_XEN_HYPERCALL_H

/* arm and arm64 share one set of prototypes; only the stubs differ. */
#include <xen/arm/hypercall.h>

#endif /* _ASM_XEN_HYPERCALL_H */
