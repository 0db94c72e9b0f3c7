// SPDX-License-Identifier: GPL-2.0
/*
 * What a frontend driver calls to follow the XenbusState handshake: its
 * own state node, the backend's details, a watch on the backend's state.
 */
#define pr_fmt(fmt) "xen:xenbus: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/xenbus.h>

static const char *const xenbus_state_names[] = {
	[XenbusStateUnknown] = "Unknown",
	[XenbusStateInitialising] = "Initialising",
	[XenbusStateInitWait] = "InitWait",
	[XenbusStateInitialised] = "Initialised",
	[XenbusStateConnected] = "Connected",
	[XenbusStateClosing] = "Closing",
	[XenbusStateClosed] = "Closed",
	[XenbusStateReconfiguring] = "Reconfiguring",
	[XenbusStateReconfigured] = "Reconfigured",
};

/**
 * xenbus_strstate() - a state's name, for messages
 * @state: any value
 *
 * Return: the name, or "INVALID".
 */
const char *xenbus_strstate(enum xenbus_state state)
{
	if ((unsigned int)state >= ARRAY_SIZE(xenbus_state_names))
		return "INVALID";
	return xenbus_state_names[state];
}

/**
 * xenbus_read_driver_state() - the state in @path/state
 * @path: a frontend's or backend's directory
 *
 * Return: the state; XenbusStateUnknown when the node is missing,
 * unreadable or not a state.
 */
enum xenbus_state xenbus_read_driver_state(const char *path)
{
	unsigned int state = xenbus_read_unsigned(path, "state", XenbusStateUnknown);

	if (state > XenbusStateReconfigured)
		return XenbusStateUnknown;
	return (enum xenbus_state)state;
}

struct switch_arg {
	struct xenbus_device *dev;
	enum xenbus_state state;
};

static int switch_state_body(struct xenbus_transaction t, void *arg)
{
	struct switch_arg *sw = arg;
	char *cur;
	int rc;

	/* Never bring back a device directory the toolstack removed. */
	rc = xenbus_read(t, sw->dev->nodename, "state", &cur, NULL);
	if (rc)
		return rc;
	kfree(cur);
	return xenbus_printf(t, sw->dev->nodename, "state", "%u", sw->state);
}

/**
 * xenbus_switch_state() - publish a new state of ours
 * @dev: the device
 * @state: the state to tell the backend
 *
 * Return: 0, or a negative errno (-ENOENT when the device's directory or
 * its state node is gone).
 */
int xenbus_switch_state(struct xenbus_device *dev, enum xenbus_state state)
{
	struct switch_arg sw = { dev, state };
	int rc;

	if (state == dev->state)
		return 0;
	rc = xenbus_transaction_run(switch_state_body, &sw, 0);
	if (rc) {
		xenbus_dev_error(dev, rc, "writing the new state");
		return rc;
	}
	pr_info("%s: %s -> %s\n", dev->nodename, xenbus_strstate(dev->state),
		xenbus_strstate(state));
	dev->state = state;
	return 0;
}

/**
 * xenbus_frontend_closed() - the frontend has let go of everything
 * @dev: the device
 *
 * Return: as xenbus_switch_state().
 */
int xenbus_frontend_closed(struct xenbus_device *dev)
{
	return xenbus_switch_state(dev, XenbusStateClosed);
}

/**
 * xenbus_read_otherend_details() - where the backend is
 * @dev: the device; sets @dev->otherend and @dev->otherend_id
 *
 * Return: 0, -ENOENT when "backend" or "backend-id" is missing or the
 * backend's directory does not exist, -ERANGE when the path is too long.
 */
int xenbus_read_otherend_details(struct xenbus_device *dev)
{
	unsigned int id;
	int rc;

	rc = xenbus_read_buf(XBT_NIL, dev->nodename, "backend", dev->otherend,
			     sizeof(dev->otherend));
	if (rc < 0)
		return rc;
	id = xenbus_read_unsigned(dev->nodename, "backend-id", ~0U);
	if (!rc || id > 0xffff || !xenbus_exists(XBT_NIL, dev->otherend, ""))
		return -ENOENT;
	dev->otherend_id = (domid_t)id;
	return 0;
}

static void otherend_changed(struct xenbus_watch *watch, const char *path)
{
	struct xenbus_device *dev = container_of(watch, struct xenbus_device,
						 otherend_watch);
	enum xenbus_state state = xenbus_read_driver_state(dev->otherend);

	if (dev->driver && dev->driver->otherend_changed)
		dev->driver->otherend_changed(dev, state);
}

/**
 * xenbus_watch_otherend() - call the driver's otherend_changed() on changes
 * @dev: a device whose @otherend is known
 *
 * The first call comes right away: xenstored fires a new watch once.
 *
 * Return: 0 or a negative errno.
 */
int xenbus_watch_otherend(struct xenbus_device *dev)
{
	int n = snprintf(dev->watch_path, sizeof(dev->watch_path), "%s/state",
			 dev->otherend);

	if (n < 0 || (size_t)n >= sizeof(dev->watch_path))
		return -ERANGE;
	dev->otherend_watch.node = dev->watch_path;
	dev->otherend_watch.callback = otherend_changed;
	return register_xenbus_watch(&dev->otherend_watch);
}

/**
 * xenbus_unwatch_otherend() - undo xenbus_watch_otherend()
 * @dev: the device
 */
void xenbus_unwatch_otherend(struct xenbus_device *dev)
{
	if (dev->otherend_watch.node)
		unregister_xenbus_watch(&dev->otherend_watch);
	dev->otherend_watch.node = NULL;
}

/**
 * xenbus_dev_error() - report a device's failure
 * @dev: the device
 * @err: negative errno
 * @what: what was being done
 *
 * Logged, and left in the device's "error" node for the toolstack.
 */
void xenbus_dev_error(struct xenbus_device *dev, int err, const char *what)
{
	pr_err("%s: %s: %d\n", dev->nodename, what, err);
	xenbus_printf(XBT_NIL, dev->nodename, "error", "%d %s", -err, what);
}
