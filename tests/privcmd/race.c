// SPDX-License-Identifier: GPL-2.0
/*
 * privcmd-test race DOMID N SEED: threads that race on the same files and
 * the same addresses until they have made N calls between them:
 *
 *   mappers   MMAPBATCH_V2, MMAPBATCH and MMAP_RESOURCE into the slots
 *   remapper  each slot becomes a fresh privcmd VMA, anonymous memory,
 *             or the VMA of another slot (mremap), under the mappers;
 *             part of one is unmapped (refused)
 *   forker    fork, with and without MADV_DONTFORK on the slots: the
 *             child sees no privcmd page and makes a hypercall
 *   closer    the files are replaced (dup2) and closed under the others
 *
 * Slot 0 spans two MMAPBATCH batches, so that it changes between the
 * batches of one call, too; the others are small, to keep a run short.  The ok line says what the threads saw, and
 * fails unless every kind of call was made, some mappings worked, some
 * lost a race, and every child was well; the dom0 script checks the
 * kernel log and Xen's memory afterwards.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <xen/grant_table.h>
#include <xen/memory.h>

#include "tap.h"
#include "tests.h"
#include "util.h"

#define NR_SLOTS	4
#define SLOT_PAGES	520	/* slot 0: two batches of the module's 512 */
#define SMALL_PAGES	8	/* slots 1.. */
#define NR_FDS		2
#define NR_MAPPERS	2
#define DOMU_FRAMES	4096
/*
 * A fork holds the parent's mmap_lock while it copies the address space,
 * which under QEMU takes long enough to stall every other thread: one
 * fork per this many calls of the others.
 */
#define CALLS_PER_FORK	250

enum { MAPPED, REFUSED, VMA_OPS, FORKS, BAD_CHILDREN, REOPENS, NR_COUNTS };

struct race {
	domid_t domid;
	unsigned long goal;
	char *area;			/* NR_SLOTS slots of SLOT_PAGES */
	int fds[NR_FDS];
	atomic_ulong calls;
	atomic_ulong counts[NR_COUNTS];
};

struct worker {
	struct race *r;
	uint64_t state;
};

static uint64_t rnd(struct worker *w)
{
	return xorshift64s(&w->state);
}

static unsigned long below(struct worker *w, unsigned long n)
{
	return rnd(w) % n;
}

static bool done(struct race *r)
{
	return atomic_load(&r->calls) >= r->goal;
}

static void count(struct race *r, int what)
{
	atomic_fetch_add(&r->calls, 1);
	if (what >= 0)
		atomic_fetch_add(&r->counts[what], 1);
}

static char *slot(struct race *r, unsigned int i)
{
	return r->area + (size_t)i * SLOT_PAGES * PAGE_SIZE;
}

static unsigned int slot_pages(unsigned int i)
{
	return i ? SMALL_PAGES : SLOT_PAGES;
}

/* One mapping ioctl on a random slot, whatever it holds right now. */
static void map_once(struct worker *w, xen_pfn_t *gfns, int *errs)
{
	struct race *r = w->r;
	unsigned int s = below(w, NR_SLOTS), i, nr;
	char *p = slot(r, s);
	int fd = r->fds[below(w, NR_FDS)];
	xen_pfn_t first = below(w, DOMU_FRAMES);
	long rc;

	nr = below(w, 4) ? slot_pages(s) : 1 + below(w, slot_pages(s));
	for (i = 0; i < nr; i++)
		gfns[i] = GUEST_RAM_GFN + (first + i) % DOMU_FRAMES;
	switch (below(w, 8)) {
	case 0:
		rc = mmapbatch_v1(fd, p, nr, r->domid, gfns);
		break;
	case 1: {
		struct privcmd_mmap_resource res = {
			.dom = r->domid,
			.type = XENMEM_resource_grant_table,
			.id = XENMEM_resource_grant_table_id_shared,
			.num = 1,
			.addr = (uintptr_t)p,
		};
		rc = ioctl(fd, IOCTL_PRIVCMD_MMAP_RESOURCE, &res);
		break;
	}
	default:
		rc = mmapbatch_v2(fd, p, nr, r->domid, gfns, errs);
		break;
	}
	count(r, rc == 0 ? MAPPED : REFUSED);
}

static void *mapper(void *arg)
{
	struct worker *w = arg;
	xen_pfn_t *gfns = calloc(SLOT_PAGES, sizeof(*gfns));
	int *errs = calloc(SLOT_PAGES, sizeof(*errs));

	while (!done(w->r))
		map_once(w, gfns, errs);
	free(gfns);
	free(errs);
	return NULL;
}

