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
#include <clocksource/arm_arch_timer.h>
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

/*
 * A write from an interrupt handler lands inside another write, at many
 * points across it (the virtual timer armed a little later each round):
 * every byte of both is in the ring once and out_prod covers them all.
 * Without the ring's lock the inner write's bytes are overwritten and
 * out_prod goes back to where the outer write ends.
 */
#define INSIDE_ROUNDS	48

static volatile unsigned int irq_bytes;

static void console_from_irq(void)
{
	if (xen_pv_console_write("#", 1) == 1)
		irq_bytes++;
}

static unsigned int ring_count(struct xencons_interface *intf, u32 from, u32 to, char c)
{
	unsigned int n = 0;

	for (; from != to; from++)
		n += intf->out[MASK_XENCONS_IDX(from, intf->out)] == c;
	return n;
}

static void interrupt_inside_a_write(struct ktap_test *t)
{
	static char line[1024];
	struct fake_backend be;
	unsigned int i, bad = 0, landed = 0, before, wait;
	u64 start, span;
	u32 prod;
	int n;

	if (!backend_start(t, &be))
		return;
	memset(line, '.', sizeof(line));
	/* How long one write takes, to spread the interrupts across it. */
	start = get_cycles();
	xen_pv_console_write(line, sizeof(line));
	span = get_cycles() - start + 1;
	arch_timer_set_event_handler(console_from_irq);
	for (i = 0; i < INSIDE_ROUNDS; i++) {
		be.intf->out_cons = be.intf->out_prod;
		prod = be.intf->out_prod;
		before = irq_bytes;
		arch_timer_set_next_event(span * i / INSIDE_ROUNDS);
		n = xen_pv_console_write(line, sizeof(line));
		/* The interrupt goes through Xen: allow it a while to arrive. */
		for (wait = 0; irq_bytes == before && wait < 100; wait++)
			mdelay(1);
		arch_timer_cancel();
		if (n != (int)sizeof(line) ||
		    be.intf->out_prod - prod != sizeof(line) + irq_bytes - before ||
		    ring_count(be.intf, prod, be.intf->out_prod, '#') != irq_bytes - before)
			bad++;
		landed += irq_bytes != before;
	}
	arch_timer_set_event_handler(NULL);
	ktap_check(t, landed > INSIDE_ROUNDS / 2, __FILE__, __LINE__,
		   "the timer wrote in %u of %u rounds", landed, INSIDE_ROUNDS);
	ktap_check(t, bad == 0, __FILE__, __LINE__, "%u of %u rounds lost or misplaced bytes",
		   bad, INSIDE_ROUNDS);
	backend_stop(&be);
}

static const struct ktap_case pv_console_cases[] = {
	KTAP_CASE(write_reaches_ring),
	KTAP_CASE(full_ring_and_wrap),
	KTAP_CASE(counters_wrap_at_2_32),
	KTAP_CASE(interrupt_inside_a_write),
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
