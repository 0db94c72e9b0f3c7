// SPDX-License-Identifier: GPL-2.0
/*
 * Event channel core: the EVTCHNOP_* calls, a handler per port, and the
 * upcall interrupt that dispatches to them through the ABI in use.
 *
 * Each vCPU takes its own upcall and handles the ports bound to it (all
 * start on vCPU 0; xen_evtchn_bind_vcpu() moves one).  The port table is
 * changed under evtchn_lock; the upcalls only read it, and a port's
 * handler is unbound only after every upcall that might be running it on
 * another CPU has finished.
 */
#define pr_fmt(fmt) "xen:events: " fmt

#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <xen/xen.h>
#include <asm/barrier.h>
#include <asm/xen/hypercall.h>
#include "events_internal.h"

const struct evtchn_ops *evtchn_ops;

struct evtchn_info {
	evtchn_handler_t handler;
	void *data;
	const char *name;
	unsigned long count;		/* events delivered to @handler */
	unsigned int cpu;		/* the CPU (vCPU) it is bound to */
	bool masked;			/* what the caller last asked for */
};

/*
 * Port -> info, in rows of a page allocated when a port in them is first
 * bound: the FIFO ABI names 2^17 ports, most of which are never used.
 */
#define EVTCHN_ROW_PORTS	(PAGE_SIZE / sizeof(struct evtchn_info *))
#define EVTCHN_NR_ROWS		(EVTCHN_FIFO_NR_CHANNELS / EVTCHN_ROW_PORTS)

static struct evtchn_info **evtchn_rows[EVTCHN_NR_ROWS];
static unsigned long evtchn_spurious;
static DEFINE_SPINLOCK(evtchn_lock);

static struct evtchn_info *evtchn_info(evtchn_port_t port)
{
	struct evtchn_info **row;

	if (port >= EVTCHN_FIFO_NR_CHANNELS)
		return NULL;
	row = evtchn_rows[port / EVTCHN_ROW_PORTS];
	return row ? row[port % EVTCHN_ROW_PORTS] : NULL;
}

static bool evtchn_port_valid(evtchn_port_t port)
{
	return evtchn_ops && port > 0 && port < evtchn_ops->max_channels();
}

/* Called by the ABI's scan for each event, already acknowledged. */
void xen_evtchn_handle_port(evtchn_port_t port)
{
	struct evtchn_info *info = evtchn_info(port);

	if (!info || !info->handler) {
		__atomic_fetch_add(&evtchn_spurious, 1, __ATOMIC_RELAXED);
		return;
	}
	__atomic_fetch_add(&info->count, 1, __ATOMIC_RELAXED);
	info->handler(port, info->data);
}

/**
 * xen_evtchn_do_upcall() - deliver every pending event
 *
 * The body of the upcall interrupt.  The pending flag is cleared before
 * the scan, so an event that arrives during it sets the flag again and
 * is picked up by the next round instead of being lost.
 */
void xen_evtchn_do_upcall(void)
{
	struct vcpu_info *vi = xen_this_vcpu();

	if (!vi || !evtchn_ops)
		return;
	do {
		WRITE_ONCE(vi->evtchn_upcall_pending, 0);
		smp_mb();
		evtchn_ops->handle_events();
		smp_mb();
	} while (READ_ONCE(vi->evtchn_upcall_pending));
}

static void xen_upcall_interrupt(unsigned int irq, void *dev)
{
	xen_evtchn_do_upcall();
}

void xen_evtchn_unmask_hypercall(evtchn_port_t port)
{
	struct evtchn_unmask unmask = { .port = port };

	/* Only fails for a port that is not ours; nothing to undo then. */
	HYPERVISOR_event_channel_op(EVTCHNOP_unmask, &unmask);
}

/**
 * xen_evtchn_mask() - stop @port from raising upcalls
 * @port: an event channel of this domain
 */
void xen_evtchn_mask(evtchn_port_t port)
{
	struct evtchn_info *info = evtchn_info(port);

	if (!evtchn_port_valid(port))
		return;
	if (info)
		info->masked = true;
	evtchn_ops->mask(port);
}

/**
 * xen_evtchn_unmask() - let @port raise upcalls again
 * @port: an event channel of this domain
 *
 * An event that arrived while the port was masked is delivered now.
 */
