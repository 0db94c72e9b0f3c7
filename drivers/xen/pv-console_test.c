// SPDX-License-Identifier: GPL-2.0
/*
 * The PV console ring driver.  In dom0, which has no ring of its own, it
 * runs against a ring page of ours with a loopback event channel standing
 * in for xenconsoled: the test plays the backend, so it can also misbehave
 * like a broken one.  In a domU the driver carries the kernel's console
 * on the toolstack's ring, and the test checks that ring and that the
 * real xenconsoled drains it.
 */
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/events.h>
#include <xen/hvc-console.h>
#include <xen/hvm.h>
#include "xen_test.h"

/* xl's console backend, unless a configuration names another domain. */
#define CONSOLE_BACKEND_DOMID	0
/* Milliseconds xenconsoled gets to empty the ring. */
#define DRAIN_WAIT_MS		5000

struct fake_backend {
	struct xencons_interface *intf;
	evtchn_port_t back, front;
	struct evtchn_probe probe;
};

static bool backend_start(struct ktap_test *t, struct fake_backend *be)
{
	memset(be, 0, sizeof(*be));
	if (!xen_initial_domain()) {
		ktap_skip(t, "not dom0: the ring driver carries the console");
		return false;
	}
	be->intf = alloc_page();
	if (!ktap_expect(t, be->intf != NULL))
		return false;
	if (!ktap_expect_eq(t, evtchn_loopback_pair(&be->back, &be->front), 0))
		goto out_free;
	if (!ktap_expect_eq(t, bind_evtchn_to_handler(be->back, evtchn_probe_handler,
						      "fake-xenconsoled", &be->probe), 0) ||
	    !ktap_expect_eq(t, xen_pv_console_attach(be->intf, be->front), 0))
		goto out_close;
	return true;
out_close:
	xen_evtchn_close(be->front);
	xen_evtchn_close(be->back);
out_free:
	free_page(be->intf);
	return false;
}

static void backend_stop(struct fake_backend *be)
{
	xen_pv_console_detach();
	xen_evtchn_close(be->front);
	xen_evtchn_close(be->back);
	free_page(be->intf);
}

/* Output lands in the ring, the counter covers it, the backend is told. */
static void write_reaches_ring(struct ktap_test *t)
{
	struct fake_backend be;

	if (!backend_start(t, &be))
		return;
	ktap_expect_eq(t, xen_pv_console_write("hello", 5), 5);
	ktap_expect_eq(t, be.intf->out_prod, 5);
	ktap_expect(t, !memcmp(be.intf->out, "hello", 5));
	ktap_expect(t, evtchn_probe_wait(&be.probe, 1));
	ktap_expect_eq(t, be.probe.last_port, be.back);
	ktap_expect_eq(t, xen_pv_console_attach(be.intf, be.front), -EBUSY);
	backend_stop(&be);
}

/* A full ring takes nothing more until the backend consumes. */
static void full_ring_and_wrap(struct ktap_test *t)
{
	static char big[3000];
	struct fake_backend be;
	unsigned int i;

	if (!backend_start(t, &be))
		return;
	for (i = 0; i < sizeof(big); i++)
		big[i] = (char)('a' + i % 26);
	ktap_expect_eq(t, xen_pv_console_write(big, sizeof(big)), sizeof(be.intf->out));
	ktap_expect_eq(t, xen_pv_console_write("x", 1), 0);
	/* The backend consumes 10 bytes: exactly 10 fit, wrapping to slot 0. */
	be.intf->out_cons = 10;
	ktap_expect_eq(t, xen_pv_console_write("0123456789AB", 12), 10);
	ktap_expect_eq(t, be.intf->out_prod, sizeof(be.intf->out) + 10);
	ktap_expect(t, !memcmp(be.intf->out, "0123456789", 10));
	ktap_expect_eq(t, be.intf->out[10], big[10]);
	backend_stop(&be);
}

/* The counters are free-running 32-bit values: crossing 2^32 is normal. */
static void counters_wrap_at_2_32(struct ktap_test *t)
{
	struct fake_backend be;
	unsigned int last = sizeof(be.intf->out) - 1;

	if (!backend_start(t, &be))
		return;
	be.intf->out_cons = be.intf->out_prod = 0xfffffffeU;
	ktap_expect_eq(t, xen_pv_console_write("wxyz", 4), 4);
	ktap_expect_eq(t, be.intf->out_prod, 2);
	ktap_expect_eq(t, be.intf->out[last - 1], 'w');
	ktap_expect_eq(t, be.intf->out[last], 'x');
	ktap_expect_eq(t, be.intf->out[0], 'y');
	ktap_expect_eq(t, be.intf->out[1], 'z');
	backend_stop(&be);
}

