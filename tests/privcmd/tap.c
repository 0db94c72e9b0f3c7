// SPDX-License-Identifier: GPL-2.0
/* Result lines of the privcmd test programs (see tap.h). */
#include "tap.h"

int tap_failed;

static void tap_vline(bool ok, const char *why, const char *fmt, va_list ap)
{
	printf("%s ", ok ? "ok" : "not ok");
	vprintf(fmt, ap);
	if (!ok && why)
		printf(" # %s", why);
	printf("\n");
	fflush(stdout);
	if (!ok)
		tap_failed = 1;
}

void tap_result(bool ok, const char *why, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tap_vline(ok, why, fmt, ap);
	va_end(ap);
}

static const struct {
	int err;
	const char *name;
} errno_names[] = {
	{ EPERM, "EPERM" }, { ENOENT, "ENOENT" }, { ESRCH, "ESRCH" }, { EIO, "EIO" },
	{ E2BIG, "E2BIG" }, { EBADF, "EBADF" }, { EAGAIN, "EAGAIN" }, { ENOMEM, "ENOMEM" },
	{ EACCES, "EACCES" }, { EFAULT, "EFAULT" }, { EBUSY, "EBUSY" }, { EEXIST, "EEXIST" },
	{ ENODEV, "ENODEV" }, { EINVAL, "EINVAL" }, { ENOTTY, "ENOTTY" }, { ENOSPC, "ENOSPC" },
	{ ERANGE, "ERANGE" }, { ENOSYS, "ENOSYS" }, { EOPNOTSUPP, "EOPNOTSUPP" },
	{ ENOBUFS, "ENOBUFS" }, { EXDEV, "EXDEV" }, { EILSEQ, "EILSEQ" }, { EDOM, "EDOM" },
};

const char *errno_name(int err)
{
	static char buf[16];
	unsigned int i;

	for (i = 0; i < sizeof(errno_names) / sizeof(errno_names[0]); i++) {
		if (errno_names[i].err == err)
			return errno_names[i].name;
	}
	snprintf(buf, sizeof(buf), "errno %d", err);
	return buf;
}

void expect_errno(long rc, int want, const char *fmt, ...)
{
	char why[64];
	bool ok;
	va_list ap;

	if (rc >= 0)
		snprintf(why, sizeof(why), "returned %ld, want %s", rc,
			 want ? errno_name(want) : "success");
	else
		snprintf(why, sizeof(why), "failed with %s, want %s", errno_name(errno),
			 want ? errno_name(want) : "success");
	ok = want ? (rc == -1 && errno == want) : rc >= 0;
	va_start(ap, fmt);
	tap_vline(ok, why, fmt, ap);
	va_end(ap);
}
