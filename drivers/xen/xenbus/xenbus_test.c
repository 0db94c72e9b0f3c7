// SPDX-License-Identifier: GPL-2.0
/*
 * xenbus against the real xenstored: the domU's device/ directory as the
 * toolstack made it, and the state machine on a frontend/backend pair the
 * test builds itself under data/ and drives from both ends.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/ktap.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/xenbus.h>
#include "xenbus_test.h"

#define ROOT		"data/armxen-xb"
#define DEV_ROOT	ROOT "/device"
#define FE		DEV_ROOT "/armxen-test/0"
#define EVENT_WAIT_MS	3000

static void strstate_names(struct ktap_test *t)
{
	ktap_expect(t, !strcmp(xenbus_strstate(XenbusStateInitialising), "Initialising"));
	ktap_expect(t, !strcmp(xenbus_strstate(XenbusStateInitWait), "InitWait"));
	ktap_expect(t, !strcmp(xenbus_strstate(XenbusStateInitialised), "Initialised"));
	ktap_expect(t, !strcmp(xenbus_strstate(XenbusStateConnected), "Connected"));
	ktap_expect(t, !strcmp(xenbus_strstate(XenbusStateClosing), "Closing"));
	ktap_expect(t, !strcmp(xenbus_strstate(XenbusStateClosed), "Closed"));
	ktap_expect(t, !strcmp(xenbus_strstate((enum xenbus_state)99), "INVALID"));
}

static bool ends_with(const char *s, const char *tail)
{
	size_t ls = strlen(s), lt = strlen(tail);

	return ls >= lt && !strcmp(s + ls - lt, tail);
}

/*
 * One device/<type>/<id> the toolstack made.  Not every entry is a
 * frontend (libxl keeps device/suspend/event-channel there), so a
 * missing "backend" is reported, not failed.
 */
static void show_toolstack_device(const char *type, const char *id)
{
	char dir[64], be[128];

	snprintf(dir, sizeof(dir), "device/%s/%s", type, id);
	if (xenbus_read_buf(XBT_NIL, dir, "backend", be, sizeof(be)) <= 0) {
		printk("    # %s: no backend\n", dir);
		return;
	}
	printk("    # %s: state %s, backend %s in state %s\n", dir,
	       xenbus_strstate(xenbus_read_driver_state(dir)), be,
	       xenbus_strstate(xenbus_read_driver_state(be)));
}

/* Whatever the toolstack put in device/, every entry is a type of devices. */
static void enumerate_device_dir(struct ktap_test *t)
{
	unsigned int i, j, num, ids;
	char **types, **idv;
	int rc;

	if (!have_xenstore(t))
		return;
	rc = xenbus_directory(XBT_NIL, "device", "", &types, &num);
	if (rc == -ENOENT) {
		printk("    # device/ does not exist: no devices\n");
		return;
	}
	if (!ktap_expect_eq(t, rc, 0))
		return;
	for (i = 0; i < num; i++) {
		ktap_expect(t, types[i][0] != '\0');
		if (!ktap_expect_eq(t, xenbus_directory(XBT_NIL, "device", types[i], &idv, &ids), 0))
			continue;
		for (j = 0; j < ids; j++)
			show_toolstack_device(types[i], idv[j]);
		kfree(idv);
	}
	kfree(types);
	/* No driver is registered for any of them: nothing is probed. */
	ktap_expect_eq(t, xenbus_probe_devices("device"), 0);
}

static void driver_state_of_nodes(struct ktap_test *t)
{
	if (!have_xenstore(t))
		return;
	ktap_expect_eq(t, xenbus_write(XBT_NIL, ROOT "/s", "state", "4"), 0);
	ktap_expect_eq(t, xenbus_read_driver_state(ROOT "/s"), XenbusStateConnected);
	ktap_expect_eq(t, xenbus_write(XBT_NIL, ROOT "/s", "state", "4x"), 0);
	ktap_expect_eq(t, xenbus_read_driver_state(ROOT "/s"), XenbusStateUnknown);
	ktap_expect_eq(t, xenbus_write(XBT_NIL, ROOT "/s", "state", "42"), 0);
	ktap_expect_eq(t, xenbus_read_driver_state(ROOT "/s"), XenbusStateUnknown);
	ktap_expect_eq(t, xenbus_read_driver_state(ROOT "/missing"), XenbusStateUnknown);
	xenbus_rm(XBT_NIL, ROOT, "s");
}

/* The test driver records what the bus told it. */
static struct {
	struct xenbus_device *dev;
	unsigned int probes, removes, changes;
	enum xenbus_state last;
} seen;

static int test_probe(struct xenbus_device *dev)
{
	seen.dev = dev;
	seen.probes++;
	return 0;
}

static void test_otherend_changed(struct xenbus_device *dev, enum xenbus_state state)
{
	seen.changes++;
	seen.last = state;
	/* What a frontend does when its backend starts to close. */
	if (state == XenbusStateClosing)
		xenbus_frontend_closed(dev);
}

static void test_remove(struct xenbus_device *dev)
{
	seen.removes++;
	seen.dev = NULL;
}

