// SPDX-License-Identifier: GPL-2.0
/*
 * gnt-peer DOMID SECONDS: dom0's side of the grant exchange with an
 * armxen domU (drivers/xen/grant-map_test.c), through Debian's own
 * libxengnttab (gntshr and gnttab, over Linux's gntalloc and gntdev) and
 * libxenstore.  tests/dom0/guest-domu.sh runs it beside the domU.
 *
 *  (a) share a page filled with pattern(SEED) with the domU, and write
 *      "REF SEED" to its data/gnt-share; the domU maps it, checks it,
 *      writes pattern(SEED ^ ANSWER) over it, unmaps it and writes its
 *      verdict to data/gnt-share-done; we check the answer.
 *  (b) wait for "REF SEED" in data/gnt-offer, map the domU's grant,
 *      check pattern(SEED), write pattern(SEED ^ ANSWER), unmap, and
 *      write our verdict to data/gnt-offer-done; the domU checks.
 *
 * Prints RESULTS unnumbered TAP lines ("ok what", "not ok what # why"),
 * always that many, in that order; every wait ends by SECONDS after the
 * start.  Exit status 1 when a check failed.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <xengnttab.h>
#include <xenstore.h>
#include "peer.h"

#define PAGE_SIZE	4096
#define ANSWER		0x5a5a5a5aU
#define POLL_US		50000

/* Byte @i of the page for @seed: the same function as the domU's. */
static uint8_t pattern(unsigned int i, uint32_t seed)
{
	return (uint8_t)(((i + 1) * 2654435761U + seed) >> 24);
}

static void fill(uint8_t *page, uint32_t seed)
{
	unsigned int i;

	for (i = 0; i < PAGE_SIZE; i++)
		page[i] = pattern(i, seed);
}

/* The first byte that differs from pattern(@seed), or -1. */
static int mismatch(const volatile uint8_t *page, uint32_t seed)
{
	unsigned int i;

	for (i = 0; i < PAGE_SIZE; i++)
		if (page[i] != pattern(i, seed))
			return (int)i;
	return -1;
}

static void node_path(char *buf, size_t size, const char *node)
{
	snprintf(buf, size, "/local/domain/%u/data/%s", peer_domid, node);
}

static bool put(const char *node, const char *value)
{
	char path[80];

	node_path(path, sizeof(path), node);
	return xs_write(peer_xs, XBT_NULL, path, value, strlen(value));
}

/* Poll data/@node until it exists or the deadline passes: its value, or NULL. */
static char *wait_for(const char *node)
{
	char path[80], *value;
	unsigned int len;

	node_path(path, sizeof(path), node);
	for (;;) {
		value = xs_read(peer_xs, XBT_NULL, path, &len);
		if (value || peer_expired())
			return value;
		usleep(POLL_US);
	}
}

/* Two results: the domU's verdict on our page, and its answer in it. */
static void share_page(void)
{
	xengntshr_handle *gs = xengntshr_open(NULL, 0);
	uint32_t seed = (uint32_t)time(NULL) ^ ((uint32_t)getpid() << 16), ref = 0;
	char value[32], why[96] = "", *done = NULL;
	uint8_t *page = NULL;
	int at;

	if (!gs)
		snprintf(why, sizeof(why), "xengntshr_open: %s", strerror(errno));
	else if (!(page = xengntshr_share_pages(gs, peer_domid, 1, &ref, 1)))
		snprintf(why, sizeof(why), "xengntshr_share_pages: %s", strerror(errno));
	if (page) {
		fill(page, seed);
		snprintf(value, sizeof(value), "%" PRIu32 " %" PRIu32, ref, seed);
		if (!put("gnt-share", value))
			snprintf(why, sizeof(why), "xs_write gnt-share: %s", strerror(errno));
		else if (!(done = wait_for("gnt-share-done")))
			snprintf(why, sizeof(why), "no data/gnt-share-done before the deadline");
	}
	peer_result(done && !strcmp(done, "ok"), *why ? why : done,
	       "the domU mapped dom0's shared page and found its pattern");
	at = done ? mismatch(page, seed ^ ANSWER) : -2;
	if (at >= 0)
		snprintf(why, sizeof(why), "byte %d is %#x, not %#x", at, page[at],
			 pattern(at, seed ^ ANSWER));
	peer_result(at == -1, why, "the domU's answer is in dom0's page (%d bytes)", PAGE_SIZE);
	free(done);
	if (page)
		xengntshr_unshare(gs, page, 1);
	if (gs)
		xengntshr_close(gs);
}

/* Map the domU's page: check it, answer, unmap. The verdict, or NULL. */
static const char *take_page(xengnttab_handle *gt, uint32_t ref, uint32_t seed,
			     char *why, size_t size)
{
	volatile uint8_t *page;
	int at, rc;

	page = xengnttab_map_grant_ref(gt, peer_domid, ref, PROT_READ | PROT_WRITE);
	peer_result(page, strerror(errno), "dom0 mapped the domU's grant %" PRIu32, ref);
	if (!page) {
		peer_result(false, "not mapped", "the domU's pattern is in its granted page");
		peer_result(false, "not mapped", "dom0 unmapped the domU's page");
		return "map failed";
	}
	at = mismatch(page, seed);
	if (at >= 0)
		snprintf(why, size, "byte %d is %#x, not %#x", at, page[at], pattern(at, seed));
	peer_result(at < 0, why, "the domU's pattern is in its granted page (%d bytes)", PAGE_SIZE);
	fill((uint8_t *)page, seed ^ ANSWER);
	rc = xengnttab_unmap(gt, (void *)page, 1);
	peer_result(!rc, strerror(errno), "dom0 unmapped the domU's page");
	if (rc)
		return "unmap failed";
	return at < 0 ? NULL : "pattern differs";
}

/* Three results. */
static void map_offered_page(void)
{
	xengnttab_handle *gt = xengnttab_open(NULL, 0);
	unsigned int ref, seed;
	char why[96] = "", *offer;
	const char *verdict;

	offer = wait_for("gnt-offer");
	if (!offer)
		snprintf(why, sizeof(why), "no data/gnt-offer before the deadline");
	else if (sscanf(offer, "%u %u", &ref, &seed) != 2)
		snprintf(why, sizeof(why), "data/gnt-offer is \"%s\"", offer);
	else if (!gt)
		snprintf(why, sizeof(why), "xengnttab_open: %s", strerror(errno));
	if (*why) {
		peer_result(false, why, "dom0 mapped the domU's grant");
		peer_result(false, "not mapped", "the domU's pattern is in its granted page");
		peer_result(false, "not mapped", "dom0 unmapped the domU's page");
		put("gnt-offer-done", why);
	} else {
		verdict = take_page(gt, ref, seed, why, sizeof(why));
		put("gnt-offer-done", verdict ? verdict : "ok");
	}
	free(offer);
	if (gt)
		xengnttab_close(gt);
}

int main(int argc, char **argv)
{
	int rc = peer_init(argc, argv);

	if (rc)
		return rc;
	share_page();
	map_offered_page();
	xs_close(peer_xs);
	return peer_failed;
}
