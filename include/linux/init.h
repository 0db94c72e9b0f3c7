/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The boot sequence, in the order start_kernel() runs it.
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

/* The device tree Xen passed, valid for the kernel's whole life. */
extern const void *initial_boot_params;

/* MMU and caches on, exception vectors, memory banks to the page allocator. */
void setup_arch(const void *fdt);

/* The GIC from the device tree; interrupts still masked at the CPU. */
void init_IRQ(void);

/* The generic timer's frequency; the counter is readable from here on. */
void time_init(void);

/*
 * Everything Xen: shared info, vcpu_info, events, grants, consoles.
 * start_kernel() unmasks IRQs at the CPU right after it returns, before
 * the test suites run.
 */
int xen_guest_init(void);

#endif /* _LINUX_INIT_H */
