/* SPDX-License-Identifier: MIT */
/*
 * Hypervisor file system: HYPERVISOR_hypfs_op(cmd, path, pathlen, buf,
 * buflen), a read-mostly tree of Xen's parameters and state.
 */
#ifndef __XEN_INTERFACE_HYPFS_H__
#define __XEN_INTERFACE_HYPFS_H__

#include <xen/interface/xen.h>

/* Newest interface version Xen 4.17 speaks */
#define XEN_HYPFS_VERSION		1

/* Longest path accepted, including the terminating NUL */
#define XEN_HYPFS_MAX_PATHLEN		1024

/* Operations (cmd) */
#define XEN_HYPFS_OP_get_version	0	/* other args 0; returns version */
#define XEN_HYPFS_OP_read		1	/* buf gets direntry + contents */
#define XEN_HYPFS_OP_write_contents	2	/* buf holds the new contents */

/* xen_hypfs_direntry.type */
#define XEN_HYPFS_TYPE_DIR		0	/* contents: dirlistentry list */
#define XEN_HYPFS_TYPE_BLOB		1
#define XEN_HYPFS_TYPE_STRING		2
#define XEN_HYPFS_TYPE_UINT		3
#define XEN_HYPFS_TYPE_INT		4
#define XEN_HYPFS_TYPE_BOOL		5

/* xen_hypfs_direntry.encoding */
#define XEN_HYPFS_ENC_PLAIN		0
#define XEN_HYPFS_ENC_GZIP		1

#ifndef __ASSEMBLY__

/* Heads the result of XEN_HYPFS_OP_read and each directory listing entry. */
struct xen_hypfs_direntry {
	uint8_t type;			/* XEN_HYPFS_TYPE_* */
	uint8_t encoding;		/* XEN_HYPFS_ENC_* */
	uint16_t pad;			/* 0 */
	uint32_t content_len;		/* bytes of contents now */
	uint32_t max_write_len;		/* largest write allowed, 0 read-only */
};

struct xen_hypfs_dirlistentry {
	struct xen_hypfs_direntry e;
	uint16_t off_next;		/* bytes to the next entry, 0 at the end */
	char name[];			/* NUL-terminated, may be padded */
};

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_HYPFS_H__ */
