// SPDX-License-Identifier: GPL-2.0
/*
 * The store operations of include/xen/xenbus.h on the connection to the
 * real xenstored: build each request's payload, check the reply's shape.
 */
#define pr_fmt(fmt) "xen:xenbus: " fmt

#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/xen.h>
#include "xenbus.h"

/* Times xenbus_transaction_run() tries when the caller gives 0. */
#define XS_TRANSACTION_TRIES	10

/* "DIR/NODE", or DIR when NODE is empty; kfree() it. */
static char *xs_join(const char *dir, const char *node)
{
	size_t dlen = strlen(dir), nlen = strlen(node);
	char *path;

	if (dlen + 1 + nlen > XENSTORE_ABS_PATH_MAX)
		return NULL;
	path = kzalloc(dlen + nlen + 2);
	if (!path)
		return NULL;
	memcpy(path, dir, dlen);
	if (nlen) {
		path[dlen] = '/';
		memcpy(path + dlen + 1, node, nlen);
	}
	return path;
}

static int xs_conn_ready(void)
{
	return xenbus_available() ? 0 : -ENODEV;
}

/*
 * A request whose payload is the path, and optionally more after it.  With
 * @body NULL the reply must be "OK"; otherwise it is returned.
 */
static int xs_path_op(struct xenbus_transaction t, u32 type, const char *dir,
		      const char *node, const struct xs_iov *more,
		      char **body, unsigned int *len)
{
	unsigned int n = more ? 2 : 1;
	struct xs_iov iov[2];
	char *path;
	int rc = xs_conn_ready();

	if (rc)
		return rc;
	path = xs_join(dir, node);
	if (!path)
		return -E2BIG;
	iov[0] = (struct xs_iov){ path, strlen(path) + 1 };
	if (more)
		iov[1] = *more;
	if (body)
		rc = xs_talk(&xs_main, t.id, type, iov, n, body, len);
	else
		rc = xs_talk_ok(&xs_main, t.id, type, iov, n);
	kfree(path);
	return rc;
}

static int xs_path_op_ok(struct xenbus_transaction t, u32 type, const char *dir,
			 const char *node, const struct xs_iov *more)
{
	return xs_path_op(t, type, dir, node, more, NULL, NULL);
}

/**
 * xenbus_read() - a node's value
 * @t: transaction, or XBT_NIL
 * @dir: directory
 * @node: node in it ("" for @dir itself)
 * @value: set to the value with a NUL added; kfree() it
 * @len: set to its length; may be NULL
 *
 * Return: 0, or a negative errno (-ENOENT: no such node, -EACCES: not
 * ours to read, -ENODEV: no xenstore).
 */
int xenbus_read(struct xenbus_transaction t, const char *dir, const char *node,
		char **value, unsigned int *len)
{
	return xs_path_op(t, XS_READ, dir, node, NULL, value, len);
}

/**
 * xenbus_read_buf() - a node's value, into a buffer
 * @t: transaction, or XBT_NIL
 * @dir: directory
 * @node: node in it
 * @buf: where to put it, NUL-terminated
 * @size: room at @buf
 *
 * Return: the value's length, -ERANGE when it does not fit, or as
 * xenbus_read().
 */
int xenbus_read_buf(struct xenbus_transaction t, const char *dir,
		    const char *node, char *buf, size_t size)
{
	unsigned int len;
	char *value;
	int rc;

	rc = xenbus_read(t, dir, node, &value, &len);
	if (rc)
		return rc;
	if (len >= size) {
		rc = -ERANGE;
	} else {
		memcpy(buf, value, len + 1);
		rc = (int)len;
	}
	kfree(value);
	return rc;
}

/**
 * xenbus_read_unsigned() - a node holding a decimal number
 * @dir: directory
 * @node: node in it
 * @default_val: returned when the node is missing or not a number
 *
 * Return: the number, or @default_val.
 */
