// SPDX-License-Identifier: GPL-2.0
/*
 * vchan-peer DOMID SECONDS: dom0's side of the libxenvchan exchange with
 * an armxen domU (drivers/xen/vchan_test.c), a client through Debian's
 * own libxenvchan (linked statically: its soname carries the Xen
 * release, 4.17 in Debian 12 and 4.20 in Debian 13, while the libraries
 * it calls keep theirs).  tests/dom0/guest-domu.sh runs it beside the
 * domU.
 *
 * Writes the domU's data/vchan-peer to say it is there; then, for each
 * channel the domU serves (data/armxen-vchan: in-page rings;
 * data/armxen-vchan-big: rings of their own pages), waits for its
 * ring-ref, connects with libxenvchan_client_init(), sends a header
 * (u32 length, u32 seed) and length bytes of pattern(i, seed) while it
 * reads the echo, which must be each byte plus one, sends its verdict
 * (a u32: 0xffffffff, or the first wrong index), then waits for the
 * domU to close (srv_live 0) and closes.
 *
 * Prints RESULTS unnumbered TAP lines ("ok what", "not ok what # why"),
 * three a channel, always that many, in that order.  The ring-ref waits
 * end by SECONDS after the start; once connected, STALL_S without
 * progress is a failure.  Exit status 1 when a check failed.
 */
#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xenstore.h>
#include "peer.h"
#include <libxenvchan.h>

#define POLL_US		50000
#define STALL_S		10
#define VERDICT_OK	0xffffffffU

struct channel {
	const char *name;
	const char *node;	/* under the domU's data/ */
	int left_order, right_order;
	uint32_t len;		/* drivers/xen/vchan_test.c expects these */
};

static const struct channel channels[] = {
	{ "vchan in-page rings", "armxen-vchan", 10, 11, 6000 },
	{ "vchan rings of their own pages", "armxen-vchan-big", 14, 13, 40000 },
};