void xen_evtchn_unmask(evtchn_port_t port)
{
	struct evtchn_info *info = evtchn_info(port);

	if (!evtchn_port_valid(port))
		return;
	if (info)
		info->masked = false;
	evtchn_ops->unmask(port);
}

/**
 * xen_evtchn_is_pending() - has @port fired and not been handled?
 * @port: an event channel of this domain
 *
 * Return: the ABI's pending bit; false for a port out of range.
 */
bool xen_evtchn_is_pending(evtchn_port_t port)
{
	return evtchn_port_valid(port) && evtchn_ops->is_pending(port);
}

/**
 * xen_evtchn_is_masked() - is @port masked in shared memory?
 * @port: an event channel of this domain
 *
 * Return: the ABI's mask bit; true for a port out of range.
 */
bool xen_evtchn_is_masked(evtchn_port_t port)
{
	return !evtchn_port_valid(port) || evtchn_ops->is_masked(port);
}

/**
 * xen_evtchn_clear_pending() - drop an event without handling it
 * @port: an event channel of this domain
 */
void xen_evtchn_clear_pending(evtchn_port_t port)
{
	if (evtchn_port_valid(port))
		evtchn_ops->clear_pending(port);
}

/* A port Xen just gave us: make it usable and keep it quiet until bound. */
static int evtchn_new_port(evtchn_port_t port)
{
	int rc;

	if (!evtchn_port_valid(port))
		return -EINVAL;
	rc = evtchn_ops->setup(port);
	if (rc)
		return rc;
	evtchn_ops->mask(port);
	if (evtchn_ops->new_port)
		evtchn_ops->new_port(port);
	return 0;
}

static int evtchn_op_close(evtchn_port_t port)
{
	struct evtchn_close close = { .port = port };

	return (int)HYPERVISOR_event_channel_op(EVTCHNOP_close, &close);
}

/* Second half of every allocation: on failure give the port back. */
static int evtchn_finish_alloc(long rc, evtchn_port_t new_port, evtchn_port_t *port)
{
	if (rc < 0)
		return (int)rc;
	rc = evtchn_new_port(new_port);
	if (rc) {
		evtchn_op_close(new_port);
		return (int)rc;
	}
	*port = new_port;
	return 0;
}

/**
 * xen_evtchn_alloc_unbound() - open a port for another domain to bind
 * @remote_dom: the domain allowed to connect (DOMID_SELF for loopback)
 * @port: set to the new local port
 *
 * Return: 0, or -ENOSPC when this domain has no free port.
 */
int xen_evtchn_alloc_unbound(domid_t remote_dom, evtchn_port_t *port)
{
	struct evtchn_alloc_unbound op = { .dom = DOMID_SELF, .remote_dom = remote_dom };
	long rc;

	rc = HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &op);
	return evtchn_finish_alloc(rc, op.port, port);
}

/**
 * xen_evtchn_bind_interdomain() - connect to another domain's unbound port
 * @remote_dom: its domain (DOMID_SELF for loopback)
 * @remote_port: its port, from its xen_evtchn_alloc_unbound()
 * @port: set to the new local port
 *
 * Return: 0 or a negative errno.
 */
int xen_evtchn_bind_interdomain(domid_t remote_dom, evtchn_port_t remote_port,
				evtchn_port_t *port)
{
	struct evtchn_bind_interdomain op = {
		.remote_dom = remote_dom,
		.remote_port = remote_port,
	};
	long rc;

	rc = HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &op);
	return evtchn_finish_alloc(rc, op.local_port, port);
}

/**
 * xen_evtchn_bind_virq() - get a port for a virtual interrupt
 * @virq: VIRQ_*
 * @vcpu: the vCPU it is delivered to (0 here)
 * @port: set to the new local port
 *
 * Return: 0, or Xen's negative errno; a VIRQ already bound on @vcpu is
 * refused (-EEXIST from Xen 4.17 to 4.20, but the ABI names none).
 */
int xen_evtchn_bind_virq(unsigned int virq, unsigned int vcpu, evtchn_port_t *port)
{
	struct evtchn_bind_virq op = { .virq = virq, .vcpu = vcpu };
	long rc;

	rc = HYPERVISOR_event_channel_op(EVTCHNOP_bind_virq, &op);
	return evtchn_finish_alloc(rc, op.port, port);
}

