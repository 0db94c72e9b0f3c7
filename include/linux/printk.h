/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_PRINTK_H
#define _LINUX_PRINTK_H

#include <stdarg.h>
#include <linux/types.h>
#include <linux/compiler.h>

#ifndef pr_fmt
#define pr_fmt(fmt) fmt
#endif

int printk(const char *fmt, ...) __printf(1, 2);
int vprintk(const char *fmt, va_list args);

#define pr_err(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info(fmt, ...)	printk(pr_fmt(fmt), ##__VA_ARGS__)

int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
int snprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);

/**
 * struct console - somewhere printk() output goes
 * @name: short name for diagnostics
 * @write: emit @len bytes; must not call printk()
 * @next: the next registered console (private to kernel/printk.c)
 */
struct console {
	const char *name;
	void (*write)(struct console *con, const char *s, unsigned int len);
	struct console *next;
};

void register_console(struct console *con);

#endif /* _LINUX_PRINTK_H */
