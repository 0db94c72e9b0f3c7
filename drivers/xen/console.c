// SPDX-License-Identifier: GPL-2.0
/*
 * dom0's console: kernel messages go straight to Xen's console with
 * console_io(CONSOLEIO_write).  Xen accepts this from the hardware domain;
 * other domains use the PV console ring.
 */
#include <linux/kernel.h>
#include <xen/xen.h>
#include <xen/interface/xen.h>
#include <asm/xen/hypercall.h>

static void xen_console_io_write(struct console *con, const char *s, unsigned int len)
{
	/* Xen copies the bytes before returning; it never writes to them. */
	HYPERVISOR_console_io(CONSOLEIO_write, (int)len, (char *)s);
}

static struct console xen_console_io = {
	.name = "xen-console-io",
	.write = xen_console_io_write,
};

/**
 * xen_console_io_init() - send printk() output to Xen's console
 */
void xen_console_io_init(void)
{
	register_console(&xen_console_io);
}