/* Replace a slot, whole, with something else at the same address. */
static void remap_once(struct worker *w)
{
	struct race *r = w->r;
	unsigned int i = below(w, NR_SLOTS), j = 1 + below(w, NR_SLOTS - 1);
	size_t len = slot_pages(i) * PAGE_SIZE;
	int fd = r->fds[below(w, NR_FDS)];

	switch (below(w, 6)) {
	case 0:
	case 1:
		mmap(slot(r, i), len, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0);
		break;
	case 2:
		mmap(slot(r, i), len, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		break;
	case 3:
		/* Move small slot i's VMA over slot j; fill the hole it leaves. */
		if (i && i != j && mremap(slot(r, i), len, len, MREMAP_MAYMOVE | MREMAP_FIXED,
				     slot(r, j)) != MAP_FAILED)
			mmap(slot(r, i), len, PROT_NONE,
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		break;
	case 4:
		/* Refused for a privcmd VMA: it cannot be split. */
		munmap(slot(r, i) + PAGE_SIZE, PAGE_SIZE);
		break;
	default:
		madvise(slot(r, i), len, below(w, 2) ? MADV_DONTFORK : MADV_DOFORK);
		break;
	}
	count(r, VMA_OPS);
}

static void *remapper(void *arg)
{
	struct worker *w = arg;

	while (!done(w->r))
		remap_once(w);
	return NULL;
}

/*
 * The child has no privcmd page (VM_DONTCOPY), and a working file: it may
 * read each slot (a fault, or anonymous memory) and make a hypercall.
 */
static int child(void *arg)
{
	struct race *r = arg;
	unsigned int i;

	for (i = 0; i < NR_SLOTS; i++)
		read_faults(slot(r, i));
	return hypercall(r->fds[0], __HYPERVISOR_xen_version, 0, 0, 0, 0, 0) ==
		expected_xen_version() ? 0 : 1;
}

static void *forker(void *arg)
{
	struct worker *w = arg;
	struct race *r = w->r;

	while (!done(r)) {
		if (atomic_load(&r->counts[FORKS]) * CALLS_PER_FORK > atomic_load(&r->calls)) {
			usleep(1000);
			continue;
		}
		if (!child_ok(child, r))
			count(r, BAD_CHILDREN);
		count(r, FORKS);
	}
	return NULL;
}

/* The file behind fds[i] goes, under the others' feet; the number stays. */
static void *closer(void *arg)
{
	struct worker *w = arg;
	struct race *r = w->r;
	int fd;

	while (!done(r)) {
		fd = open_privcmd();
		dup2(fd, r->fds[below(w, NR_FDS)]);
		close(fd);
		count(r, REOPENS);
		usleep(2000);
	}
	return NULL;
}

static void race_report(struct race *r, unsigned long seed)
{
	unsigned long c[NR_COUNTS];
	unsigned int i;

	for (i = 0; i < NR_COUNTS; i++)
		c[i] = atomic_load(&r->counts[i]);
	check(atomic_load(&r->calls) >= r->goal && c[MAPPED] && c[REFUSED] && c[VMA_OPS] &&
	      c[FORKS] && !c[BAD_CHILDREN] && c[REOPENS],
	      "race: %lu calls from %d threads (seed %lu): %lu mapped, %lu refused, "
	      "%lu VMA changes, %lu forks (%lu bad children), %lu files replaced",
	      atomic_load(&r->calls), NR_MAPPERS + 3, seed, c[MAPPED], c[REFUSED],
	      c[VMA_OPS], c[FORKS], c[BAD_CHILDREN], c[REOPENS]);
}

int cmd_race(domid_t domid, unsigned long calls, unsigned long seed)
{
	void *(*fns[NR_MAPPERS + 3])(void *) = { mapper, mapper, remapper, forker, closer };
	struct worker w[NR_MAPPERS + 3];
	pthread_t t[NR_MAPPERS + 3];
	struct race r = { .domid = domid, .goal = calls };
	unsigned int i;
	int fd;

	r.area = map_anywhere(NR_SLOTS * SLOT_PAGES, PROT_NONE);
	check(r.area, "race: address space for %d slots", NR_SLOTS);
	if (!r.area)
		return tap_failed;
	for (i = 0; i < NR_FDS; i++)
		r.fds[i] = open_privcmd();
	for (i = 0; i < NR_MAPPERS + 3; i++) {
		w[i] = (struct worker){ &r, (seed + i) * 0x9e3779b97f4a7c15ULL + 1 };
		pthread_create(&t[i], NULL, fns[i], &w[i]);
	}
	for (i = 0; i < NR_MAPPERS + 3; i++)
		pthread_join(t[i], NULL);
	race_report(&r, seed);
	munmap(r.area, NR_SLOTS * SLOT_PAGES * PAGE_SIZE);
	for (i = 0; i < NR_FDS; i++)
		close(r.fds[i]);
	fd = open_privcmd();
	check(hypercall(fd, __HYPERVISOR_xen_version, 0, 0, 0, 0, 0) == expected_xen_version(),
	      "race: a fresh file still makes hypercalls");
	close(fd);
	return tap_failed;
}
