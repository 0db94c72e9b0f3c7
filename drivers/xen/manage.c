// SPDX-License-Identifier: GPL-2.0
/*
 * Stopping a domU from the toolstack: `xl shutdown` and `xl reboot` write
 * "poweroff" or "reboot" into the domain's control/shutdown, which libxl
 * created writable by the guest.  The guest says it listens by writing
 * "1" into control/feature-poweroff and control/feature-reboot, watches
 * control/shutdown, takes a request by writing the node back empty (in
 * one transaction with the read, so that a request is taken once), and
 * stops the domain with the matching reason.  Linux's drivers/xen/
 * manage.c answers the same protocol; suspend and sysrq are not offered.
 *
 * Watches run from xenbus_run_watches(), so the domain stops at once only
 * while the kernel is waiting on xenstore or a disk.  A kernel whose work
 * is done lingers for the toolstack when its command line says
 * "armxen.linger=SECONDS" (xen_manage_linger()), and otherwise powers off
 * by itself as before.
 */
#define pr_fmt(fmt) "xen:manage: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/of_fdt.h>
#include <linux/reboot.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/xenbus.h>

#define SHUTDOWN_DIR		"control"
#define SHUTDOWN_NODE		"shutdown"
#define SHUTDOWN_MAX		16	/* longest request we know, with room */
#define LINGER_ARG		"armxen.linger="
#define LINGER_MAX_S		3600

/* What a request asks, and the reason the domain stops with. */
static const struct {
	const char *request;
	void (*stop)(void);
} shutdown_requests[] = {
	{ "poweroff", machine_power_off },
	{ "halt", machine_power_off },
	{ "reboot", machine_restart },
};

/* Read the request and clear it, in one transaction: "" when there is none. */
static int shutdown_take(struct xenbus_transaction t, void *arg)
{
	char *req = arg;
	int rc = xenbus_read_buf(t, SHUTDOWN_DIR, SHUTDOWN_NODE, req, SHUTDOWN_MAX);

	if (rc == -ENOENT || rc == 0) {
		req[0] = '\0';
		return 0;
	}
	if (rc < 0)
		return rc;
	return xenbus_write(t, SHUTDOWN_DIR, SHUTDOWN_NODE, "");
}

static void shutdown_changed(struct xenbus_watch *watch, const char *path)
{
	char req[SHUTDOWN_MAX];
	unsigned int i;
	int rc;

	rc = xenbus_transaction_run(shutdown_take, req, 0);
	if (rc == -ERANGE) {
		pr_warn("ignoring a shutdown request longer than %d bytes\n", SHUTDOWN_MAX - 1);
		xenbus_write(XBT_NIL, SHUTDOWN_DIR, SHUTDOWN_NODE, "");
		return;
	}
	if (rc) {
		pr_warn("cannot read %s/%s: %d\n", SHUTDOWN_DIR, SHUTDOWN_NODE, rc);
		return;
	}
	if (!req[0])
		return;	/* the watch's first event, or our own write */
	for (i = 0; i < ARRAY_SIZE(shutdown_requests); i++) {
		if (strcmp(req, shutdown_requests[i].request))
			continue;
		pr_info("the toolstack asks for %s\n", req);
		shutdown_requests[i].stop();
	}
	pr_warn("ignoring shutdown request \"%s\"\n", req);
}

static struct xenbus_watch shutdown_watch = {
	.node = SHUTDOWN_DIR "/" SHUTDOWN_NODE,
	.callback = shutdown_changed,
};

/**
 * xen_manage_init() - answer the toolstack's shutdown requests (a domU)
 *
 * Return: 0, or an errno from xenstore (the domain then runs on, but
 * `xl shutdown` and `xl reboot` go unanswered).
 */
int xen_manage_init(void)
{
	int rc;

	rc = register_xenbus_watch(&shutdown_watch);
	if (rc)
		return rc;
	rc = xenbus_write(XBT_NIL, SHUTDOWN_DIR, "feature-poweroff", "1");
	if (!rc)
		rc = xenbus_write(XBT_NIL, SHUTDOWN_DIR, "feature-reboot", "1");
	if (rc) {
		unregister_xenbus_watch(&shutdown_watch);
		return rc;
	}
	return 0;
}

/* SECONDS of "armxen.linger=SECONDS" on the command line, 0 without it. */
static unsigned int linger_seconds(void)
{
	const char *value = of_find_bootarg(LINGER_ARG);
	unsigned long s = value ? strtoul(value, NULL, 10) : 0;

	return s > LINGER_MAX_S ? LINGER_MAX_S : (unsigned int)s;
}

static bool never(void *arg)
{
	return false;
}

/**
 * xen_manage_linger() - once the kernel's work is done, wait for the
 * toolstack to stop the domain, as long as "armxen.linger=SECONDS" says
 *
 * Returns when there was nothing to wait for or nobody asked in time;
 * a request does not return.
 */
void xen_manage_linger(void)
{
	unsigned int s = linger_seconds();

	if (!s || xen_initial_domain() || !xenbus_available())
		return;
	pr_info("lingering up to %u s for xl shutdown or xl reboot\n", s);
	xenbus_wait(never, NULL, s * 1000);
	pr_info("nobody stopped the domain in %u s\n", s);
}
