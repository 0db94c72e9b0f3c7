// SPDX-License-Identifier: GPL-2.0
/*
 * The KTAP runner: walks the .ktap_suites section and prints
 *
 *	KTAP version 1
 *	1..<suites>
 *	    KTAP version 1
 *	    # Subtest: <suite>
 *	    1..<cases>
 *	    ok 1 <case>
 *	    not ok 2 <case>
 *	    # <case>: <file>:<line>: <why>
 *	ok 1 <suite>
 *
 * A suite is "not ok" when any case failed, "ok # SKIP" when all skipped.
 */
#include <linux/ktap.h>
#include <linux/delay.h>
#include <linux/math64.h>
#include <asm/processor.h>

extern const struct ktap_suite *const __ktap_suites_start[];
extern const struct ktap_suite *const __ktap_suites_end[];

bool ktap_check(struct ktap_test *t, bool ok, const char *file, int line,
		const char *fmt, ...)
{
	char why[160];
	va_list args;

	if (ok)
		return true;
	va_start(args, fmt);
	vsnprintf(why, sizeof(why), fmt, args);
	va_end(args);
	printk("    # %s: %s:%d: %s\n", t->name, file, line, why);
	t->failed = true;
	return false;
}

void ktap_skip(struct ktap_test *t, const char *reason)
{
	t->skip_reason = reason;
}

static unsigned int count_cases(const struct ktap_suite *suite)
{
	unsigned int n = 0;

	while (suite->cases[n].run)
		n++;
	return n;
}

/* Returns the number of failed cases; *all_skipped tells the suite's status. */
static int run_suite(const struct ktap_suite *suite, bool *all_skipped)
{
	unsigned int i, n = count_cases(suite);
	int init_err = 0, failed = 0;

	printk("    KTAP version 1\n    # Subtest: %s\n    1..%u\n", suite->name, n);
	if (suite->init) {
		init_err = suite->init();
		if (init_err)
			printk("    # %s: init failed: %d\n", suite->name, init_err);
	}
	*all_skipped = n > 0;
	for (i = 0; i < n; i++) {
		struct ktap_test t = { .name = suite->cases[i].name };

		if (init_err)
			t.failed = true;
		else
			suite->cases[i].run(&t);
		if (t.failed) {
			failed++;
			printk("    not ok %u %s\n", i + 1, t.name);
		} else if (t.skip_reason) {
			printk("    ok %u %s # SKIP %s\n", i + 1, t.name, t.skip_reason);
		} else {
			printk("    ok %u %s\n", i + 1, t.name);
		}
		if (t.failed || !t.skip_reason)
			*all_skipped = false;
	}
	return failed;
}

int ktap_run_all(void)
{
	const struct ktap_suite *const *s;
	unsigned int i = 0;
	int failed = 0;

	printk("KTAP version 1\n1..%u\n", (unsigned int)(__ktap_suites_end - __ktap_suites_start));
	for (s = __ktap_suites_start; s < __ktap_suites_end; s++) {
		u64 start = get_cycles();
		bool all_skipped;
		int suite_failed = run_suite(*s, &all_skipped);

		/* Where a slow boot's time went, for whoever reads the log. */
		printk("    # %s: %llu ms\n", (*s)->name,
		       (unsigned long long)div_u64(cycles_to_ns(get_cycles() - start), 1000000));
		failed += suite_failed;
		i++;
		if (suite_failed)
			printk("not ok %u %s\n", i, (*s)->name);
		else if (all_skipped)
			printk("ok %u %s # SKIP\n", i, (*s)->name);
		else
			printk("ok %u %s\n", i, (*s)->name);
	}
	return failed;
}
