// SPDX-License-Identifier: GPL-2.0
/*
 * privcmd-test share DOMID: the module and Linux share the frames that
 * foreign and granted mappings are backed with.  While thousands of the
 * domU's frames are mapped through /dev/xen/privcmd, Linux's gntalloc
 * shares dom0 pages and gntdev maps those grants back (libxengnttab),
 * which needs frames of the same kind: from Linux's unpopulated-page
 * allocator (Linux 6.12), which a module holding all of Xen's extended
 * regions starves, or from the balloon (Linux 6.1).
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include <xenforeignmemory.h>
#include <xengnttab.h>

#include "tap.h"
#include "tests.h"
#include "util.h"

/* The domU's 16 MiB, mapped this many times over. */
#define HELD_FRAMES	4096
#define HELD_MAPS	2
/* Grants shared and mapped back, per round. */
#define SHARED		64
#define ROUNDS		8

/* Share SHARED pages with dom0 itself, map them back, compare both ways. */
static int share_round(xengntshr_handle *gs, xengnttab_handle *gt, unsigned int round)
{
	uint32_t refs[SHARED];
	uint8_t *shared, *mapped;
	size_t len = SHARED * PAGE_SIZE;
	int same = 0;

	shared = xengntshr_share_pages(gs, 0, SHARED, refs, 1);
	if (!shared)
		return -errno;
	memset(shared, 0x5a ^ round, len);
	mapped = xengnttab_map_domain_grant_refs(gt, SHARED, 0, refs, PROT_READ | PROT_WRITE);
	if (mapped) {
		same = mapped[0] == (0x5a ^ round) && mapped[len - 1] == (0x5a ^ round);
		mapped[len / 2] = 0xa5;
		same = same && shared[len / 2] == 0xa5;
		xengnttab_unmap(gt, mapped, SHARED);
	}
	xengntshr_unshare(gs, shared, SHARED);
	return mapped ? same : -EIO;
}

static void share_while_held(void)
{
	xengntshr_handle *gs = xengntshr_open(NULL, 0);
	xengnttab_handle *gt = xengnttab_open(NULL, 0);
	unsigned int round, good = 0;
	int rc = 0;

	check(gs && gt, "libxengnttab: gntalloc and gntdev open");
	if (!gs || !gt)
		goto out;
	for (round = 0; round < ROUNDS; round++) {
		rc = share_round(gs, gt, round);
		if (rc != 1)
			break;
		good++;
	}
	check(good == ROUNDS,
	      "while mapped: %u rounds of %d pages shared by gntalloc, mapped by gntdev, "
	      "read and written both ways (%u did, last %d)", ROUNDS, SHARED, good, rc);
out:
	if (gt)
		xengnttab_close(gt);
	if (gs)
		xengntshr_close(gs);
}

int cmd_share(domid_t domid)
{
	static xen_pfn_t gfns[HELD_FRAMES];
	static int errs[HELD_FRAMES];
	xenforeignmemory_handle *fmem = xenforeignmemory_open(NULL, 0);
	void *held[HELD_MAPS] = { NULL };
	unsigned int i, n = 0;

	check(fmem, "xenforeignmemory_open");
	if (!fmem)
		return tap_failed;
	for (i = 0; i < HELD_FRAMES; i++)
		gfns[i] = GUEST_RAM_GFN + i;
	for (i = 0; i < HELD_MAPS; i++) {
		held[i] = xenforeignmemory_map(fmem, domid, PROT_READ, HELD_FRAMES, gfns, errs);
		n += held[i] != NULL;
	}
	check(n == HELD_MAPS, "%u foreign frames of the domU held mapped (%u maps of %d)",
	      n * HELD_FRAMES, n, HELD_FRAMES);
	share_while_held();
	for (i = 0; i < HELD_MAPS; i++) {
		if (held[i])
			xenforeignmemory_unmap(fmem, held[i], HELD_FRAMES);
	}
	/* And once they are gone, all the same. */
	share_while_held();
	xenforeignmemory_close(fmem);
	return tap_failed;
}