unsigned int xenbus_read_unsigned(const char *dir, const char *node,
				  unsigned int default_val)
{
	char buf[16], *end;
	unsigned long val;

	if (xenbus_read_buf(XBT_NIL, dir, node, buf, sizeof(buf)) <= 0)
		return default_val;
	val = strtoul(buf, &end, 10);
	return *end || end == buf ? default_val : (unsigned int)val;
}

/**
 * xenbus_write() - set a node's value, creating it and its parents
 * @t: transaction, or XBT_NIL
 * @dir: directory
 * @node: node in it
 * @value: a string; stored without its NUL
 *
 * Return: 0 or a negative errno.
 */
int xenbus_write(struct xenbus_transaction t, const char *dir, const char *node,
		 const char *value)
{
	struct xs_iov v = { value, strlen(value) };

	return xs_path_op_ok(t, XS_WRITE, dir, node, &v);
}

/**
 * xenbus_printf() - xenbus_write() of a formatted value
 * @t: transaction, or XBT_NIL
 * @dir: directory
 * @node: node in it
 * @fmt: printf format
 *
 * Return: 0 or a negative errno (-E2BIG when the value is too long).
 */
int xenbus_printf(struct xenbus_transaction t, const char *dir, const char *node,
		  const char *fmt, ...)
{
	char buf[128];
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (n < 0 || (size_t)n >= sizeof(buf))
		return -E2BIG;
	return xenbus_write(t, dir, node, buf);
}

/**
 * xenbus_mkdir() - create a node with an empty value
 * @t: transaction, or XBT_NIL
 * @dir: directory
 * @node: node in it
 *
 * Return: 0 (also when it exists) or a negative errno.
 */
int xenbus_mkdir(struct xenbus_transaction t, const char *dir, const char *node)
{
	return xs_path_op_ok(t, XS_MKDIR, dir, node, NULL);
}

/**
 * xenbus_rm() - remove a node and everything below it
 * @t: transaction, or XBT_NIL
 * @dir: directory
 * @node: node in it
 *
 * Return: 0 or a negative errno (-ENOENT when it did not exist).
 */
int xenbus_rm(struct xenbus_transaction t, const char *dir, const char *node)
{
	return xs_path_op_ok(t, XS_RM, dir, node, NULL);
}

/**
 * xenbus_exists() - can the node be read?
 * @t: transaction, or XBT_NIL
 * @dir: directory
 * @node: node in it
 *
 * Return: true when a read of it succeeds.
 */
bool xenbus_exists(struct xenbus_transaction t, const char *dir, const char *node)
{
	char *value;

	if (xenbus_read(t, dir, node, &value, NULL))
		return false;
	kfree(value);
	return true;
}

/* Split a "NAME\0NAME\0" payload into an array in the same allocation. */
static char **xs_split(char *body, unsigned int len, unsigned int num)
{
	char **names, *p;
	unsigned int i;

	names = kzalloc((num + 1) * sizeof(*names) + len + 1);
	if (!names)
		return NULL;
	p = (char *)(names + num + 1);
	memcpy(p, body, len);
	for (i = 0; i < num; i++) {
		names[i] = p;
		p += strlen(p) + 1;
	}
	return names;
}

/**
 * xenbus_directory() - the names of a node's children
 * @t: transaction, or XBT_NIL
 * @dir: directory
 * @node: node in it
 * @names: set to an array of @num names, NULL after the last; one
 *	allocation, kfree(*names) frees all of it
 * @num: set to the count
 *
 * Return: 0, -EIO for a malformed reply, or as xenbus_read().
 */
int xenbus_directory(struct xenbus_transaction t, const char *dir,
		     const char *node, char ***names, unsigned int *num)
{
	unsigned int len;
	char *body;
	int rc, n;

	rc = xs_path_op(t, XS_DIRECTORY, dir, node, NULL, &body, &len);
	if (rc)
		return rc;
	n = xs_count_strings(body, len);
	rc = n < 0 ? n : 0;
	if (!rc) {
		*names = xs_split(body, len, (unsigned int)n);
		*num = (unsigned int)n;
		if (!*names)
			rc = -ENOMEM;
	}
	kfree(body);
	return rc;
}