/* A backend claiming more than a ring's worth gets -EIO, not an overrun. */
static void corrupt_counters_refused(struct ktap_test *t)
{
	struct fake_backend be;
	char buf[8];

	if (!backend_start(t, &be))
		return;
	be.intf->out_cons = 5000;
	ktap_expect_eq(t, xen_pv_console_write("oops", 4), -EIO);
	ktap_expect_eq(t, be.intf->out_prod, 0);
	be.intf->in_prod = 3000;
	ktap_expect_eq(t, xen_pv_console_read(buf, sizeof(buf)), -EIO);
	ktap_expect_eq(t, be.intf->in_cons, 0);
	backend_stop(&be);
}

/* Input the backend produced is read once and its slots handed back. */
static void input_read_once(struct ktap_test *t)
{
	struct fake_backend be;
	char buf[8] = "";

	if (!backend_start(t, &be))
		return;
	be.intf->in_cons = be.intf->in_prod = sizeof(be.intf->in) - 1;
	be.intf->in[sizeof(be.intf->in) - 1] = 'x';
	be.intf->in[0] = 'y';
	be.intf->in[1] = 'z';
	be.intf->in_prod += 3;
	ktap_expect_eq(t, xen_pv_console_read(buf, 2), 2);
	ktap_expect_eq(t, xen_pv_console_read(buf + 2, sizeof(buf) - 2), 1);
	ktap_expect(t, !memcmp(buf, "xyz", 3));
	ktap_expect_eq(t, be.intf->in_cons, be.intf->in_prod);
	ktap_expect_eq(t, xen_pv_console_read(buf, sizeof(buf)), 0);
	backend_stop(&be);
	ktap_expect_eq(t, xen_pv_console_read(buf, sizeof(buf)), -ENODEV);
}

/* The toolstack's ring, which only a domU has. */
static struct xencons_interface *real_ring(struct ktap_test *t, evtchn_port_t *port)
{
	struct xencons_interface *intf;

	if (xen_initial_domain()) {
		ktap_skip(t, "dom0 has no PV console ring");
		return NULL;
	}
	intf = xen_pv_console_ring(port);
	ktap_expect(t, intf != NULL);
	return intf;
}

/* The driver uses the page and port the toolstack named, bound to the backend. */
static void ring_is_the_toolstacks(struct ktap_test *t)
{
	struct xencons_interface *intf;
	struct evtchn_status st;
	evtchn_port_t port;
	u64 pfn = 0, evtchn = 0;

	intf = real_ring(t, &port);
	if (!intf)
		return;
	if (ktap_expect_eq(t, xen_hvm_get_param(HVM_PARAM_CONSOLE_PFN, &pfn), 0))
		ktap_expect_eq(t, pfn, virt_to_phys(intf) >> PAGE_SHIFT);
	if (ktap_expect_eq(t, xen_hvm_get_param(HVM_PARAM_CONSOLE_EVTCHN, &evtchn), 0))
		ktap_expect_eq(t, evtchn, port);
	if (!ktap_expect_eq(t, xen_evtchn_status(port, &st), 0))
		return;
	/* xenconsoled binds the port when it notices the domain. */
	if (st.status == EVTCHNSTAT_interdomain) {
		ktap_expect_eq(t, st.u.interdomain.dom, CONSOLE_BACKEND_DOMID);
		return;
	}
	ktap_expect_eq(t, st.status, EVTCHNSTAT_unbound);
	ktap_expect_eq(t, st.u.unbound.dom, CONSOLE_BACKEND_DOMID);
}

static bool ring_drained(struct xencons_interface *intf)
{
	unsigned int ms;

	for (ms = 0; ms < DRAIN_WAIT_MS; ms++) {
		if (READ_ONCE(intf->out_cons) == READ_ONCE(intf->out_prod))
			return true;
		xen_sched_yield();
		udelay(1000);
	}
	return READ_ONCE(intf->out_cons) == READ_ONCE(intf->out_prod);
}

/*
 * xenconsoled consumes what we produce: out_cons catches up with out_prod.
 * A wrong index or a missing event would leave the bytes in the ring.
 */
static void backend_drains_ring(struct ktap_test *t)
{
	static const char line[] = "    # pv_console: this line went through the ring\n";
	struct xencons_interface *intf;
	evtchn_port_t port;

	intf = real_ring(t, &port);
	if (!intf)
		return;
	/* What printk() put there so far, then a line of our own. */
	if (!ktap_expect(t, ring_drained(intf)))
		return;
	ktap_expect_eq(t, xen_pv_console_write(line, sizeof(line) - 1), sizeof(line) - 1);
	ktap_expect(t, ring_drained(intf));
}

static const struct ktap_case pv_console_cases[] = {
	KTAP_CASE(write_reaches_ring),
	KTAP_CASE(full_ring_and_wrap),
	KTAP_CASE(counters_wrap_at_2_32),
	KTAP_CASE(corrupt_counters_refused),
	KTAP_CASE(input_read_once),
	KTAP_CASE(ring_is_the_toolstacks),
	KTAP_CASE(backend_drains_ring),
	{}
};

static const struct ktap_suite pv_console_suite = {
	.name = "pv_console",
	.cases = pv_console_cases,
};
ktap_test_suite(pv_console_suite);
