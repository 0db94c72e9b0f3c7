// SPDX-License-Identifier: GPL-2.0
/*
 * printk(): format a message and hand it to every registered console.
 * Messages printed before the first console registers are kept in a small
 * buffer and replayed to it, so early boot output is not lost; what does
 * not fit is counted and the count reported, so it is not lost silently.
 * A domU has no console until its PV console ring is up, late in boot.
 *
 * Any CPU, and interrupt handlers, may print: console_lock (taken with
 * interrupts masked) keeps each message whole and keeps the consoles'
 * own state, such as the PV ring's write index, to one writer at a time.
 */
#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/string.h>

static struct console *consoles;
static char early_buf[4096];
static unsigned int early_len;
static unsigned int early_dropped;
static DEFINE_SPINLOCK(console_lock);

static void emit(const char *s, unsigned int len)
{
	struct console *con;
	unsigned int room;

	if (!consoles) {
		room = min(len, (unsigned int)sizeof(early_buf) - early_len);
		memcpy(early_buf + early_len, s, room);
		early_len += room;
		early_dropped += len - room;
		return;
	}
	for (con = consoles; con; con = con->next)
		con->write(con, s, len);
}

/**
 * register_console() - start sending printk() output to @con
 * @con: the console; it must stay valid for the life of the kernel
 *
 * The first console also receives what was printed before it existed.
 */
void register_console(struct console *con)
{
	unsigned long flags;

	spin_lock_irqsave(&console_lock, flags);
	con->next = consoles;
	consoles = con;
	if (early_len) {
		con->write(con, early_buf, early_len);
		early_len = 0;
	}
	spin_unlock_irqrestore(&console_lock, flags);
	if (early_dropped) {
		printk("printk: %u bytes of early output did not fit the buffer\n",
		       early_dropped);
		early_dropped = 0;
	}
}

int vprintk(const char *fmt, va_list args)
{
	unsigned long flags;
	char buf[512];
	int len;

	len = vsnprintf(buf, sizeof(buf), fmt, args);
	spin_lock_irqsave(&console_lock, flags);
	emit(buf, min((unsigned int)len, (unsigned int)sizeof(buf) - 1));
	spin_unlock_irqrestore(&console_lock, flags);
	return len;
}

int printk(const char *fmt, ...)
{
	va_list args;
	int len;

	va_start(args, fmt);
	len = vprintk(fmt, args);
	va_end(args);
	return len;
}