static const char xs_perm_chars[] = {
	[XENBUS_PERM_NONE] = XS_PERM_CHAR_NONE,
	[XENBUS_PERM_READ] = XS_PERM_CHAR_READ,
	[XENBUS_PERM_WRITE] = XS_PERM_CHAR_WRITE,
	[XENBUS_PERM_BOTH] = XS_PERM_CHAR_BOTH,
};

/**
 * xs_parse_perm() - decode one permission string, e.g. "r5"
 * @s: the string
 * @perm: set to what it says
 *
 * Return: 0, or -EIO when it is not a letter and a domain id.
 */
int xs_parse_perm(const char *s, struct xenbus_perm_entry *perm)
{
	unsigned long id;
	unsigned int i;
	char *end;

	for (i = 0; i < ARRAY_SIZE(xs_perm_chars); i++)
		if (s[0] == xs_perm_chars[i])
			break;
	if (i == ARRAY_SIZE(xs_perm_chars) || s[1] < '0' || s[1] > '9')
		return -EIO;
	id = strtoul(s + 1, &end, 10);
	if (*end || id > 0xffff)
		return -EIO;
	perm->perm = (enum xenbus_perm)i;
	perm->id = (domid_t)id;
	return 0;
}

static int xs_parse_perms(const char *body, unsigned int len,
			  struct xenbus_perm_entry *perms, unsigned int max,
			  unsigned int *num)
{
	int n = xs_count_strings(body, len), i, rc;

	if (n <= 0)
		return -EIO;
	if ((unsigned int)n > max)
		return -ERANGE;
	for (i = 0; i < n; i++) {
		rc = xs_parse_perm(body, &perms[i]);
		if (rc)
			return rc;
		body += strlen(body) + 1;
	}
	*num = (unsigned int)n;
	return 0;
}

/**
 * xenbus_get_perms() - a node's permission list
 * @t: transaction, or XBT_NIL
 * @dir: directory
 * @node: node in it
 * @perms: filled in, owner first
 * @max: room in @perms
 * @num: set to the number of entries
 *
 * Return: 0, -ERANGE when more than @max, -EIO when malformed, or as
 * xenbus_read().
 */
int xenbus_get_perms(struct xenbus_transaction t, const char *dir,
		     const char *node, struct xenbus_perm_entry *perms,
		     unsigned int max, unsigned int *num)
{
	unsigned int len;
	char *body;
	int rc;

	rc = xs_path_op(t, XS_GET_PERMS, dir, node, NULL, &body, &len);
	if (rc)
		return rc;
	rc = xs_parse_perms(body, len, perms, max, num);
	kfree(body);
	return rc;
}

/**
 * xenbus_set_perms() - replace a node's permission list
 * @t: transaction, or XBT_NIL
 * @dir: directory
 * @node: node in it
 * @perms: the new list, owner first
 * @num: its length (at least 1)
 *
 * Return: 0 or a negative errno (-EPERM unless we own the node).
 */
int xenbus_set_perms(struct xenbus_transaction t, const char *dir,
		     const char *node, const struct xenbus_perm_entry *perms,
		     unsigned int num)
{
	struct xs_iov more;
	unsigned int i, len = 0;
	char *buf;
	int rc;

	if (!num || num > 64)
		return -EINVAL;
	buf = kzalloc(num * 8);
	if (!buf)
		return -ENOMEM;
	for (i = 0; i < num; i++) {
		if (perms[i].perm > XENBUS_PERM_BOTH) {
			kfree(buf);
			return -EINVAL;
		}
		/* One letter, up to five digits and the NUL. */
		len += (unsigned int)snprintf(buf + len, 8, "%c%u",
					      xs_perm_chars[perms[i].perm], perms[i].id) + 1;
	}
	more = (struct xs_iov){ buf, len };
	rc = xs_path_op_ok(t, XS_SET_PERMS, dir, node, &more);
	kfree(buf);
	return rc;
}

