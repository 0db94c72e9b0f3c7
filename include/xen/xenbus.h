/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xenstore and xenbus for the guest kernel.
 *
 * The xenstore client (drivers/xen/xenbus/xenbus_xs.c) sends requests over
 * the ring the toolstack gave the domain and waits, with a bound, for the
 * reply carrying the same request id; xenstored's error strings come back
 * as negative errnos.  Paths are "DIR/NODE" (NODE "" means DIR itself);
 * a relative path is relative to this domain's /local/domain/<id>.
 *
 * The kernel has no threads, so watch callbacks do not run from the event
 * interrupt: the interrupt queues each XS_WATCH_EVENT, and the callbacks
 * run when process context calls xenbus_run_watches() (xenbus_wait() does
 * so while it waits), one vCPU at a time, without locks held.  A callback
 * may issue xenstore requests; it must not wait for another watch (events
 * are not delivered while it runs) nor unregister its own.
 *
 * xenbus (xenbus_probe.c, xenbus_client.c) is the driver model on top:
 * frontend drivers register for a device type, are probed for each
 * device/<type>/<id>, and follow the XenbusState handshake with their
 * backend through its "state" node.
 */
#ifndef _XEN_XENBUS_H
#define _XEN_XENBUS_H

#include <linux/types.h>
#include <xen/interface/io/xs_wire.h>
#include <xen/interface/io/xenbus.h>

/* A transaction id; XBT_NIL is "no transaction". */
struct xenbus_transaction {
	u32 id;
};
#define XBT_NIL ((struct xenbus_transaction){ 0 })

/* How long one request may wait for its reply before -ETIMEDOUT. */
#define XENBUS_REPLY_TIMEOUT_MS	10000

int xenbus_init(void);
bool xenbus_available(void);

int xenbus_read(struct xenbus_transaction t, const char *dir, const char *node,
		char **value, unsigned int *len);
int xenbus_read_buf(struct xenbus_transaction t, const char *dir,
		    const char *node, char *buf, size_t size);
unsigned int xenbus_read_unsigned(const char *dir, const char *node,
				  unsigned int default_val);
int xenbus_write(struct xenbus_transaction t, const char *dir, const char *node,
		 const char *value);
int xenbus_printf(struct xenbus_transaction t, const char *dir, const char *node,
		  const char *fmt, ...) __printf(4, 5);
int xenbus_mkdir(struct xenbus_transaction t, const char *dir, const char *node);
int xenbus_rm(struct xenbus_transaction t, const char *dir, const char *node);
bool xenbus_exists(struct xenbus_transaction t, const char *dir, const char *node);
int xenbus_directory(struct xenbus_transaction t, const char *dir,
		     const char *node, char ***names, unsigned int *num);

/* One entry of a node's permission list (the first is its owner's). */
enum xenbus_perm {
	XENBUS_PERM_NONE = 0,
	XENBUS_PERM_READ = 1,
	XENBUS_PERM_WRITE = 2,
	XENBUS_PERM_BOTH = XENBUS_PERM_READ | XENBUS_PERM_WRITE,
};

struct xenbus_perm_entry {
	domid_t id;
	enum xenbus_perm perm;
};

int xenbus_get_perms(struct xenbus_transaction t, const char *dir,
		     const char *node, struct xenbus_perm_entry *perms,
		     unsigned int max, unsigned int *num);
int xenbus_set_perms(struct xenbus_transaction t, const char *dir,
		     const char *node, const struct xenbus_perm_entry *perms,
		     unsigned int num);

int xenbus_transaction_start(struct xenbus_transaction *t);
int xenbus_transaction_end(struct xenbus_transaction t, bool abort);
int xenbus_transaction_run(int (*body)(struct xenbus_transaction t, void *arg),
			   void *arg, unsigned int tries);

/**
 * struct xenbus_watch - a callback for changes under a path
 * @node: the path watched (it and everything below it)
 * @callback: runs from xenbus_run_watches() with the path that changed
 *	(relative when @node is) and the watch; once right after
 *	registration too, as xenstored fires every new watch
 * @token: private: the id xenstored echoes in events
 * @next: private: registered watches
 */
struct xenbus_watch {
	const char *node;
	void (*callback)(struct xenbus_watch *watch, const char *path);
	u32 token;
	struct xenbus_watch *next;
};

int register_xenbus_watch(struct xenbus_watch *watch);
int unregister_xenbus_watch(struct xenbus_watch *watch);
unsigned int xenbus_run_watches(void);
int xenbus_wait(bool (*done)(void *arg), void *arg, unsigned int timeout_ms);

/* ---- xenbus: frontend devices and their drivers ---- */

struct xenbus_driver;

/**
 * struct xenbus_device - one frontend, device/<type>/<id>
 * @type: the device type ("vbd", "vif", ...)
 * @nodename: our directory
 * @otherend: the backend's directory, from our "backend" node
 * @otherend_id: the backend's domain, from "backend-id"
 * @state: what we last published in @nodename/state
 * @driver: the driver that probed it
 * @drvdata: the driver's
 * @otherend_watch: fires on @otherend/state
 * @watch_path: private: the path @otherend_watch watches
 * @next: private: the bus's list
 */
struct xenbus_device {
	char type[32];
	char nodename[128];
	char otherend[128];
	domid_t otherend_id;
	enum xenbus_state state;
	struct xenbus_driver *driver;
	void *drvdata;
	struct xenbus_watch otherend_watch;
	char watch_path[136];
	struct xenbus_device *next;
};

/**
 * struct xenbus_driver - a frontend driver
 * @type: the device type it drives
 * @probe: a device of @type appeared; 0 to take it
 * @otherend_changed: the backend's state node changed (or was first read)
 * @remove: the device goes away
 * @next: private: registered drivers
 */
struct xenbus_driver {
	const char *type;
	int (*probe)(struct xenbus_device *dev);
	void (*otherend_changed)(struct xenbus_device *dev,
				 enum xenbus_state backend_state);
	void (*remove)(struct xenbus_device *dev);
	struct xenbus_driver *next;
};

int xenbus_register_frontend(struct xenbus_driver *drv);
void xenbus_unregister_driver(struct xenbus_driver *drv);
int xenbus_probe_devices(const char *root);
struct xenbus_device *xenbus_find_device(const char *nodename);

const char *xenbus_strstate(enum xenbus_state state);
enum xenbus_state xenbus_read_driver_state(const char *path);
int xenbus_switch_state(struct xenbus_device *dev, enum xenbus_state state);
int xenbus_read_otherend_details(struct xenbus_device *dev);
int xenbus_watch_otherend(struct xenbus_device *dev);
void xenbus_unwatch_otherend(struct xenbus_device *dev);
int xenbus_frontend_closed(struct xenbus_device *dev);
void xenbus_dev_error(struct xenbus_device *dev, int err, const char *what);

#endif /* _XEN_XENBUS_H */
