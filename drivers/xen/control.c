// SPDX-License-Identifier: GPL-2.0
/*
 * Control-domain queries.  sysctl and domctl carry an interface version
 * that must equal the running Xen's exactly (a mismatch comes back as
 * -EACCES), and domctl's changes between releases.  Which one to use is
 * settled once at boot by offering Xen each version this driver knows the
 * layout of, newest first: a version number names one layout, so the
 * version Xen accepts also says how to read its answers.
 */
#define pr_fmt(fmt) "xen:control: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/control.h>
#include <xen/interface/errno.h>
#include <asm/xen/hypercall.h>

/**
 * struct ctl_abi - one interface version this driver can speak
 * @version: the interface_version value
 * @since: the first Xen release that used it
 * @next_domain: domctl getdomaininfo of a missing domain describes the next
 *	domain up rather than failing
 */
struct ctl_abi {
	u32 version;
	const char *since;
	bool next_domain;
};

static const struct ctl_abi domctl_abis[] = {
	{ .version = XEN_DOMCTL_INTERFACE_VERSION_4_19, .since = "4.19" },
	{ .version = XEN_DOMCTL_INTERFACE_VERSION_4_18, .since = "4.18" },
	{ .version = XEN_DOMCTL_INTERFACE_VERSION_4_17, .since = "4.17", .next_domain = true },
	{}
};

static const struct ctl_abi sysctl_abis[] = {
	{ .version = XEN_SYSCTL_INTERFACE_VERSION_4_17, .since = "4.17" },
	{}
};

static const struct ctl_abi *domctl_abi, *sysctl_abi;

/*
 * Xen checks the interface version before anything else, privilege
 * included, so any answer but -EACCES means the version was taken.  The
 * domctl probe names no domain (DOMID_INVALID), so it fails at the domain
 * lookup (-ESRCH) in dom0 and domU alike and changes nothing; physinfo only
 * reads, and a domU is refused it with -EPERM after the version check
 * (under FLASK the refusal would be -EACCES too: Debian's Xen uses SILO).
 */
static long domctl_probe(u32 version)
{
	struct xen_domctl op = {
		.cmd = XEN_DOMCTL_getvcpuinfo,
		.interface_version = version,
		.domain = DOMID_INVALID,
	};

	return HYPERVISOR_domctl(&op);
}

static long sysctl_probe(u32 version)
{
	struct xen_sysctl op = {
		.cmd = XEN_SYSCTL_physinfo,
		.interface_version = version,
	};

	return HYPERVISOR_sysctl(&op);
}

static const struct ctl_abi *ctl_settle(const char *name, const struct ctl_abi *abi,
					long (*probe)(u32 version))
{
	for (; abi->version; abi++)
		if (probe(abi->version) != -XEN_EACCES)
			break;
	if (!abi->version) {
		pr_warn("Xen refuses every %s interface version known here\n", name);
		return NULL;
	}
	pr_info("%s interface version %#x, introduced in Xen %s\n", name, abi->version, abi->since);
	return abi;
}

/**
 * xen_control_init() - settle the sysctl and domctl interface versions
 *
 * Return: 0, or -EOPNOTSUPP when Xen accepts none of the versions of one of
 * them that this driver knows; its calls then fail the same way.
 */
int xen_control_init(void)
{
	sysctl_abi = ctl_settle("sysctl", sysctl_abis, sysctl_probe);
	domctl_abi = ctl_settle("domctl", domctl_abis, domctl_probe);
	return sysctl_abi && domctl_abi ? 0 : -EOPNOTSUPP;
}

/**
 * xen_domctl_interface_version() - the domctl version in use
 *
 * Return: what xen_control_init() settled on, 0 if nothing.
 */
u32 xen_domctl_interface_version(void)
{
	return domctl_abi ? domctl_abi->version : 0;
}

/**
 * xen_sysctl_interface_version() - the sysctl version in use
 *
 * Return: what xen_control_init() settled on, 0 if nothing.
 */
u32 xen_sysctl_interface_version(void)
{
	return sysctl_abi ? sysctl_abi->version : 0;
}

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
		.interface_version = xen_sysctl_interface_version(),
	};
	long rc;

	if (!sysctl_abi)
		return -EOPNOTSUPP;
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
		.interface_version = xen_sysctl_interface_version(),
	};

	if (!sysctl_abi)
		return -EOPNOTSUPP;
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
 * Interface 0x15 (Xen 4.17) answers for a missing @domid with the first
 * domain above it, so there a different id in the answer means -ESRCH, as
 * later versions say themselves.  From 0x16 on Xen echoes @domid, and a
 * different one is an answer that cannot be trusted.
 *
 * Return: 0 or a negative errno (-EIO for such an answer).
 */
int xen_domctl_getdomaininfo(domid_t domid, struct xen_domctl_getdomaininfo *info)
{
	struct xen_domctl op = {
		.cmd = XEN_DOMCTL_getdomaininfo,
		.interface_version = xen_domctl_interface_version(),
		.domain = domid,
	};
	long rc;

	if (!domctl_abi)
		return -EOPNOTSUPP;
	rc = HYPERVISOR_domctl(&op);
	if (rc < 0)
		return (int)rc;
	if (op.u.getdomaininfo.domain != domid)
		return domctl_abi->next_domain ? -ESRCH : -EIO;
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