/**
 * xenbus_transaction_start() - open a transaction
 * @t: set to it
 *
 * Return: 0 or a negative errno.
 */
int xenbus_transaction_start(struct xenbus_transaction *t)
{
	struct xs_iov none = { "", 1 };
	unsigned long id;
	unsigned int len;
	char *body, *end;
	int rc = xs_conn_ready();

	if (rc)
		return rc;
	rc = xs_talk(&xs_main, 0, XS_TRANSACTION_START, &none, 1, &body, &len);
	if (rc)
		return rc;
	id = strtoul(body, &end, 10);
	if (end == body || *end || !id || id > 0xffffffffUL)
		rc = -EIO;
	else
		t->id = (u32)id;
	kfree(body);
	return rc;
}

/**
 * xenbus_transaction_end() - commit or abort a transaction
 * @t: from xenbus_transaction_start()
 * @abort: throw its changes away
 *
 * Return: 0; -EAGAIN when a commit lost a race with another change and
 * should be tried again from the start; or another negative errno.
 */
int xenbus_transaction_end(struct xenbus_transaction t, bool abort)
{
	struct xs_iov how = { abort ? "F" : "T", 2 };
	int rc = xs_conn_ready();

	return rc ? rc : xs_talk_ok(&xs_main, t.id, XS_TRANSACTION_END, &how, 1);
}

/**
 * xenbus_transaction_run() - run @body in a transaction until it commits
 * @body: the reads and writes; a non-zero return aborts
 * @arg: passed to @body
 * @tries: attempts before giving up with -EAGAIN (0: a default)
 *
 * Return: 0 once committed, @body's error, or the commit's.
 */
int xenbus_transaction_run(int (*body)(struct xenbus_transaction t, void *arg),
			   void *arg, unsigned int tries)
{
	struct xenbus_transaction t;
	int rc = -EAGAIN;

	if (!tries)
		tries = XS_TRANSACTION_TRIES;
	while (tries-- && rc == -EAGAIN) {
		rc = xenbus_transaction_start(&t);
		if (rc)
			return rc;
		rc = body(t, arg);
		if (rc) {
			xenbus_transaction_end(t, true);
			return rc;
		}
		rc = xenbus_transaction_end(t, false);
	}
	return rc;
}

/**
 * register_xenbus_watch() - call @watch->callback on changes to @watch->node
 * @watch: node and callback set; must stay valid until unregistered
 *
 * Return: 0 or a negative errno.
 */
int register_xenbus_watch(struct xenbus_watch *watch)
{
	int rc = xs_conn_ready();

	return rc ? rc : xs_conn_register_watch(&xs_main, watch);
}

/**
 * unregister_xenbus_watch() - stop a watch; no callback runs after this
 * @watch: a registered watch; not from its own callback
 *
 * Return: 0, or xenstored's error for XS_UNWATCH (the watch is removed
 * here all the same), -EBUSY when its callback would not finish.
 */
int unregister_xenbus_watch(struct xenbus_watch *watch)
{
	int rc = xs_conn_ready();

	return rc ? rc : xs_conn_unregister_watch(&xs_main, watch);
}

/**
 * xenbus_run_watches() - run the callbacks of the watch events received
 *
 * Return: how many ran.
 */
unsigned int xenbus_run_watches(void)
{
	return xenbus_available() ? xs_conn_run_watches(&xs_main) : 0;
}

/**
 * xenbus_wait() - run watch callbacks until @done says so
 * @done: checked after each round of callbacks
 * @arg: passed to @done
 * @timeout_ms: the bound
 *
 * Return: 0, or -ETIMEDOUT.
 */
int xenbus_wait(bool (*done)(void *arg), void *arg, unsigned int timeout_ms)
{
	u64 deadline = deadline_in_ms(timeout_ms);

	for (;;) {
		xenbus_run_watches();
		if (done(arg))
			return 0;
		if (deadline_passed(deadline))
			return -ETIMEDOUT;
		xb_idle(deadline);
	}
}