/**
 * xen_evtchn_status() - ask Xen what @port is connected to
 * @port: an event channel of this domain
 * @status: filled in; @status->status is EVTCHNSTAT_*
 *
 * Return: 0 or a negative errno.
 */
int xen_evtchn_status(evtchn_port_t port, struct evtchn_status *status)
{
	*status = (struct evtchn_status){ .dom = DOMID_SELF, .port = port };
	return (int)HYPERVISOR_event_channel_op(EVTCHNOP_status, status);
}

/**
 * xen_evtchn_self_domid() - learn this domain's id without xenstore
 * @domid: set to it
 *
 * Xen records DOMID_SELF, as the remote end of an unbound port, under the
 * caller's real id, and EVTCHNOP_status reports that id back.  Costs one
 * port for the duration of the call.
 *
 * Return: 0 or a negative errno.
 */
int xen_evtchn_self_domid(domid_t *domid)
{
	struct evtchn_status st;
	evtchn_port_t port;
	int rc;

	rc = xen_evtchn_alloc_unbound(DOMID_SELF, &port);
	if (rc)
		return rc;
	rc = xen_evtchn_status(port, &st);
	if (!rc && st.status != EVTCHNSTAT_unbound)
		rc = -EIO;
	if (!rc)
		*domid = st.u.unbound.dom;
	xen_evtchn_close(port);
	return rc;
}

/**
 * notify_remote_via_evtchn() - raise an event on the far end of @port
 * @port: a bound local port
 *
 * Return: 0 or a negative errno.
 */
int notify_remote_via_evtchn(evtchn_port_t port)
{
	struct evtchn_send send = { .port = port };

	return (int)HYPERVISOR_event_channel_op(EVTCHNOP_send, &send);
}

/* Called with evtchn_lock held. */
static struct evtchn_info **evtchn_row_get(evtchn_port_t port)
{
	struct evtchn_info ***slot = &evtchn_rows[port / EVTCHN_ROW_PORTS];

	if (!*slot)
		smp_store_release(slot, kzalloc(PAGE_SIZE));
	return *slot;
}

/**
 * bind_evtchn_to_handler() - call @handler each time @port fires
 * @port: a port of this domain, from one of the allocation calls
 * @handler: runs in interrupt context, IRQs masked
 * @name: for diagnostics
 * @data: passed to @handler
 *
 * Unmasks the port, so an event already pending is delivered at once.
 *
 * Return: 0, -EINVAL for a bad port, -EBUSY when it has a handler,
 * -ENOMEM.
 */
int bind_evtchn_to_handler(evtchn_port_t port, evtchn_handler_t handler,
			   const char *name, void *data)
{
	struct evtchn_info **row, *info;
	unsigned long flags;
	int rc;

	if (!handler || !evtchn_port_valid(port))
		return -EINVAL;
	rc = evtchn_ops->setup(port);
	if (rc)
		return rc;
	info = kzalloc(sizeof(*info));
	if (!info)
		return -ENOMEM;
	info->handler = handler;
	info->data = data;
	info->name = name;

	spin_lock_irqsave(&evtchn_lock, flags);
	row = evtchn_row_get(port);
	if (!row || row[port % EVTCHN_ROW_PORTS]) {
		spin_unlock_irqrestore(&evtchn_lock, flags);
		kfree(info);
		return row ? -EBUSY : -ENOMEM;
	}
	smp_store_release(&row[port % EVTCHN_ROW_PORTS], info);
	spin_unlock_irqrestore(&evtchn_lock, flags);

	xen_evtchn_unmask(port);
	return 0;
}

static void evtchn_nothing(void *arg)
{
}

/**
 * xen_evtchn_bind_vcpu() - deliver @port's events to CPU @cpu from now on
 * @port: a port bound with bind_evtchn_to_handler()
 * @cpu: an online CPU
 *
 * Xen allows this for interdomain and unbound ports, and for global
 * VIRQs; a per-vCPU VIRQ or an IPI port stays where it was bound.
 *
 * Return: 0, -EINVAL, or Xen's negative errno.
 */
