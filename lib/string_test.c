// SPDX-License-Identifier: GPL-2.0
/*
 * KTAP suite "string": lib/string.c's memset, memcpy, memmove and memcmp
 * against their byte-by-byte definitions, at every offset of source and
 * destination within two words and at every length across the word
 * loop's threshold, with guard bytes around the destination that must
 * come through untouched.  Each case reports its first wrong result.
 */
#include <linux/kernel.h>
#include <linux/ktap.h>
#include <linux/mm.h>
#include <linux/string.h>

#define OFFSETS		(2 * sizeof(unsigned long))	/* every alignment, twice over */
#define MAX_LEN		(12 * sizeof(unsigned long))	/* three of the word loop's blocks */
#define GUARD		16
#define BUF_LEN		(GUARD + OFFSETS + MAX_LEN + GUARD)
#define POISON		0xee

static unsigned char src_buf[BUF_LEN] __aligned(16);
static unsigned char dst_buf[BUF_LEN] __aligned(16);

/* A byte of the source pattern: differs from its neighbours and from POISON. */
static unsigned char pattern(size_t i)
{
	return (unsigned char)(i * 37 + 11) | 1;
}

static void fill_buffers(void)
{
	size_t i;

	for (i = 0; i < BUF_LEN; i++) {
		src_buf[i] = pattern(i);
		dst_buf[i] = POISON;
	}
}

/*
 * Whether dst_buf holds @want over [@start, @start + @len) (or the source
 * pattern from @from, when @want is negative) and POISON elsewhere.
 */
static bool dst_is(size_t start, size_t len, int want, size_t from)
{
	size_t i;

	for (i = 0; i < BUF_LEN; i++) {
		unsigned char expect = POISON;

		if (i >= start && i < start + len)
			expect = want < 0 ? pattern(from + i - start) : (unsigned char)want;
		if (dst_buf[i] != expect)
			return false;
	}
	return true;
}

static void memcpy_every_alignment(struct ktap_test *t)
{
	size_t so, d, len;

	for (so = 0; so < OFFSETS; so++)
		for (d = 0; d < OFFSETS; d++)
			for (len = 0; len <= MAX_LEN; len++) {
				void *dst = dst_buf + GUARD + d, *ret;

				fill_buffers();
				ret = memcpy(dst, src_buf + GUARD + so, len);
				if (!ktap_check(t, ret == dst && dst_is(GUARD + d, len, -1, GUARD + so),
						__FILE__, __LINE__,
						"memcpy of %zu bytes from offset %zu to offset %zu",
						len, so, d))
					return;
			}
}

static void memset_every_alignment(struct ktap_test *t)
{
	static const int values[] = { 0, 0x5a, 0xff, 0x1a5 /* only the low byte counts */ };
	size_t d, len, v;

	for (v = 0; v < ARRAY_SIZE(values); v++)
		for (d = 0; d < OFFSETS; d++)
			for (len = 0; len <= MAX_LEN; len++) {
				void *dst = dst_buf + GUARD + d, *ret;

				fill_buffers();
				ret = memset(dst, values[v], len);
				if (!ktap_check(t, ret == dst &&
						dst_is(GUARD + d, len, values[v] & 0xff, 0),
						__FILE__, __LINE__, "memset(%#x) of %zu bytes at offset %zu",
						values[v], len, d))
					return;
			}
}

/*
 * Both directions, by every distance up to the largest length, from
 * every offset: [from, from + len) and [to, to + len) overlap.
 */
