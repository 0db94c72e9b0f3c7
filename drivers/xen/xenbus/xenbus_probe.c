// SPDX-License-Identifier: GPL-2.0
/*
 * The frontend bus: drivers register for a device type, and every
 * <root>/<type>/<id> directory (root "device" for the toolstack's
 * devices) gets a struct xenbus_device, handed to the driver's probe().
 */
#define pr_fmt(fmt) "xen:xenbus: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <xen/xenbus.h>

static DEFINE_SPINLOCK(xenbus_bus_lock);
static struct xenbus_driver *xenbus_drivers;
static struct xenbus_device *xenbus_devices;

/* The driver registered for @type, or NULL (xenbus_bus_lock held). */
static struct xenbus_driver *find_driver_locked(const char *type)
{
	struct xenbus_driver *drv;

	for (drv = xenbus_drivers; drv; drv = drv->next)
		if (!strcmp(drv->type, type))
			break;
	return drv;
}

static struct xenbus_driver *find_driver(const char *type)
{
	struct xenbus_driver *drv;
	unsigned long flags;

	spin_lock_irqsave(&xenbus_bus_lock, flags);
	drv = find_driver_locked(type);
	spin_unlock_irqrestore(&xenbus_bus_lock, flags);
	return drv;
}

/**
 * xenbus_find_device() - the device probed at @nodename
 * @nodename: its directory, as the probe named it
 *
 * Return: the device, or NULL.
 */
struct xenbus_device *xenbus_find_device(const char *nodename)
{
	struct xenbus_device *dev;
	unsigned long flags;

	spin_lock_irqsave(&xenbus_bus_lock, flags);
	for (dev = xenbus_devices; dev; dev = dev->next)
		if (!strcmp(dev->nodename, nodename))
			break;
	spin_unlock_irqrestore(&xenbus_bus_lock, flags);
	return dev;
}

/* Take @dev off the device list (xenbus_bus_lock held). */
static void unlink_device_locked(struct xenbus_device *dev)
{
	struct xenbus_device **pd;

	for (pd = &xenbus_devices; *pd; pd = &(*pd)->next) {
		if (*pd == dev) {
			*pd = dev->next;
			break;
		}
	}
}

static void unlink_device(struct xenbus_device *dev)
{
	unsigned long flags;

	spin_lock_irqsave(&xenbus_bus_lock, flags);
	unlink_device_locked(dev);
	spin_unlock_irqrestore(&xenbus_bus_lock, flags);
}

static struct xenbus_device *new_device(const char *root, const char *type,
					const char *id)
{
	struct xenbus_device *dev = kzalloc(sizeof(*dev));
	int n;

	if (!dev)
		return NULL;
	n = snprintf(dev->nodename, sizeof(dev->nodename), "%s/%s/%s", root, type, id);
	if (n < 0 || (size_t)n >= sizeof(dev->nodename) ||
	    strlen(type) >= sizeof(dev->type)) {
		kfree(dev);
		return NULL;
	}
	memcpy(dev->type, type, strlen(type) + 1);
	dev->state = XenbusStateInitialising;
	return dev;
}

/*
 * List @dev unless a device of its name is listed: the check and the
 * insertion are one step, so two vCPUs probing at once cannot both
 * take the same device.
 */
static bool claim_device(struct xenbus_device *dev)
{
	struct xenbus_device *d;
	unsigned long flags;

	spin_lock_irqsave(&xenbus_bus_lock, flags);
	for (d = xenbus_devices; d; d = d->next)
		if (!strcmp(d->nodename, dev->nodename))
			break;
	if (!d) {
		dev->next = xenbus_devices;
		xenbus_devices = dev;
	}
	spin_unlock_irqrestore(&xenbus_bus_lock, flags);
	return !d;
}