int xen_evtchn_bind_vcpu(evtchn_port_t port, unsigned int cpu)
{
	struct evtchn_info *info = evtchn_info(port);
	struct evtchn_bind_vcpu op = { .port = port, .vcpu = xen_vcpu_nr(cpu) };
	unsigned long flags;
	bool masked;
	long rc;

	if (!info || !cpu_online(cpu))
		return -EINVAL;
	spin_lock_irqsave(&evtchn_lock, flags);
	masked = info->masked;
	/* Masked while it moves: no upcall on either vCPU sees it half-way. */
	evtchn_ops->mask(port);
	rc = HYPERVISOR_event_channel_op(EVTCHNOP_bind_vcpu, &op);
	if (!rc) {
		if (evtchn_ops->bind_to_cpu)
			evtchn_ops->bind_to_cpu(port, info->cpu, cpu);
		WRITE_ONCE(info->cpu, cpu);
	}
	if (!masked)
		evtchn_ops->unmask(port);
	spin_unlock_irqrestore(&evtchn_lock, flags);
	return (int)rc;
}

/**
 * xen_evtchn_cpu() - the CPU @port's events are delivered to
 * @port: a port bound with bind_evtchn_to_handler()
 *
 * Return: the CPU number, or -EINVAL for a port without a handler.
 */
int xen_evtchn_cpu(evtchn_port_t port)
{
	struct evtchn_info *info = evtchn_info(port);

	return info ? (int)READ_ONCE(info->cpu) : -EINVAL;
}

/**
 * xen_evtchn_spurious() - events that found no handler, since boot
 *
 * An event is spurious when the scan finds a port pending and unmasked
 * that nobody bound: it is acknowledged and dropped.  Nothing the kernel
 * does should cause one, so the suites assert this stays 0.
 *
 * Return: the count.
 */
unsigned long xen_evtchn_spurious(void)
{
	return READ_ONCE(evtchn_spurious);
}

/**
 * xen_evtchn_cpu_online() - CPU @cpu's share of the event ABI in use
 * @cpu: the calling CPU, coming online
 */
void xen_evtchn_cpu_online(unsigned int cpu)
{
	if (evtchn_ops && evtchn_ops->cpu_online && evtchn_ops->cpu_online(cpu))
		pr_err("CPU%u: no event queues\n", cpu);
}

/**
 * unbind_evtchn_from_handler() - mask @port and forget its handler
 * @port: a port bound with bind_evtchn_to_handler()
 *
 * The port itself stays open; see xen_evtchn_close().
 */
void unbind_evtchn_from_handler(evtchn_port_t port)
{
	struct evtchn_info *info = evtchn_info(port);
	unsigned long flags;

	if (!info)
		return;
	xen_evtchn_mask(port);
	/*
	 * Another CPU's upcall may have seen the port unmasked and be about
	 * to run, or be running, the handler.  Interrupts are masked there
	 * while it does, so once that CPU has taken an IPI it is done.
	 */
	if (info->cpu != smp_processor_id() && cpu_online(info->cpu))
		smp_call_function_single(info->cpu, evtchn_nothing, NULL);
	spin_lock_irqsave(&evtchn_lock, flags);
	evtchn_rows[port / EVTCHN_ROW_PORTS][port % EVTCHN_ROW_PORTS] = NULL;
	spin_unlock_irqrestore(&evtchn_lock, flags);
	kfree(info);
}

/**
 * xen_evtchn_close() - close @port, unbinding its handler first
 * @port: a port of this domain
 *
 * Return: 0 or a negative errno (-EINVAL for a port not in use).
 */
int xen_evtchn_close(evtchn_port_t port)
{
	unbind_evtchn_from_handler(port);
	return evtchn_op_close(port);
}

/**
 * bind_virq_to_handler() - bind @virq on vCPU 0 and attach @handler
 * @virq: VIRQ_*
 * @handler: as for bind_evtchn_to_handler()
 * @name: for diagnostics
 * @data: passed to @handler
 *
 * Return: the port (positive), or a negative errno.
 */
int bind_virq_to_handler(unsigned int virq, evtchn_handler_t handler,
			 const char *name, void *data)
{
	evtchn_port_t port;
	int rc;

	rc = xen_evtchn_bind_virq(virq, 0, &port);
	if (rc)
		return rc;
	rc = bind_evtchn_to_handler(port, handler, name, data);
	if (rc) {
		evtchn_op_close(port);
		return rc;
	}
	return (int)port;
}

