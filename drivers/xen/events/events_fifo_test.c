// SPDX-License-Identifier: GPL-2.0
/*
 * The event channel cases again, on the FIFO ABI.  Linked after
 * events_test.o, so the 2-level suite has run by the time this one
 * switches (there is no way back).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <xen/events.h>
#include <linux/mm.h>
#include <xen/xen.h>
#include <xen/interface/event_channel.h>
#include <xen/interface/errno.h>
#include <asm/xen/hypercall.h>
#include "../xen_test.h"
#include "events_test.h"

static int events_fifo_init(void)
{
	int rc = xen_evtchn_fifo_switch();

	if (rc)
		return rc;
	return strcmp(xen_evtchn_abi_name(), "FIFO") ? -EINVAL : 0;
}

/* Ports one page of event words covers. */
#define WORDS_PER_PAGE		(PAGE_SIZE / sizeof(event_word_t))

static long raw_alloc_unbound(evtchn_port_t *port)
{
	struct evtchn_alloc_unbound op = { .dom = DOMID_SELF, .remote_dom = DOMID_SELF };
	long rc = HYPERVISOR_event_channel_op(EVTCHNOP_alloc_unbound, &op);

	*port = op.port;
	return rc;
}

static void raw_close(evtchn_port_t port)
{
	struct evtchn_close op = { .port = port };

	HYPERVISOR_event_channel_op(EVTCHNOP_close, &op);
}

/*
 * An event raised on a port whose event-array page does not exist yet
 * (the port was never set up) is kept by Xen and raised when the page is
 * added.  The new page starts MASKED, so it waits for the handler: one
 * delivery, to it, and nothing spurious.  The ports are allocated with
 * bare hypercalls, behind the driver's back, until one starts a page.
 */
static void event_before_its_page(struct ktap_test *t)
{
	static u8 used[EVTCHN_FIFO_NR_CHANNELS / 8];
	unsigned long spurious = xen_evtchn_spurious();
	struct evtchn_bind_interdomain bind = { .remote_dom = DOMID_SELF };
	struct evtchn_send send;
	struct evtchn_probe probe = { 0 };
	evtchn_port_t port, far = 0;
	unsigned int i;
	long rc;

	memset(used, 0, sizeof(used));
	while (!far) {
		rc = raw_alloc_unbound(&port);
		if (rc == -XEN_ENOSPC) {
			/* xl gives a domU 1023 ports unless max_event_channels says more. */
			ktap_skip(t, "the domain's event channel limit ends in the first page");
			goto out;
		}
		if (!ktap_expect_eq(t, rc, 0))
			goto out;
		used[port / 8] |= 1 << (port % 8);
		if (port >= WORDS_PER_PAGE && port % WORDS_PER_PAGE == 0 && !xen_evtchn_is_pending(port))
			far = port;
	}
	/* Its peer lands in the same missing page: port + 1. */
	bind.remote_port = far;
	if (!ktap_expect_eq(t, HYPERVISOR_event_channel_op(EVTCHNOP_bind_interdomain, &bind), 0))
		goto out;
	used[bind.local_port / 8] |= 1 << (bind.local_port % 8);
	send.port = bind.local_port;
	ktap_expect_eq(t, HYPERVISOR_event_channel_op(EVTCHNOP_send, &send), 0);

	ktap_expect_eq(t, bind_evtchn_to_handler(far, evtchn_probe_handler, "ktap-early", &probe), 0);
	ktap_expect(t, evtchn_probe_wait(&probe, 1));
	evtchn_probe_settle();
	ktap_expect_eq(t, probe.hits, 1);
	ktap_expect_eq(t, xen_evtchn_spurious(), spurious);
	unbind_evtchn_from_handler(far);
out:
	for (i = 1; i < EVTCHN_FIFO_NR_CHANNELS; i++)
		if (used[i / 8] & (1 << (i % 8)))
			raw_close(i);
}

static const struct ktap_case events_fifo_cases[] = {
	KTAP_CASE(event_before_its_page),
	{}
};

static const struct ktap_suite events_fifo_suite = {
	.name = "events_fifo",
	.cases = events_cases,
	.init = events_fifo_init,
};
ktap_test_suite(events_fifo_suite);

/* After the shared cases: FIFO is in use by then. */
static const struct ktap_suite events_fifo_only_suite = {
	.name = "events_fifo_pages",
	.cases = events_fifo_cases,
	.init = events_fifo_init,
};
ktap_test_suite(events_fifo_only_suite);
