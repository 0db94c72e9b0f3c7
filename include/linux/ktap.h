/* SPDX-License-Identifier: GPL-2.0 */
/*
 * In-kernel tests that report in KTAP (Documentation/dev-tools/ktap.rst):
 * each suite is a nested KTAP document of its cases, and the kernel's run
 * is one top-level document of its suites.
 *
 * A case is a function that checks things and records failures with
 * ktap_expect*(); each check returns whether it held, so a case that cannot
 * go on after a failed check returns explicitly.
 */
#ifndef _LINUX_KTAP_H
#define _LINUX_KTAP_H

#include <linux/kernel.h>

struct ktap_test {
	const char *name;
	bool failed;
	const char *skip_reason;
};

struct ktap_case {
	const char *name;
	void (*run)(struct ktap_test *t);
};

/**
 * struct ktap_suite - a named list of cases
 * @name: suite name as printed in the report
 * @cases: the cases, ended by an entry with a NULL @run
 * @init: optional; runs before the cases, a non-zero return fails every case
 */
struct ktap_suite {
	const char *name;
	const struct ktap_case *cases;
	int (*init)(void);
};

/* Suites are collected by the linker, in link order. */
#define ktap_test_suite(suite)						\
	static const struct ktap_suite *const __ktap_suite_##suite	\
	__used __section(".ktap_suites") = &(suite)

#define KTAP_CASE(fn)	{ .name = #fn, .run = fn }

bool ktap_check(struct ktap_test *t, bool ok, const char *file, int line,
		const char *fmt, ...) __printf(5, 6);
void ktap_skip(struct ktap_test *t, const char *reason);

/* Record a failure with the condition's text unless @cond holds. */
#define ktap_expect(t, cond)						\
	ktap_check(t, !!(cond), __FILE__, __LINE__, "expected %s", #cond)

/* Record a failure showing both values unless they are equal. */
#define ktap_expect_eq(t, a, b) ({					\
	long long __a = (long long)(a), __b = (long long)(b);		\
	ktap_check(t, __a == __b, __FILE__, __LINE__,			\
		   "expected %s == %s, got %lld and %lld", #a, #b, __a, __b); \
})

/**
 * ktap_run_all() - run every linked-in suite and print the KTAP report
 *
 * Return: the number of failed cases (skips are not failures).
 */
int ktap_run_all(void);

#endif /* _LINUX_KTAP_H */