static struct xenbus_driver test_driver = {
	.type = "armxen-test",
	.probe = test_probe,
	.otherend_changed = test_otherend_changed,
	.remove = test_remove,
};

static enum xenbus_state want_state;

static bool backend_state_seen(void *arg)
{
	return seen.last == want_state;
}

/* The backend end: write its state and wait for the frontend to hear it. */
static bool backend_says(struct ktap_test *t, enum xenbus_state state)
{
	want_state = state;
	if (!ktap_expect_eq(t, xenbus_printf(XBT_NIL, ROOT "/be", "state", "%u", state), 0))
		return false;
	return ktap_check(t, !xenbus_wait(backend_state_seen, NULL, EVENT_WAIT_MS),
			  __FILE__, __LINE__, "frontend never saw backend state %s (last %s)",
			  xenbus_strstate(state), xenbus_strstate(seen.last));
}

/* A fake device/<type>/<id> whose "backend" points at ROOT/be. */
static bool make_pair(struct ktap_test *t)
{
	char be[64];

	xenbus_rm(XBT_NIL, ROOT, "");
	snprintf(be, sizeof(be), "/local/domain/%u/" ROOT "/be", xen_domid);
	return ktap_expect_eq(t, xenbus_write(XBT_NIL, ROOT "/be", "state", "1"), 0) &&
	       ktap_expect_eq(t, xenbus_write(XBT_NIL, FE, "backend", be), 0) &&
	       ktap_expect_eq(t, xenbus_printf(XBT_NIL, FE, "backend-id", "%u", xen_domid), 0) &&
	       ktap_expect_eq(t, xenbus_write(XBT_NIL, FE, "state", "1"), 0);
}

static void state_machine_with_backend(struct ktap_test *t)
{
	struct xenbus_device *dev;

	if (!have_xenstore(t))
		return;
	memset(&seen, 0, sizeof(seen));
	if (!make_pair(t) || !ktap_expect_eq(t, xenbus_register_frontend(&test_driver), 0))
		goto out_rm;
	ktap_expect_eq(t, xenbus_register_frontend(&test_driver), -EEXIST);
	ktap_expect_eq(t, xenbus_probe_devices(DEV_ROOT), 0);
	dev = seen.dev;
	if (!ktap_expect_eq(t, seen.probes, 1) || !ktap_expect(t, dev != NULL))
		goto out_unregister;
	ktap_expect(t, xenbus_find_device(FE) == dev);
	ktap_expect_eq(t, dev->otherend_id, xen_domid);
	ktap_expect(t, ends_with(dev->otherend, ROOT "/be"));
	/* Probing again finds the device known and leaves it alone. */
	ktap_expect_eq(t, xenbus_probe_devices(DEV_ROOT), 0);
	ktap_expect_eq(t, seen.probes, 1);
	/* The watch's first event reports the backend as it is. */
	want_state = XenbusStateInitialising;
	ktap_expect_eq(t, xenbus_wait(backend_state_seen, NULL, EVENT_WAIT_MS), 0);
	backend_says(t, XenbusStateInitWait);
	ktap_expect_eq(t, xenbus_switch_state(dev, XenbusStateInitialised), 0);
	ktap_expect_eq(t, xenbus_read_driver_state(FE), XenbusStateInitialised);
	backend_says(t, XenbusStateConnected);
	ktap_expect_eq(t, xenbus_switch_state(dev, XenbusStateConnected), 0);
	ktap_expect_eq(t, xenbus_read_driver_state(FE), XenbusStateConnected);
	/* Closing: the driver answers Closed from its callback. */
	backend_says(t, XenbusStateClosing);
	ktap_expect_eq(t, xenbus_read_driver_state(FE), XenbusStateClosed);
	ktap_expect_eq(t, dev->state, XenbusStateClosed);
	/* A frontend whose directory was removed does not bring it back. */
	ktap_expect_eq(t, xenbus_rm(XBT_NIL, FE, "state"), 0);
	ktap_expect_eq(t, xenbus_switch_state(dev, XenbusStateInitialising), -ENOENT);
	ktap_expect(t, !xenbus_exists(XBT_NIL, FE, "state"));
out_unregister:
	xenbus_unregister_driver(&test_driver);
	ktap_expect_eq(t, seen.removes, seen.probes);
	ktap_expect(t, xenbus_find_device(FE) == NULL);
	/* Its watch went with it. */
	seen.changes = 0;
	xenbus_write(XBT_NIL, ROOT "/be", "state", "6");
	want_state = XenbusStateClosed;
	ktap_expect_eq(t, xenbus_wait(backend_state_seen, NULL, 300), -ETIMEDOUT);
	ktap_expect_eq(t, seen.changes, 0);
out_rm:
	xenbus_rm(XBT_NIL, ROOT, "");
}

static const struct ktap_case xenbus_cases[] = {
	KTAP_CASE(strstate_names),
	KTAP_CASE(enumerate_device_dir),
	KTAP_CASE(driver_state_of_nodes),
	KTAP_CASE(state_machine_with_backend),
	{}
};

static const struct ktap_suite xenbus_suite = {
	.name = "xenbus",
	.cases = xenbus_cases,
};
ktap_test_suite(xenbus_suite);
