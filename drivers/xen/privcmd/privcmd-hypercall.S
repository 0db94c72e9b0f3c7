/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The module's hypercall stubs: armxen's own for the architecture being
 * built (arch/$(SRCARCH)/xen/hypercall.S, whose directory Kbuild puts on
 * this file's include path), never Linux's.  They are private to the
 * module: nothing here is exported.
 *
 * The user-access window around privcmd_call's trap comes from this
 * directory's include/$(SRCARCH)/asm/xen/hypercall-uaccess.h, Linux's
 * macros in place of the guest kernel's empty ones.
 */
#include <hypercall.S>
