// SPDX-License-Identifier: GPL-2.0
/* The part of gnt-peer and vchan-peer that is the same (peer.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "peer.h"

unsigned int peer_domid;
struct xs_handle *peer_xs;
int peer_failed;
static struct timespec deadline;

int peer_init(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s DOMID SECONDS\n", argv[0]);
		return 2;
	}
	peer_domid = (unsigned int)strtoul(argv[1], NULL, 10);
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += strtol(argv[2], NULL, 10);
	peer_xs = xs_open(0);
	if (!peer_xs) {
		printf("# xs_open: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}

bool peer_expired(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec > deadline.tv_sec ||
	       (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec);
}

void peer_result(bool ok, const char *why, const char *fmt, ...)
{
	va_list ap;

	printf("%s ", ok ? "ok" : "not ok");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	if (!ok)
		printf(" # %s", why);
	printf("\n");
	fflush(stdout);
	peer_failed |= !ok;
}
