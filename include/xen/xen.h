/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The guest kernel's entry points into its Xen support.
 */
#ifndef _XEN_XEN_H
#define _XEN_XEN_H

#include <linux/compiler.h>

void xen_console_io_init(void);
int xen_version_init(void);
void __noreturn xen_shutdown(unsigned int reason);
long xen_sched_yield(void);

#endif /* _XEN_XEN_H */
