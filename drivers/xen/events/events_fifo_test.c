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
#include "events_test.h"

static int events_fifo_init(void)
{
	int rc = xen_evtchn_fifo_switch();

	if (rc)
		return rc;
	return strcmp(xen_evtchn_abi_name(), "FIFO") ? -EINVAL : 0;
}

static const struct ktap_suite events_fifo_suite = {
	.name = "events_fifo",
	.cases = events_cases,
	.init = events_fifo_init,
};
ktap_test_suite(events_fifo_suite);
