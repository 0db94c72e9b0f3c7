/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Result lines of the privcmd test programs: unnumbered TAP ("ok what",
 * "not ok what # why"), numbered by the dom0 script that runs them.
 */
#ifndef PRIVCMD_TAP_H
#define PRIVCMD_TAP_H

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

extern int tap_failed;

void tap_result(bool ok, const char *why, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* check(cond, "what %d", ...): ok when cond holds. */
#define check(cond, ...)	tap_result(!!(cond), "condition false: " #cond, __VA_ARGS__)

/* An errno name for diagnostics ("EFAULT"), or its number. */
const char *errno_name(int err);

/*
 * expect_errno(rc, want, "what"): a call returned rc (-1 and errno, or a
 * value >= 0).  want 0 expects success, else that errno.
 */
void expect_errno(long rc, int want, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif /* PRIVCMD_TAP_H */
