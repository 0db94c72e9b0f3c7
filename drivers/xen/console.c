// SPDX-License-Identifier: GPL-2.0
/*
 * dom0's console: kernel messages go straight to Xen's console with
 * console_io(CONSOLEIO_write).  Xen accepts this from the hardware domain;
 * other domains use the PV console ring.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
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
 * xen_console_io_init() - send printk() output to Xen's console, if it takes it
 *
 * This runs first thing, MMU off, before the kernel knows whether it is
 * dom0, so it asks Xen directly: a zero-byte CONSOLEIO_write goes through
 * the same permission check as a real one and reads no guest memory.  A
 * domU is refused (by a release Xen); it then registers no console here,
 * and printk() keeps its early output until the PV console ring is up.
 *
 * Return: 0 when registered, or Xen's error (-EPERM in a domU).
 */
int xen_console_io_init(void)
{
	long rc = HYPERVISOR_console_io(CONSOLEIO_write, 0, NULL);

	if (rc < 0)
		return (int)rc;
	register_console(&xen_console_io);
	return 0;
}
