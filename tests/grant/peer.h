/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What gnt-peer and vchan-peer share: both run in dom0 beside one armxen
 * domU as PROGRAM DOMID SECONDS, print unnumbered TAP lines that
 * tests/dom0/guest-domu.sh numbers, and end every wait by a deadline.
 */
#ifndef ARMXEN_TESTS_GRANT_PEER_H
#define ARMXEN_TESTS_GRANT_PEER_H

#include <stdbool.h>
#include <xenstore.h>

extern unsigned int peer_domid;		/* the domU */
extern struct xs_handle *peer_xs;	/* open from peer_init() on */
extern int peer_failed;			/* 1 once a result was "not ok" */

/*
 * Parse DOMID SECONDS, set the deadline, open xenstore.  Returns 0, or
 * the exit status to leave with (2: usage, 1: no xenstore).
 */
int peer_init(int argc, char **argv);

/* Has the deadline passed? */
bool peer_expired(void);

/* One TAP line, "ok WHAT" or "not ok WHAT # WHY"; WHY unused when ok. */
void peer_result(bool ok, const char *why, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
