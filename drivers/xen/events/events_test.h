/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _DRIVERS_XEN_EVENTS_TEST_H
#define _DRIVERS_XEN_EVENTS_TEST_H

#include <linux/ktap.h>

/* A port in the upper 32 bits of the second selector word. */
#define HIGH_PORT	100

/* The event channel cases, shared by the 2-level and FIFO suites. */
extern const struct ktap_case events_cases[];

#endif /* _DRIVERS_XEN_EVENTS_TEST_H */
