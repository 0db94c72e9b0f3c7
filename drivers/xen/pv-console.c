// SPDX-License-Identifier: GPL-2.0
/*
 * PV console ring (domU).  The copying, and the checks that keep a
 * backend scribbling on the shared page from sending us past the arrays,
 * are the byte ring's (drivers/xen/byte-ring.c), shared with xenstore.
 */
#define pr_fmt(fmt) "xen:console: " fmt

#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <xen/xen.h>
#include <xen/byte-ring.h>
#include <xen/events.h>
#include <xen/hvc-console.h>
#include <xen/hvm.h>

/*
 * Times to give the CPU back to Xen waiting for the backend to drain a full
 * ring before dropping output.  xenconsoled may share our physical CPU, so
 * spinning alone would only delay it.
 */
#define CONSOLE_FULL_RETRIES	20000

static struct xencons_interface *cons_intf;
static evtchn_port_t cons_port;

/*
 * One user of the ring at a time, from any CPU or an interrupt
 * handler: a write that an interrupt handler's write lands inside would
 * publish an out_prod behind the one the handler published, which moves
 * the index backwards as far as xenconsoled can tell.
 */
static DEFINE_SPINLOCK(ring_lock);

/**
 * xen_pv_console_write() - put as much of @s as fits into the output ring
 * @s: bytes to send
 * @len: how many
 *
 * Return: bytes queued (0 when the ring is full), or -EIO when the
 * backend's counter makes no sense, -ENODEV without a ring.
 */
int xen_pv_console_write(const char *s, unsigned int len)
{
	struct xencons_interface *intf = cons_intf;
	struct xen_byte_ring out;
	unsigned long flags;
	int sent;

	if (!intf)
		return -ENODEV;
	out = (struct xen_byte_ring){
		.buf = intf->out, .size = sizeof(intf->out),
		.cons = &intf->out_cons, .prod = &intf->out_prod,
	};
	spin_lock_irqsave(&ring_lock, flags);
	sent = xen_byte_ring_put(&out, s, len);
	spin_unlock_irqrestore(&ring_lock, flags);
	if (sent > 0)
		notify_remote_via_evtchn(cons_port);
	return sent;
}

/**
 * xen_pv_console_read() - take input the backend put into the ring
 * @buf: where to copy it
 * @len: room in @buf
 *
 * Return: bytes read, or -EIO / -ENODEV as for xen_pv_console_write().
 */
int xen_pv_console_read(char *buf, unsigned int len)
{
	struct xencons_interface *intf = cons_intf;
	struct xen_byte_ring in;
	unsigned long flags;
	int got;

	if (!intf)
		return -ENODEV;
	in = (struct xen_byte_ring){
		.buf = intf->in, .size = sizeof(intf->in),
		.cons = &intf->in_cons, .prod = &intf->in_prod,
	};
	spin_lock_irqsave(&ring_lock, flags);
	got = xen_byte_ring_get(&in, buf, len);
	spin_unlock_irqrestore(&ring_lock, flags);
	if (got > 0)
		notify_remote_via_evtchn(cons_port);
	return got;
}

/* The backend consumed output or produced input: nothing waits on it yet. */
static void xen_pv_console_event(evtchn_port_t port, void *data)
{
}

static void xen_pv_console_con_write(struct console *con, const char *s, unsigned int len)
{
	unsigned int tries = 0;
	int n;

	while (len && tries < CONSOLE_FULL_RETRIES) {
		n = xen_pv_console_write(s, len);
		if (n < 0)
			return;
		if (!n) {
			tries++;
			xen_sched_yield();
			continue;
		}
		s += n;
		len -= (unsigned int)n;
		tries = 0;
	}
}

static struct console xen_pv_console = {
	.name = "xen-pv-console",
	.write = xen_pv_console_con_write,
};

/**
 * xen_pv_console_attach() - drive the ring at @intf, signalled over @port
 * @intf: the shared page
 * @port: bound local event channel to the backend
 *
 * Return: 0, -EBUSY when a ring is attached, or a binding error.
 */
int xen_pv_console_attach(struct xencons_interface *intf, evtchn_port_t port)
{
	int rc;

	if (cons_intf)
		return -EBUSY;
	rc = bind_evtchn_to_handler(port, xen_pv_console_event, "xen-console", NULL);
	if (rc)
		return rc;
	cons_port = port;
	cons_intf = intf;
	return 0;
}

/**
 * xen_pv_console_ring() - the ring in use, for tests that check it
 * @port: set to its event channel
 *
 * Return: the shared page, or NULL when no ring is attached.
 */
struct xencons_interface *xen_pv_console_ring(evtchn_port_t *port)
{
	*port = cons_port;
	return cons_intf;
}

/**
 * xen_pv_console_detach() - stop using the ring (the port stays open)
 */
void xen_pv_console_detach(void)
{
	if (!cons_intf)
		return;
	unbind_evtchn_from_handler(cons_port);
	cons_intf = NULL;
}

/**
 * xen_pv_console_init() - find the toolstack's console ring and use it
 *
 * Return: 0, -ENODEV when the toolstack set none up, or another errno.
 */
int xen_pv_console_init(void)
{
	u64 pfn = 0, evtchn = 0;
	void *ring;
	int rc;

	rc = xen_hvm_get_param(HVM_PARAM_CONSOLE_PFN, &pfn);
	if (!rc)
		rc = xen_hvm_get_param(HVM_PARAM_CONSOLE_EVTCHN, &evtchn);
	if (rc)
		return rc;
	if (!pfn || !evtchn)
		return -ENODEV;
	/* The ring sits in the toolstack's magic region, outside RAM. */
	ring = memremap_wb((phys_addr_t)(pfn << PAGE_SHIFT), PAGE_SIZE);
	if (!ring)
		return -ENOMEM;
	rc = xen_pv_console_attach(ring, (evtchn_port_t)evtchn);
	if (rc)
		return rc;
	register_console(&xen_pv_console);
	pr_info("PV console on frame %#llx, event channel %llu\n",
		(unsigned long long)pfn, (unsigned long long)evtchn);
	return 0;
}
