/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared by the xenstore and xenbus suites.
 */
#ifndef _DRIVERS_XEN_XENBUS_TEST_H
#define _DRIVERS_XEN_XENBUS_TEST_H

#include <linux/ktap.h>
#include <xen/xen.h>
#include <xen/xenbus.h>

/* The cases that need the real xenstored skip, saying why, without it. */
static inline bool have_xenstore(struct ktap_test *t)
{
	if (xenbus_available())
		return true;
	ktap_skip(t, xen_initial_domain() ?
		  "dom0 has no xenstore ring (no xenstored in this boot)" :
		  "the toolstack gave this domain no xenstore ring");
	return false;
}

#endif /* _DRIVERS_XEN_XENBUS_TEST_H */