/**
 * unbind_and_close_evtchn() - undo bind_virq_to_handler() and friends
 * @port: the port they returned
 *
 * Return: 0 or a negative errno.
 */
int unbind_and_close_evtchn(evtchn_port_t port)
{
	return xen_evtchn_close(port);
}

/**
 * xen_evtchn_count() - events delivered to @port's handler since binding
 * @port: a port of this domain
 *
 * Return: the count, 0 for an unbound port.
 */
unsigned long xen_evtchn_count(evtchn_port_t port)
{
	struct evtchn_info *info = evtchn_info(port);

	return info ? READ_ONCE(info->count) : 0;
}

/**
 * xen_evtchn_abi_name() - the event channel ABI in use
 *
 * Return: "2-level", "FIFO", or "none" before xen_init_events().
 */
const char *xen_evtchn_abi_name(void)
{
	return evtchn_ops ? evtchn_ops->name : "none";
}

/**
 * xen_evtchn_max_channels() - ports the ABI in use can name
 *
 * Return: 4096 (2-level), 131072 (FIFO), 0 before xen_init_events().
 */
unsigned int xen_evtchn_max_channels(void)
{
	return evtchn_ops ? evtchn_ops->max_channels() : 0;
}

/* After an ABI switch: every bound port gets its mask state back. */
void xen_evtchn_resync_masks(void)
{
	struct evtchn_info *info;
	evtchn_port_t port;

	for (port = 1; port < evtchn_ops->max_channels(); port++) {
		if (!evtchn_rows[port / EVTCHN_ROW_PORTS]) {
			port += EVTCHN_ROW_PORTS - 1 - port % EVTCHN_ROW_PORTS;
			continue;
		}
		info = evtchn_info(port);
		if (!info || evtchn_ops->setup(port))
			continue;
		if (info->masked)
			evtchn_ops->mask(port);
		else
			evtchn_ops->unmask(port);
	}
}

/**
 * xen_evtchn_fifo_switch() - move from the 2-level to the FIFO ABI
 *
 * Bound ports keep their handlers and mask state.  There is no way back
 * short of EVTCHNOP_reset, which closes every port.
 *
 * Return: 0 (also when FIFO is already in use), -EOPNOTSUPP when it is
 * not built in, or Xen's error.
 */
int xen_evtchn_fifo_switch(void)
{
	unsigned long flags;
	int rc;

	if (!IS_ENABLED(CONFIG_XEN_EVTCHN_FIFO))
		return -EOPNOTSUPP;
	if (!evtchn_ops)
		return -ENODEV;
	local_irq_save(flags);
	rc = xen_evtchn_fifo_init();
	if (!rc)
		xen_evtchn_resync_masks();
	local_irq_restore(flags);
	if (!rc)
		pr_info("switched to the %s ABI\n", evtchn_ops->name);
	return rc;
}

/**
 * xen_init_events() - choose an ABI and take the upcall interrupt
 * @irq: the GIC INTID from the device tree
 *
 * The KTAP build stays on the 2-level ABI so that its suites exercise
 * both: the FIFO suite switches over itself.
 *
 * Return: 0 or a negative errno.
 */
int xen_init_events(unsigned int irq)
{
	unsigned long flags;
	int rc;

	rc = xen_evtchn_2l_init();
	if (rc)
		return rc;
	if (IS_ENABLED(CONFIG_XEN_EVTCHN_FIFO) && !IS_ENABLED(CONFIG_KTAP) &&
	    xen_evtchn_fifo_init())
		pr_warn("FIFO ABI unavailable, staying on 2-level\n");

	rc = request_irq(irq, xen_upcall_interrupt, "xen-events", NULL);
	if (rc) {
		pr_err("cannot take the upcall interrupt %u: %d\n", irq, rc);
		return rc;
	}
	/*
	 * Registering vcpu_info left evtchn_upcall_pending set, and Xen only
	 * injects the interrupt when that flag goes from 0 to 1.  If the
	 * injection it made then was lost (the GIC was being set up), no
	 * event would ever interrupt us again: drain once by hand.
	 */
	local_irq_save(flags);
	xen_evtchn_do_upcall();
	local_irq_restore(flags);
	pr_info("using the %s ABI (%u ports), upcall on INTID %u\n",
		evtchn_ops->name, evtchn_ops->max_channels(), irq);
	return 0;
}
