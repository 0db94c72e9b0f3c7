/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Control-domain queries: sysctl and domctl at the interface versions
 * the running Xen accepts (settled by xen_control_init()), and the
 * hypervisor file system.  Xen refuses them (-EPERM) to unprivileged
 * domains.
 */
#ifndef _XEN_CONTROL_H
#define _XEN_CONTROL_H

#include <linux/types.h>
#include <xen/interface/sysctl.h>
#include <xen/interface/domctl.h>
#include <xen/interface/hypfs.h>

int xen_control_init(void);
u32 xen_domctl_interface_version(void);
u32 xen_sysctl_interface_version(void);
int xen_sysctl_physinfo(struct xen_sysctl_physinfo *info);
int xen_sysctl_debug_keys(const char *keys, unsigned int nr_keys);
int xen_domctl_getdomaininfo(domid_t domid, struct xen_domctl_getdomaininfo *info);
int xen_hypfs_version(void);
long xen_hypfs_read(const char *path, void *buf, size_t len, struct xen_hypfs_direntry *entry);

#endif /* _XEN_CONTROL_H */
