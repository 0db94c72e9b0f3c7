// SPDX-License-Identifier: GPL-2.0
/*
 * The string and memory functions the kernel and the compiler need.
 *
 * memset, memcpy and memcmp go a word at a time over the part where the
 * pointers are word-aligned, since they are on hot paths: xen-blkfront
 * copies every byte of a disk's I/O through its persistent grant pages,
 * and under QEMU's TCG each guest access costs a softmmu lookup, so a
 * byte loop caps a copy at a few hundred MB/s.  They make no unaligned
 * access (the build says so with -mstrict-align / -mno-unaligned-access):
 * the early code runs with the MMU off, where memory is Device memory and
 * an unaligned access faults.  Pointers of different alignment take the
 * byte loop.
 */
#include <linux/string.h>
#include <linux/types.h>

#define WORD_BYTES	sizeof(unsigned long)
#define WORD_MASK	(WORD_BYTES - 1)
/* Words moved each time round the main loop: the compiler pairs them (ldp/stp, ldm/stm). */
#define BLOCK_BYTES	(4 * WORD_BYTES)

static inline bool word_aligned(const void *p)
{
	return !((uintptr_t)p & WORD_MASK);
}

/* Whether @a and @b reach word alignment together, and @n is worth it. */
static inline bool words_worth_it(const void *a, const void *b, size_t n)
{
	return n >= BLOCK_BYTES && !(((uintptr_t)a ^ (uintptr_t)b) & WORD_MASK);
}

void *memset(void *s, int c, size_t n)
{
	unsigned char *p = s;
	unsigned long w;

	if (n >= BLOCK_BYTES) {
		for (; !word_aligned(p); n--)
			*p++ = (unsigned char)c;
		w = (unsigned char)c * (~0UL / 0xff);	/* the byte in every lane */
		for (; n >= BLOCK_BYTES; n -= BLOCK_BYTES, p += BLOCK_BYTES) {
			unsigned long *q = (unsigned long *)p;

			q[0] = w;
			q[1] = w;
			q[2] = w;
			q[3] = w;
		}
	}
	while (n--)
		*p++ = (unsigned char)c;
	return s;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (words_worth_it(d, s, n)) {
		for (; !word_aligned(d); n--)
			*d++ = *s++;
		for (; n >= BLOCK_BYTES; n -= BLOCK_BYTES, d += BLOCK_BYTES, s += BLOCK_BYTES) {
			const unsigned long *from = (const unsigned long *)s;
			unsigned long *to = (unsigned long *)d;
			unsigned long w0 = from[0], w1 = from[1], w2 = from[2], w3 = from[3];

			to[0] = w0;
			to[1] = w1;
			to[2] = w2;
			to[3] = w3;
		}
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d <= s || d >= s + n)
		return memcpy(dst, src, n);
	while (n--)
		d[n] = s[n];
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	/* Skip the equal words; the bytes of the first unequal one decide. */
	if (words_worth_it(x, y, n)) {
		for (; !word_aligned(x); n--, x++, y++)
			if (*x != *y)
				return *x - *y;
		for (; n >= WORD_BYTES; n -= WORD_BYTES, x += WORD_BYTES, y += WORD_BYTES)
			if (*(const unsigned long *)x != *(const unsigned long *)y)
				break;
	}
	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

size_t strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

size_t strlen(const char *s)
{
	return strnlen(s, (size_t)-1);
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (!*a)
			break;
	}
	return 0;
}

int strcmp(const char *a, const char *b)
{
	return strncmp(a, b, (size_t)-1);
}

char *strchr(const char *s, int c)
{
	for (; *s != (char)c; s++)
		if (!*s)
			return NULL;
	return (char *)s;
}

char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	do {
		if (*s == (char)c)
			last = s;
	} while (*s++);
	return (char *)last;
}

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

static int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 36;
}

/*
 * C's strtoul() without errno: libfdt parses phandle-like numbers with it.
 * Base 0 picks 16 for "0x", 8 for "0", else 10; overflow is not detected.
 */
unsigned long strtoul(const char *s, char **end, int base)
{
	unsigned long val = 0;
	int d;

	while (*s == ' ' || *s == '\t')
		s++;
	if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') &&
	    digit_value(s[2]) < 16) {
		s += 2;
		base = 16;
	} else if (base == 0) {
		base = s[0] == '0' ? 8 : 10;
	}
	for (; (d = digit_value(*s)) < base; s++)
		val = val * base + d;
	if (end)
		*end = (char *)s;
	return val;
}
