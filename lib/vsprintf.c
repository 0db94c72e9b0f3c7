// SPDX-License-Identifier: GPL-2.0
/*
 * vsnprintf() for the guest kernel: %d %i %u %x %X %o %p %s %c %%, with the
 * '-', '0' and '#' flags, a field width, a precision for strings (also '*'),
 * and the h, hh, l, ll and z length modifiers.
 */
#include <linux/kernel.h>
#include <linux/string.h>

struct out {
	char *buf;
	size_t size;
	size_t len;	/* what the whole output would need, like C's snprintf */
};

static void put(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void pad(struct out *o, char c, int n)
{
	while (n-- > 0)
		put(o, c);
}

/*
 * 64-bit division by a small base without libgcc's helpers, which 32-bit
 * ARM would otherwise need: plain binary long division.
 */
static u32 divmod_u64(u64 *n, u32 base)
{
	u64 quot = 0, rem = 0;
	int bit;

	for (bit = 63; bit >= 0; bit--) {
		rem = (rem << 1) | ((*n >> bit) & 1);
		if (rem >= base) {
			rem -= base;
			quot |= 1ULL << bit;
		}
	}
	*n = quot;
	return (u32)rem;
}

struct spec {
	bool left;
	bool zero;
	bool alt;	/* '#': 0x before a non-zero hex number */
	int width;
	int precision;
	int length;	/* 'H' hh, 'h', 0 int, 'l', 'L' ll, 'z' */
};

/* @prefix ("-", "0x", or "") goes before any zero padding, inside the width. */
static void put_number(struct out *o, u64 val, const char *prefix, u32 base, bool upper,
		       const struct spec *sp)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	int n = 0, width = sp->width - (int)strlen(prefix), len;

	do {
		tmp[n++] = digits[divmod_u64(&val, base)];
	} while (val);
	len = n;
	if (!sp->left && !sp->zero)
		pad(o, ' ', width - len);
	while (*prefix)
		put(o, *prefix++);
	if (!sp->left && sp->zero)
		pad(o, '0', width - len);
	while (n)
		put(o, tmp[--n]);
	if (sp->left)
		pad(o, ' ', width - len);
}

static void put_string(struct out *o, const char *s, const struct spec *sp)
{
	size_t n, i;

	if (!s)
		s = "(null)";
	n = strnlen(s, sp->precision < 0 ? (size_t)-1 : (size_t)sp->precision);
	if (!sp->left)
		pad(o, ' ', sp->width - (int)n);
	for (i = 0; i < n; i++)
		put(o, s[i]);
	if (sp->left)
		pad(o, ' ', sp->width - (int)n);
}

static const char *parse_spec(const char *fmt, struct spec *sp, va_list *args)
{
	*sp = (struct spec){ .precision = -1 };

	for (;; fmt++) {
		if (*fmt == '-')
			sp->left = true;
		else if (*fmt == '0')
			sp->zero = true;
		else if (*fmt == '#')
			sp->alt = true;
		else
			break;
	}
	if (*fmt == '*') {
		sp->width = va_arg(*args, int);
		fmt++;
	}
	while (*fmt >= '0' && *fmt <= '9')
		sp->width = sp->width * 10 + (*fmt++ - '0');
	if (*fmt == '.') {
		fmt++;
		sp->precision = 0;
		if (*fmt == '*') {
			sp->precision = va_arg(*args, int);
			fmt++;
		}
		while (*fmt >= '0' && *fmt <= '9')
			sp->precision = sp->precision * 10 + (*fmt++ - '0');
	}
	if (fmt[0] == 'h' && fmt[1] == 'h') {
		sp->length = 'H';
		fmt += 2;
	} else if (fmt[0] == 'l' && fmt[1] == 'l') {
		sp->length = 'L';
		fmt += 2;
	} else if (*fmt == 'h' || *fmt == 'l' || *fmt == 'z') {
		sp->length = *fmt++;
	}
	return fmt;
}

static u64 fetch_unsigned(const struct spec *sp, va_list *args)
{
	switch (sp->length) {
	case 'L':
		return va_arg(*args, unsigned long long);
	case 'l':
		return va_arg(*args, unsigned long);
	case 'z':
		return va_arg(*args, size_t);
	case 'h':
		return (unsigned short)va_arg(*args, unsigned int);
	case 'H':
		return (unsigned char)va_arg(*args, unsigned int);
	default:
		return va_arg(*args, unsigned int);
	}
}

static s64 fetch_signed(const struct spec *sp, va_list *args)
{
	switch (sp->length) {
	case 'L':
		return va_arg(*args, long long);
	case 'l':
		return va_arg(*args, long);
	case 'z':
		return va_arg(*args, ssize_t);
	case 'h':
		return (short)va_arg(*args, int);
	case 'H':
		return (signed char)va_arg(*args, int);
	default:
		return va_arg(*args, int);
	}
}

static void put_conversion(struct out *o, char conv, struct spec *sp, va_list *args)
{
	s64 sval;
	u64 uval;

	switch (conv) {
	case 'd':
	case 'i':
		sval = fetch_signed(sp, args);
		put_number(o, sval < 0 ? -(u64)sval : (u64)sval, sval < 0 ? "-" : "", 10, false, sp);
		break;
	case 'u':
		put_number(o, fetch_unsigned(sp, args), "", 10, false, sp);
		break;
	case 'x':
	case 'X':
		uval = fetch_unsigned(sp, args);
		put_number(o, uval, sp->alt && uval ? (conv == 'X' ? "0X" : "0x") : "", 16,
			   conv == 'X', sp);
		break;
	case 'o':
		put_number(o, fetch_unsigned(sp, args), "", 8, false, sp);
		break;
	case 'p':
		sp->zero = true;
		sp->width = 2 + 2 * sizeof(void *);
		put_number(o, (unsigned long)va_arg(*args, void *), "0x", 16, false, sp);
		break;
	case 's':
		put_string(o, va_arg(*args, const char *), sp);
		break;
	case 'c':
		pad(o, ' ', sp->left ? 0 : sp->width - 1);
		put(o, (char)va_arg(*args, int));
		pad(o, ' ', sp->left ? sp->width - 1 : 0);
		break;
	default:
		/* Unknown or '%': print it as it stands. */
		put(o, conv);
		break;
	}
}

/**
 * vsnprintf() - format into a buffer
 * @buf: where the text goes, always NUL-terminated when @size > 0
 * @size: size of @buf
 * @fmt: the format
 * @args: its arguments
 *
 * Return: the length the whole text needs, excluding the NUL, as in C.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct out o = { .buf = buf, .size = size };
	struct spec sp;
	va_list ap;

	va_copy(ap, args);
	while (*fmt) {
		if (*fmt != '%') {
			put(&o, *fmt++);
			continue;
		}
		fmt = parse_spec(fmt + 1, &sp, &ap);
		if (!*fmt)
			break;
		put_conversion(&o, *fmt++, &sp, &ap);
	}
	va_end(ap);
	if (size)
		buf[min(o.len, size - 1)] = '\0';
	return (int)o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}
