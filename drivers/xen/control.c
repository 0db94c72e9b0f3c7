// SPDX-License-Identifier: GPL-2.0
/*
 * Control-domain queries.  sysctl and domctl carry an interface version
 * that must equal the running Xen's exactly, which is why their ABI
 * headers pin 4.17's numbers; a mismatch comes back as -EACCES.
 */
#define pr_fmt(fmt) "xen:control: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/control.h>
#include <asm/xen/hypercall.h>

/**
 * xen_sysctl_physinfo() - XEN_SYSCTL_physinfo
 * @info: filled in with the host's CPUs, memory and capabilities
 *
 * Return: 0 or a negative errno.
 */
int xen_sysctl_physinfo(struct xen_sysctl_physinfo *info)
{
	struct xen_sysctl op = {
		.cmd = XEN_SYSCTL_physinfo,
		.interface_version = XEN_SYSCTL_INTERFACE_VERSION,
	};
	long rc;

	rc = HYPERVISOR_sysctl(&op);
	if (rc < 0)
		return (int)rc;
	*info = op.u.physinfo;
	return 0;
}

/**
 * xen_sysctl_debug_keys() - XEN_SYSCTL_debug_keys
 * @keys: debug key characters, as typed on Xen's serial console
 * @nr_keys: how many
 *
 * Return: 0 or a negative errno.
 */
int xen_sysctl_debug_keys(const char *keys, unsigned int nr_keys)
{
	struct xen_sysctl op = {
		.cmd = XEN_SYSCTL_debug_keys,
		.interface_version = XEN_SYSCTL_INTERFACE_VERSION,
	};

	/* Xen only reads the keys. */
	set_xen_guest_handle(op.u.debug_keys.keys, (char *)keys);
	op.u.debug_keys.nr_keys = nr_keys;
	return (int)HYPERVISOR_sysctl(&op);
}

/**
 * xen_domctl_getdomaininfo() - XEN_DOMCTL_getdomaininfo for @domid
 * @domid: the domain to describe
 * @info: filled in
 *
 * Xen answers with the first domain whose id is at least @domid, so a
 * different id in @info means @domid does not exist: -ESRCH.
 *
 * Return: 0 or a negative errno.
 */
int xen_domctl_getdomaininfo(domid_t domid, struct xen_domctl_getdomaininfo *info)
{
	struct xen_domctl op = {
		.cmd = XEN_DOMCTL_getdomaininfo,
		.interface_version = XEN_DOMCTL_INTERFACE_VERSION,
		.domain = domid,
	};
	long rc;

	rc = HYPERVISOR_domctl(&op);
	if (rc < 0)
		return (int)rc;
	if (op.u.getdomaininfo.domain != domid)
		return -ESRCH;
	*info = op.u.getdomaininfo;
	return 0;
}

/**
 * xen_hypfs_version() - XEN_HYPFS_OP_get_version
 *
 * Return: the interface version (XEN_HYPFS_VERSION), or a negative errno.
 */
int xen_hypfs_version(void)
{
	return (int)HYPERVISOR_hypfs_op(XEN_HYPFS_OP_get_version, NULL, 0, NULL, 0);
}

/**
 * xen_hypfs_read() - read hypfs node @path
 * @path: absolute, e.g. "/buildinfo/version/extra"
 * @buf: receives the node's contents (a string node includes its NUL)
 * @len: size of @buf
 * @entry: receives the node's type and sizes
 *
 * Xen writes a struct xen_hypfs_direntry followed by the contents into
 * one buffer; this splits them.
 *
 * Return: the contents' length, -ENOBUFS when @len is too small (the
 * length needed is then in @entry->content_len), or another errno.
 */
long xen_hypfs_read(const char *path, void *buf, size_t len, struct xen_hypfs_direntry *entry)
{
	size_t path_len = strlen(path) + 1;
	size_t total = sizeof(*entry) + len;
	u8 *raw;
	long rc;

	if (path_len > XEN_HYPFS_MAX_PATHLEN)
		return -EINVAL;
	raw = kzalloc(total);
	if (!raw)
		return -ENOMEM;
	rc = HYPERVISOR_hypfs_op(XEN_HYPFS_OP_read, path, path_len, raw, total);
	memcpy(entry, raw, sizeof(*entry));
	if (rc == 0) {
		rc = min((size_t)entry->content_len, len);
		memcpy(buf, raw + sizeof(*entry), rc);
	}
	kfree(raw);
	return rc;
}