/* Byte @i of the message for @seed: the same function as the domU's. */
static uint8_t pattern(uint32_t i, uint32_t seed)
{
	return (uint8_t)(((i + 1) * 2654435761U + seed) >> 24);
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Wait for @path to exist, until the deadline: a watch, so that we
 * connect as soon as the domU publishes (it is waiting for us).
 */
static bool wait_for(const char *path)
{
	struct pollfd pfd = { .fd = xs_fileno(peer_xs), .events = POLLIN };
	unsigned int len, num;
	bool found = false;
	char *value, **event;

	if (pfd.fd < 0 || !xs_watch(peer_xs, path, "vchan"))
		printf("# xs_watch %s: %s\n", path, strerror(errno));
	for (;;) {
		value = xs_read(peer_xs, XBT_NULL, path, &len);
		free(value);
		if (value) {
			found = true;
			break;
		}
		if (peer_expired())
			break;
		/* Without the watch, this is a 50 ms poll. */
		if (pfd.fd >= 0 && poll(&pfd, 1, 1000) == 1) {
			event = xs_read_watch(peer_xs, &num);
			free(event);
		} else if (pfd.fd < 0) {
			usleep(POLL_US);
		}
	}
	xs_unwatch(peer_xs, path, "vchan");
	return found;
}

/*
 * Sleep until the domU signals, at most STALL_S; false on a stall.  The
 * domU signals only what libxenvchan asked for in srv_notify, so a stall
 * here is a notification it owed us.
 */
static bool wait_event(struct libxenvchan *ctrl)
{
	struct pollfd pfd = { .fd = libxenvchan_fd_for_select(ctrl), .events = POLLIN };

	if (poll(&pfd, 1, STALL_S * 1000) != 1)
		return false;
	return libxenvchan_wait(ctrl) == 0;
}

/* Send all of @buf, waiting for room: 0, or why not in @why. */
static int send_all(struct libxenvchan *ctrl, const void *buf, size_t len,
		    char *why, size_t size)
{
	size_t sent = 0;
	int n;

	while (sent < len) {
		n = libxenvchan_write(ctrl, (const char *)buf + sent, len - sent);
		if (n < 0) {
			snprintf(why, size, "libxenvchan_write failed after %zu bytes", sent);
			return -1;
		}
		sent += n;
		if (!n && !wait_event(ctrl)) {
			snprintf(why, size, "no room for %zu s after %zu of %zu bytes", (size_t)STALL_S,
				 sent, len);
			return -1;
		}
	}
	return 0;
}

/*
 * Send the header and the message while reading the echo back: the rings
 * are smaller than the message, so neither side may wait for the other
 * to finish.  0 when every echoed byte arrived (wrong or not: *@bad is
 * the first wrong index, or VERDICT_OK), -1 with @why otherwise.
 */
static int exchange(struct libxenvchan *ctrl, const struct channel *c, uint32_t seed,
		    uint32_t *bad, char *why, size_t size)
{
	size_t total = 8 + c->len, sent = 0, got = 0, i;
	uint8_t *out = malloc(total), *in = malloc(c->len);
	int n, rc = -1;

	*bad = VERDICT_OK;
	if (!out || !in) {
		snprintf(why, size, "out of memory");
		goto out;
	}
	memcpy(out, &c->len, 4);
	memcpy(out + 4, &seed, 4);
	for (i = 0; i < c->len; i++)
		out[8 + i] = pattern(i, seed);
	while (got < c->len) {
		bool progress = false;

		if (sent < total) {
			n = libxenvchan_write(ctrl, out + sent, total - sent);
			if (n < 0) {
				snprintf(why, size, "libxenvchan_write failed after %zu bytes", sent);
				goto out;
			}
			sent += n;
			progress = n > 0;
		}
		n = libxenvchan_read(ctrl, in + got, c->len - got);
		if (n < 0) {
			snprintf(why, size, "libxenvchan_read: the domU closed after %zu bytes", got);
			goto out;
		}
		got += n;
		progress |= n > 0;
		if (!progress && !wait_event(ctrl)) {
			snprintf(why, size, "stalled %d s: sent %zu of %zu, echo %zu of %u", STALL_S,
				 sent, total, got, c->len);
			goto out;
		}
	}
	for (i = 0; i < c->len; i++) {
		if (in[i] != (uint8_t)(pattern(i, seed) + 1)) {
			*bad = i;
			break;
		}
	}
	rc = 0;
out:
	free(out);
	free(in);
	return rc;
}

/* Three results: connected with the expected orders, the data, the close. */
static void run_channel(const struct channel *c)
{
	uint32_t seed = (uint32_t)time(NULL) ^ ((uint32_t)getpid() << 16), bad = 0;
	char path[96], ref_path[112], why[160] = "";
	struct libxenvchan *ctrl = NULL;
	double start;
	bool data_ok = false;

	snprintf(path, sizeof(path), "/local/domain/%u/data/%s", peer_domid, c->node);
	snprintf(ref_path, sizeof(ref_path), "%s/ring-ref", path);
	if (!wait_for(ref_path))
		snprintf(why, sizeof(why), "no %s by the deadline", ref_path);
	else if (!(ctrl = libxenvchan_client_init(NULL, peer_domid, path)))
		snprintf(why, sizeof(why), "libxenvchan_client_init: %s", strerror(errno));
	else if (ctrl->write.order != c->left_order || ctrl->read.order != c->right_order)
		snprintf(why, sizeof(why), "orders left %d right %d, expected %d and %d",
			 ctrl->write.order, ctrl->read.order, c->left_order, c->right_order);
	peer_result(ctrl && !*why, why, "%s: libxenvchan_client_init on data/%s (orders %d/%d)",
	       c->name, c->node, c->left_order, c->right_order);
	if (!ctrl) {
		peer_result(false, "not connected", "%s: %u bytes echoed plus one", c->name, c->len);
		peer_result(false, "not connected", "%s: the domU's close seen", c->name);
		return;
	}
	/* client_init leaves it unset; we poll the event fd ourselves. */
	ctrl->blocking = 0;
	start = now_s();
	*why = 0;
	if (!exchange(ctrl, c, seed, &bad, why, sizeof(why))) {
		data_ok = bad == VERDICT_OK;
		if (!data_ok)
			snprintf(why, sizeof(why), "echoed byte %" PRIu32 " is wrong", bad);
		/* The domU waits for it either way (unless it gave up). */
		if (*why)
			strcat(why, "; ");
		if (send_all(ctrl, &bad, sizeof(bad), why + strlen(why), sizeof(why) - strlen(why)))
			data_ok = false;
	}
	peer_result(data_ok, why, "%s: %u bytes echoed plus one (%.0f ms)", c->name, c->len,
	       (now_s() - start) * 1000);
	/* The domU closes first: srv_live 0 and a signal, then we unmap. */
	*why = 0;
	while (libxenvchan_is_open(ctrl)) {
		if (!wait_event(ctrl)) {
			snprintf(why, sizeof(why), "srv_live still %u after %d s",
				 (unsigned int)ctrl->ring->srv_live, STALL_S);
			break;
		}
	}
	peer_result(!*why, why, "%s: the domU's close seen (srv_live 0)", c->name);
	libxenvchan_close(ctrl);
}

int main(int argc, char **argv)
{
	char path[80];
	size_t i;
	int rc = peer_init(argc, argv);

	if (rc)
		return rc;
	snprintf(path, sizeof(path), "/local/domain/%u/data/vchan-peer", peer_domid);
	if (!xs_write(peer_xs, XBT_NULL, path, "ready", 5))
		printf("# xs_write %s: %s\n", path, strerror(errno));
	for (i = 0; i < sizeof(channels) / sizeof(channels[0]); i++)
		run_channel(&channels[i]);
	xs_close(peer_xs);
	return peer_failed;
}
