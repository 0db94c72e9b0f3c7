/* SPDX-License-Identifier: GPL-2.0 */
/*
 * libfdt, the device tree library: Debian's libfdt-dev for the target
 * (static libfdt.a and its headers, unpacked by scripts/setup under
 * .cache/root/<arch>/), linked into the kernel.  Use it on
 * initial_boot_params (read-only: the tree is Xen's); <linux/of_fdt.h>
 * has helpers for the common questions.  Only with the MMU on: libfdt
 * makes unaligned accesses, which fault on the Device memory an MMU-off
 * CPU sees (fdt_magic() and fdt_totalsize() are byte loads and safe).
 */
#ifndef _LINUX_LIBFDT_H
#define _LINUX_LIBFDT_H

#include <linux/libfdt_env.h>
#include <libfdt.h>

#endif /* _LINUX_LIBFDT_H */
