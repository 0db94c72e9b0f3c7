/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

/*
 * The guest kernel's own error numbers.  They have Linux's values, which
 * on ARM are also Xen's, so a hypercall's negative return can be passed up
 * unchanged; code that checks a hypercall result against a specific error
 * uses XEN_E* from <xen/interface/errno.h>.
 */
#define EPERM		1
#define ENOENT		2
#define ESRCH		3
#define EINTR		4
#define EIO		5
#define ENXIO		6
#define E2BIG		7
#define EBADF		9
#define EAGAIN		11
#define ENOMEM		12
#define EACCES		13
#define EFAULT		14
#define EBUSY		16
#define EEXIST		17
#define ENODEV		19
#define EISDIR		21
#define EINVAL		22
#define ENOSPC		28
#define EROFS		30
#define EPIPE		32
#define ERANGE		34
#define ENOSYS		38
#define ENOTEMPTY	39
#define ENODATA		61
#define EOVERFLOW	75
#define EOPNOTSUPP	95
#define EISCONN		106
#define ETIMEDOUT	110
#define EDQUOT		122

#endif /* _LINUX_ERRNO_H */