/* Give <root>/<type>/<id> to @drv; an error leaves no trace of it. */
static int probe_one(struct xenbus_driver *drv, const char *root,
		     const char *type, const char *id)
{
	struct xenbus_device *dev = new_device(root, type, id);
	int rc;

	if (!dev)
		return -ENOMEM;
	if (!claim_device(dev)) {
		kfree(dev);
		return 0;
	}
	rc = xenbus_read_otherend_details(dev);
	if (rc)
		goto out_unlink;
	dev->driver = drv;
	rc = drv->probe(dev);
	if (rc)
		goto out_unlink;
	rc = xenbus_watch_otherend(dev);
	if (rc)
		goto out_remove;
	pr_info("%s: backend %s (domain %u)\n", dev->nodename, dev->otherend,
		dev->otherend_id);
	return 0;
out_remove:
	if (drv->remove)
		drv->remove(dev);
out_unlink:
	unlink_device(dev);
	pr_warn("%s not probed: %d\n", dev->nodename, rc);
	kfree(dev);
	return rc;
}

/* Probe every <root>/<type>/<id> not probed yet; returns how many failed. */
static int probe_type(struct xenbus_driver *drv, const char *root, const char *type)
{
	char path[96], **ids;
	unsigned int i, num;
	int failed = 0;

	snprintf(path, sizeof(path), "%s/%s", root, type);
	if (xenbus_directory(XBT_NIL, path, "", &ids, &num))
		return 0;
	for (i = 0; i < num; i++)
		if (probe_one(drv, root, type, ids[i]))
			failed++;
	kfree(ids);
	return failed;
}

/**
 * xenbus_probe_devices() - probe the devices under @root
 * @root: "device" for this domain's frontends (relative to its home)
 *
 * Types without a registered driver are left alone; so are devices
 * already probed.
 *
 * Return: 0, the number of devices whose probe failed, or a negative
 * errno when @root cannot be listed (-ENOENT: no devices at all).
 */
int xenbus_probe_devices(const char *root)
{
	struct xenbus_driver *drv;
	unsigned int i, num;
	char **types;
	int rc, failed = 0;

	rc = xenbus_directory(XBT_NIL, root, "", &types, &num);
	if (rc)
		return rc;
	for (i = 0; i < num; i++) {
		drv = find_driver(types[i]);
		if (drv)
			failed += probe_type(drv, root, types[i]);
	}
	kfree(types);
	return failed;
}

/**
 * xenbus_register_frontend() - add a frontend driver and probe its devices
 * @drv: type and probe set; stays registered until unregistered
 *
 * Return: 0, -EEXIST when the type has a driver, or -ENODEV without
 * xenstore.  Devices that fail to probe are logged, not returned.
 */
int xenbus_register_frontend(struct xenbus_driver *drv)
{
	unsigned long flags;
	bool taken;

	if (!xenbus_available())
		return -ENODEV;
	/* One step, so that two registrations of a type cannot both succeed. */
	spin_lock_irqsave(&xenbus_bus_lock, flags);
	taken = find_driver_locked(drv->type);
	if (!taken) {
		drv->next = xenbus_drivers;
		xenbus_drivers = drv;
	}
	spin_unlock_irqrestore(&xenbus_bus_lock, flags);
	if (taken)
		return -EEXIST;
	xenbus_probe_devices("device");
	return 0;
}

static struct xenbus_device *take_device_of(struct xenbus_driver *drv)
{
	struct xenbus_device *dev;
	unsigned long flags;

	/* Found and unlinked in one step: nobody else can take it between. */
	spin_lock_irqsave(&xenbus_bus_lock, flags);
	for (dev = xenbus_devices; dev; dev = dev->next)
		if (dev->driver == drv)
			break;
	if (dev)
		unlink_device_locked(dev);
	spin_unlock_irqrestore(&xenbus_bus_lock, flags);
	return dev;
}

static void unlink_driver(struct xenbus_driver *drv)
{
	struct xenbus_driver **pd;
	unsigned long flags;

	spin_lock_irqsave(&xenbus_bus_lock, flags);
	for (pd = &xenbus_drivers; *pd; pd = &(*pd)->next) {
		if (*pd == drv) {
			*pd = drv->next;
			break;
		}
	}
	spin_unlock_irqrestore(&xenbus_bus_lock, flags);
}

/**
 * xenbus_unregister_driver() - remove a driver and each of its devices
 * @drv: a registered driver
 */
void xenbus_unregister_driver(struct xenbus_driver *drv)
{
	struct xenbus_device *dev;

	unlink_driver(drv);
	while ((dev = take_device_of(drv))) {
		xenbus_unwatch_otherend(dev);
		if (drv->remove)
			drv->remove(dev);
		kfree(dev);
	}
}