static void memmove_overlapping(struct ktap_test *t)
{
	size_t off, dist, len, i;
	int back;

	for (back = 0; back <= 1; back++)
		for (off = 0; off < OFFSETS; off++)
			for (dist = 1; dist < MAX_LEN; dist++)
				for (len = dist + 1; len <= MAX_LEN - dist; len++) {
					size_t from = GUARD + off + (back ? dist : 0);
					size_t to = GUARD + off + (back ? 0 : dist);
					void *ret;

					for (i = 0; i < BUF_LEN; i++)
						dst_buf[i] = pattern(i);
					ret = memmove(dst_buf + to, dst_buf + from, len);
					for (i = 0; i < len && dst_buf[to + i] == pattern(from + i); i++)
						;
					if (!ktap_check(t, ret == dst_buf + to && i == len,
							__FILE__, __LINE__,
							"memmove of %zu bytes from offset %zu to %zu: byte %zu wrong",
							len, from, to, i))
						return;
				}
}

/* Equal bytes compare equal, whatever their alignment and number. */
static void memcmp_equal(struct ktap_test *t)
{
	size_t so, d, len;

	memset(src_buf, 0x40, sizeof(src_buf));
	memset(dst_buf, 0x40, sizeof(dst_buf));
	for (so = 0; so < OFFSETS; so++)
		for (d = 0; d < OFFSETS; d++)
			for (len = 0; len <= MAX_LEN; len++)
				if (!ktap_check(t, memcmp(src_buf + GUARD + so, dst_buf + GUARD + d, len) == 0,
						__FILE__, __LINE__,
						"memcmp of %zu equal bytes at offsets %zu, %zu", len, so, d))
					return;
}

/*
 * The sign comes from the first differing byte, compared unsigned, even
 * when the next byte differs the other way; at every position and offset.
 */
static void memcmp_first_difference_decides(struct ktap_test *t)
{
	size_t so, d, at;

	memset(src_buf, 0x40, sizeof(src_buf));
	memset(dst_buf, 0x40, sizeof(dst_buf));
	for (so = 0; so < OFFSETS; so++)
		for (d = 0; d < OFFSETS; d++)
			for (at = 0; at < MAX_LEN; at++) {
				unsigned char *a = src_buf + GUARD + so, *b = dst_buf + GUARD + d;
				bool ok;

				a[at] = 0x80;		/* greater, unsigned; negative as a char */
				b[at + 1] = 0xff;	/* past the end when at is the last */
				ok = memcmp(a, b, MAX_LEN) > 0 && memcmp(b, a, MAX_LEN) < 0 &&
				     memcmp(a, b, at) == 0;
				a[at] = 0x40;
				b[at + 1] = 0x40;
				if (!ktap_check(t, ok, __FILE__, __LINE__,
						"memcmp of %zu bytes at offsets %zu, %zu differing at %zu",
						(size_t)MAX_LEN, so, d, at))
					return;
			}
}

/* A page, the size xen-blkfront copies through its persistent grants. */
static void memcpy_and_memcmp_a_page(struct ktap_test *t)
{
	unsigned char *a = alloc_page(), *b = alloc_page();
	size_t i;

	if (!ktap_expect(t, a && b))
		goto out;
	for (i = 0; i < PAGE_SIZE; i++)
		a[i] = pattern(i);
	memset(b, 0, PAGE_SIZE);
	ktap_expect(t, memcpy(b, a, PAGE_SIZE) == b);
	ktap_expect_eq(t, memcmp(a, b, PAGE_SIZE), 0);
	for (i = 0; i < PAGE_SIZE && b[i] == pattern(i); i++)
		;
	ktap_expect_eq(t, i, PAGE_SIZE);
	b[PAGE_SIZE - 1] ^= 0x80;
	ktap_expect(t, memcmp(a, b, PAGE_SIZE) != 0);
out:
	if (a)
		free_page(a);
	if (b)
		free_page(b);
}

static const struct ktap_case string_cases[] = {
	KTAP_CASE(memcpy_every_alignment),
	KTAP_CASE(memset_every_alignment),
	KTAP_CASE(memmove_overlapping),
	KTAP_CASE(memcmp_equal),
	KTAP_CASE(memcmp_first_difference_decides),
	KTAP_CASE(memcpy_and_memcmp_a_page),
	{}
};

static const struct ktap_suite string_suite = {
	.name = "string",
	.cases = string_cases,
};
ktap_test_suite(string_suite);
