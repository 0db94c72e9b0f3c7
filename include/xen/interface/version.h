/* SPDX-License-Identifier: MIT */
/*
 * Hypervisor version and feature queries: HYPERVISOR_xen_version(cmd, arg).
 * All commands return 0 on success except XENVER_version and
 * XENVER_pagesize, which return their answer directly.
 */
#ifndef __XEN_INTERFACE_VERSION_H__
#define __XEN_INTERFACE_VERSION_H__

#include <xen/interface/xen.h>
/* The XENFEAT_* bits reported by XENVER_get_features. */
#include <xen/interface/features.h>

#define XENVER_version			0	/* arg: NULL; returns major << 16 | minor */
#define XENVER_extraversion		1	/* arg: xen_extraversion */
#define XENVER_compile_info		2	/* arg: xen_compile_info */
#define XENVER_capabilities		3	/* arg: xen_capabilities_info */
#define XENVER_changeset		4	/* arg: xen_changeset_info */
#define XENVER_platform_parameters	5	/* arg: xen_platform_parameters */
#define XENVER_get_features		6	/* arg: xen_feature_info */
#define XENVER_pagesize			7	/* arg: NULL; returns page size */
#define XENVER_guest_handle		8	/* arg: xen_domain_handle_t */
#define XENVER_commandline		9	/* arg: xen_commandline; privileged */
#define XENVER_build_id			10	/* arg: xen_build_id */

/* Split the XENVER_version result, and build one. */
#define XENVER_MAJOR(v)			(((v) >> 16) & 0xffff)
#define XENVER_MINOR(v)			((v) & 0xffff)
#define XENVER_RELEASE(major, minor)	(((major) << 16) | (minor))

/* Buffer sizes of the string queries (each NUL-terminated). */
#define XEN_EXTRAVERSION_LEN		16
#define XEN_CAPABILITIES_INFO_LEN	1024
#define XEN_CHANGESET_INFO_LEN		64
#define XEN_COMMANDLINE_LEN		1024

#ifndef __ASSEMBLY__

/* e.g. ".5" or "-rc": appended to major.minor */
struct xen_extraversion {
	char extraversion[XEN_EXTRAVERSION_LEN];
};

struct xen_compile_info {
	char compiler[64];
	char compile_by[16];
	char compile_domain[32];
	char compile_date[32];
};

/* Space-separated guest types, e.g. "xen-3.0-aarch64 xen-3.0-armv7l" */
struct xen_capabilities_info {
	char info[XEN_CAPABILITIES_INFO_LEN];
};

/* Source revision Xen was built from */
struct xen_changeset_info {
	char info[XEN_CHANGESET_INFO_LEN];
};

/* Xen's command line (reported to privileged domains only) */
struct xen_commandline {
	char buf[XEN_COMMANDLINE_LEN];
};

struct xen_platform_parameters {
	xen_ulong_t virt_start;		/* start of Xen's VA hole (x86 PV) */
};

/* Fetch 32 XENFEAT_* bits at a time. */
struct xen_feature_info {
	unsigned int submap_idx;	/* IN: bits 32*idx .. 32*idx+31 */
	uint32_t submap;		/* OUT */
};

/* Build id note; call with @len 0 to learn the size needed. */
struct xen_build_id {
	uint32_t len;			/* IN: size of @buf */
	unsigned char buf[];		/* OUT; result is the length written */
};

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_VERSION_H__ */
