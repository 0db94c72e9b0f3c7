// SPDX-License-Identifier: GPL-2.0
/*
 * The bad-input matrix with threads that race on the same files and VMAs
 * (privcmd-test bad runs it after the cases one thread at a time):
 *
 *   same VMA    two threads map one fresh VMA whole at the same moment:
 *               one wins, the other is told the range is mapped already
 *               (EINVAL), and every page holds its frame once
 *   RESTRICT    two threads restrict one file to two domains at the same
 *               moment: one wins, the other gets EINVAL, and the file is
 *               restricted to the winner's domain, not the loser's
 *   churn       callers feed bad input whose answer does not depend on
 *               what it races with, on two shared files (one restricted
 *               to the domU), while other threads replace the VMAs under
 *               them (privcmd, anonymous, read-only, none, mremap), swap
 *               or close the files, and fork children that make the same
 *               calls; every errno is checked
 *
 * Each result counts what went wrong and names the first case that did.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <xen/hvm/dm_op.h>
#include <xen/memory.h>

#include "tap.h"
#include "tests.h"
#include "util.h"

/*
 * Rounds of each pair: mapping is the race least often lost by a broken
 * module (it needs both threads inside the ioctl at once), so it has more.
 */
#define MAP_ROUNDS	96
#define RESTRICT_ROUNDS	32
#define PAIR_PAGES	16
#define NR_SLOTS	4
#define SLOT_PAGES	4
#define CHURN_CALLS	2000	/* between the two callers, at least */
#define CHURN_REACHED	(CHURN_CALLS / 2)	/* of them on open files, at least */
#define CHURN_SWAPS	3	/* each way of replacing the files once */
#define CHURN_CALLS_MAX	(8 * CHURN_CALLS)
#define CALLS_PER_FORK	250

/*
 * Two threads, each making one call, released at the same instant: the
 * second spins on @go (a sleeping thread would take long to wake, and the
 * race would be lost before it began).
 */
struct pair {
	atomic_bool ready;		/* the second thread is spinning */
	atomic_bool go;
	long (*call)(struct pair *pr, int who);
	int fd;
	char *vma;
	xen_pfn_t *gfns[2];		/* each side's frame array */
	domid_t dom[2];
	long rc[2];
	int err[2];
};

struct pair_arg {
	struct pair *pr;
	int who;
};

static void *pair_side(void *arg)
{
	struct pair_arg *a = arg;
	struct pair *pr = a->pr;

	if (a->who) {
		atomic_store(&pr->ready, true);
		/* Returns at once on a CPU of its own; lets one CPU go round. */
		while (!atomic_load(&pr->go))
			sched_yield();
	}
	errno = 0;
	pr->rc[a->who] = pr->call(pr, a->who);
	pr->err[a->who] = errno;
	return NULL;
}

/*
 * Run both sides; true if exactly one succeeded and the other failed with
 * EINVAL.  The winner's index goes into *winner.
 */
static bool run_pair(struct pair *pr, int *winner)
{
	struct pair_arg a[2] = { { pr, 0 }, { pr, 1 } };
	pthread_t t;

	atomic_store(&pr->ready, false);
	atomic_store(&pr->go, false);
	pthread_create(&t, NULL, pair_side, &a[1]);
	while (!atomic_load(&pr->ready))
		sched_yield();
	atomic_store(&pr->go, true);
	pair_side(&a[0]);
	pthread_join(t, NULL);
	*winner = pr->rc[0] == 0 ? 0 : 1;
	return pr->rc[*winner] == 0 && pr->rc[!*winner] == -1 && pr->err[!*winner] == EINVAL;
}

static const char *pair_outcome(const struct pair *pr)
{
	static char buf[64];

	snprintf(buf, sizeof(buf), "%ld/%s and %ld/%s", pr->rc[0],
		 pr->rc[0] ? errno_name(pr->err[0]) : "-", pr->rc[1],
		 pr->rc[1] ? errno_name(pr->err[1]) : "-");
	return buf;
}

static long map_whole(struct pair *pr, int who)
{
	int errs[PAIR_PAGES];

	return mmapbatch_v2(pr->fd, pr->vma, PAIR_PAGES, pr->dom[who], pr->gfns[who], errs);
}

/*
 * A file holding the frame numbers to map.  Each side reads them through
 * a fresh mapping of it, which the module's copy faults in after it has
 * claimed the VMA and before it maps: the other side's ioctl can come in
 * between, as it can for a caller whose array was paged out.
 */
static int gfn_file(void)
{
	xen_pfn_t gfns[PAIR_PAGES];
	int fd = memfd_create("privcmd-gfns", MFD_CLOEXEC), i;

	for (i = 0; i < PAIR_PAGES; i++)
		gfns[i] = GUEST_RAM_GFN + i;
	if (fd >= 0 && write(fd, gfns, sizeof(gfns)) != sizeof(gfns)) {
		close(fd);
		fd = -1;
	}
	return fd;
}

static bool all_pages_read(const char *p, unsigned int pages)
{
	unsigned int i;

	for (i = 0; i < pages; i++) {
		if (read_faults(p + (size_t)i * PAGE_SIZE))
			return false;
	}
	return true;
}

static void test_same_vma(int fd, domid_t domid)
{
	struct pair pr = { .call = map_whole, .fd = fd, .dom = { domid, domid } };
	unsigned int round, bad = 0, i;
	char first[96] = "";
	int winner, gfd = gfn_file();

	for (round = 0; round < MAP_ROUNDS; round++) {
		pr.vma = privcmd_vma(fd, PAIR_PAGES);
		for (i = 0; i < 2; i++)
			pr.gfns[i] = mmap(NULL, PAGE_SIZE, PROT_READ, MAP_SHARED, gfd, 0);
		if (!run_pair(&pr, &winner) || !all_pages_read(pr.vma, PAIR_PAGES)) {
			if (!bad++)
				snprintf(first, sizeof(first), "round %u: %s", round,
					 pair_outcome(&pr));
		}
		for (i = 0; i < 2; i++)
			munmap(pr.gfns[i], PAGE_SIZE);
		munmap(pr.vma, PAIR_PAGES * PAGE_SIZE);
	}
	close(gfd);
	tap_result(!bad, first, "racing: two threads map one fresh VMA whole at once, %u rounds: "
		   "one wins, the other EINVAL, all pages mapped (%u wrong)", MAP_ROUNDS, bad);
}

static long restrict_to(struct pair *pr, int who)
{
	return ioctl(pr->fd, IOCTL_PRIVCMD_RESTRICT, &pr->dom[who]);
}

/* With neither address nor size, MMAP_RESOURCE asks Xen only for a size. */
static long resource_size(int fd, domid_t dom)
{
	struct privcmd_mmap_resource r = {
		.dom = dom,
		.type = XENMEM_resource_grant_table,
		.id = XENMEM_resource_grant_table_id_shared,
	};

	return ioctl(fd, IOCTL_PRIVCMD_MMAP_RESOURCE, &r);
}

/* The file serves the winner's domain (a domain Xen does not know: ESRCH) only. */
static bool restricted_to(int fd, domid_t winner, domid_t loser)
{
	long rc;

	if (resource_size(fd, loser) != -1 || errno != EPERM)
		return false;
	rc = resource_size(fd, winner);
	return winner == NO_SUCH_DOMID ? rc == -1 && errno == ESRCH : rc == 0;
}

static void test_restrict_race(domid_t domid)
{
	struct pair pr = { .call = restrict_to, .dom = { domid, NO_SUCH_DOMID } };
	unsigned int round, bad = 0, wins[2] = { 0, 0 };
	char first[96] = "";
	int winner;

	for (round = 0; round < RESTRICT_ROUNDS; round++) {
		pr.fd = open_privcmd();
		if (!run_pair(&pr, &winner) ||
		    !restricted_to(pr.fd, pr.dom[winner], pr.dom[!winner])) {
			if (!bad++)
				snprintf(first, sizeof(first), "round %u: %s", round,
					 pair_outcome(&pr));
		} else {
			wins[winner]++;
		}
		close(pr.fd);
	}
	tap_result(!bad, first, "racing: two threads RESTRICT one file to two domains at once, "
		   "%u rounds: one wins (the domU %u times), the other EINVAL, the file "
		   "serves the winner only (%u wrong)", RESTRICT_ROUNDS, wins[0], bad);
}

/* The churn: bad input against whatever the shared files and slots are now. */
struct churn {
	domid_t domid;
	char *area;			/* NR_SLOTS slots of SLOT_PAGES */
	int *ro;			/* a read-only page */
	int fd;				/* unrestricted, swapped and closed */
	int rfd;			/* restricted to domid, swapped */
	atomic_ulong calls, wrong, ebadf, forks, bad_children, swaps;
	atomic_bool stop;
	char first[96];
	pthread_mutex_t lock;
};

/* What one call sees: the files as they are now, and one slot. */
struct bad_call {
	int fd;
	int rfd;
	domid_t domid;
	char *slot;
	int *ro;
};

struct bad_case {
	const char *what;
	long (*call)(const struct bad_call *b);
	int want;
};

static long null_hypercall(const struct bad_call *b)
{
	return ioctl(b->fd, IOCTL_PRIVCMD_HYPERCALL, NULL);
}

static long zero_frames(const struct bad_call *b)
{
	xen_pfn_t gfn = GUEST_RAM_GFN;
	int err;

	return mmapbatch_v2(b->fd, b->slot, 0, b->domid, &gfn, &err);
}

/* No VMA at a slot, privcmd's or not, has more pages than the slot. */
static long beyond_any_vma(const struct bad_call *b)
{
	xen_pfn_t gfns[SLOT_PAGES + 1] = { 0 };
	int errs[SLOT_PAGES + 1];

	return mmapbatch_v2(b->fd, b->slot, SLOT_PAGES + 1, b->domid, gfns, errs);
}

/* Checked before the VMA is looked at, whatever the slot holds. */
static long ro_error_array(const struct bad_call *b)
{
	xen_pfn_t gfn = GUEST_RAM_GFN;

	return mmapbatch_v2(b->fd, b->slot, 1, b->domid, &gfn, b->ro);
}

static long v1_minus_one(const struct bad_call *b)
{
	xen_pfn_t gfn = GUEST_RAM_GFN;

	return mmapbatch_v1(b->fd, b->slot, -1, b->domid, &gfn);
}

static long wide_resource_type(const struct bad_call *b)
{
	struct privcmd_mmap_resource r = {
		.dom = b->domid,
		.type = 0x10000 | XENMEM_resource_grant_table,
		.num = 1,
		.addr = (uintptr_t)b->slot,
	};

	return ioctl(b->fd, IOCTL_PRIVCMD_MMAP_RESOURCE, &r);
}

static long many_dm_bufs(const struct bad_call *b)
{
	static privcmd_dm_op_buf_t bufs[17];
	privcmd_dm_op_t op = { .dom = b->domid, .num = 17, .ubufs = bufs };

	return ioctl(b->fd, IOCTL_PRIVCMD_DM_OP, &op);
}

static long unknown_ioctl(const struct bad_call *b)
{
	return ioctl(b->fd, _IOC(_IOC_NONE, 'P', 0xff, 0), 0);
}

static long restricted_hypercall(const struct bad_call *b)
{
	return hypercall(b->rfd, __HYPERVISOR_xen_version, 0, 0, 0, 0, 0);
}

static long restricted_map_dom0(const struct bad_call *b)
{
	xen_pfn_t gfn = GUEST_RAM_GFN;
	int err;

	return mmapbatch_v2(b->rfd, b->slot, 1, 0, &gfn, &err);
}

static long restricted_resource_dom0(const struct bad_call *b)
{
	return resource_size(b->rfd, 0);
}

static const struct bad_case churn_cases[] = {
	{ "HYPERCALL: NULL argument", null_hypercall, EFAULT },
	{ "MMAPBATCH_V2: 0 frames", zero_frames, EINVAL },
	{ "MMAPBATCH_V2: more frames than a VMA there", beyond_any_vma, EINVAL },
	{ "MMAPBATCH_V2: read-only error array", ro_error_array, EFAULT },
	{ "MMAPBATCH: -1 frames", v1_minus_one, EINVAL },
	{ "MMAP_RESOURCE: type beyond 16 bits", wide_resource_type, EINVAL },
	{ "DM_OP: 17 buffers", many_dm_bufs, E2BIG },
	{ "ioctl 'P' 0xff", unknown_ioctl, ENOTTY },
	{ "restricted: HYPERCALL", restricted_hypercall, EPERM },
	{ "restricted: MMAPBATCH_V2 of dom0", restricted_map_dom0, EPERM },
	{ "restricted: MMAP_RESOURCE of dom0", restricted_resource_dom0, EPERM },
};

#define NR_CASES	(sizeof(churn_cases) / sizeof(churn_cases[0]))

/*
 * One case on a slot: true if it answered as it must.  The unrestricted
 * file may be closed at that instant (EBADF), counted apart.
 */
static bool churn_call(struct churn *c, unsigned int k, unsigned int s, int *err)
{
	const struct bad_case *bc = &churn_cases[k];
	struct bad_call b = {
		.fd = c->fd,
		.rfd = c->rfd,
		.domid = c->domid,
		.slot = c->area + (size_t)s * SLOT_PAGES * PAGE_SIZE,
		.ro = c->ro,
	};
	long rc = bc->call(&b);

	*err = errno;
	if (rc == -1 && *err == EBADF && bc->want != EPERM) {
		atomic_fetch_add(&c->ebadf, 1);
		return true;
	}
	return rc == -1 && *err == bc->want;
}

static void churn_wrong(struct churn *c, unsigned int k, int err)
{
	if (atomic_fetch_add(&c->wrong, 1))
		return;
	pthread_mutex_lock(&c->lock);
	snprintf(c->first, sizeof(c->first), "%s -> %s, want %s", churn_cases[k].what,
		 errno_name(err), errno_name(churn_cases[k].want));
	pthread_mutex_unlock(&c->lock);
}

/*
 * The callers stop once the churn has done all it is for: CHURN_CALLS
 * calls, enough of them on open files, every way of swapping files, a
 * fork.  The other threads run only when the scheduler lets them, and on
 * a one-vCPU dom0 one of them can sit preempted for a thousand calls
 * (once between its close() and dup2(), every call on that file EBADF):
 * then the callers go on, up to CHURN_CALLS_MAX, rather than count a
 * churn that never happened.
 */
static bool churn_done(struct churn *c, unsigned long calls)
{
	if (calls >= CHURN_CALLS_MAX)
		return true;
	return calls >= CHURN_CALLS && calls - atomic_load(&c->ebadf) >= CHURN_REACHED &&
	       atomic_load(&c->swaps) >= CHURN_SWAPS && atomic_load(&c->forks);
}

static void *churn_caller(void *arg)
{
	struct churn *c = arg;
	uint64_t state = (uintptr_t)&state | 1;
	unsigned long n;
	unsigned int k;
	int err;

	while (!churn_done(c, n = atomic_fetch_add(&c->calls, 1))) {
		k = xorshift64s(&state) % NR_CASES;
		if (!churn_call(c, k, xorshift64s(&state) % NR_SLOTS, &err))
			churn_wrong(c, k, err);
		/* On a dom0 of one vCPU the others run only when let. */
		if (!(n % 16))
			sched_yield();
	}
	atomic_store(&c->stop, true);
	return NULL;
}

/* Each slot becomes something else, whole, at the same address. */
static void *churn_slots(void *arg)
{
	struct churn *c = arg;
	uint64_t state = 0x5eed;
	size_t len = SLOT_PAGES * PAGE_SIZE;
	char *s, *t;

	while (!atomic_load(&c->stop)) {
		s = c->area + xorshift64s(&state) % NR_SLOTS * len;
		t = c->area + xorshift64s(&state) % NR_SLOTS * len;
		switch (xorshift64s(&state) % 5) {
		case 0:
			mmap(s, len, PROT_READ, MAP_SHARED | MAP_FIXED, c->fd, 0);
			break;
		case 1:
			mmap(s, len, PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
			break;
		case 2:
			mprotect(s, len, PROT_READ);
			break;
		case 3:
			munmap(s, len);
			break;
		default:
			if (s != t)
				mremap(t, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, s);
			break;
		}
	}
	return NULL;
}

/* The same file numbers get new files, or none for a moment. */
static void *churn_files(void *arg)
{
	struct churn *c = arg;
	domid_t dom = c->domid;
	unsigned int i;
	int fd;

	for (i = 0; !atomic_load(&c->stop); i++) {
		fd = open_privcmd();
		if (i % 3 == 2) {
			ioctl(fd, IOCTL_PRIVCMD_RESTRICT, &dom);
			dup2(fd, c->rfd);
		} else if (i % 3) {
			dup2(fd, c->fd);
		} else {
			close(c->fd);
			dup2(fd, c->fd);
		}
		close(fd);
		atomic_fetch_add(&c->swaps, 1);
		usleep(500);
	}
	return NULL;
}

/* A child makes every case once on the files it inherited. */
static int churn_child(void *arg)
{
	struct churn *c = arg;
	unsigned int k;
	int err;

	for (k = 0; k < NR_CASES; k++) {
		if (!churn_call(c, k, k % NR_SLOTS, &err))
			return 1;
	}
	return 0;
}

static void *churn_forks(void *arg)
{
	struct churn *c = arg;

	while (!atomic_load(&c->stop)) {
		if (atomic_load(&c->forks) * CALLS_PER_FORK > atomic_load(&c->calls)) {
			usleep(1000);
			continue;
		}
		if (!child_ok(churn_child, c))
			atomic_fetch_add(&c->bad_children, 1);
		atomic_fetch_add(&c->forks, 1);
	}
	return NULL;
}

static void churn_report(struct churn *c)
{
	unsigned long calls = atomic_load(&c->calls), wrong = atomic_load(&c->wrong);
	unsigned long forks = atomic_load(&c->forks), bad = atomic_load(&c->bad_children);
	unsigned long ebadf = atomic_load(&c->ebadf), swaps = atomic_load(&c->swaps);

	/* Each caller's last fetch counted a call it did not make. */
	calls -= 2;
	if (!c->first[0] && calls - ebadf < CHURN_REACHED)
		snprintf(c->first, sizeof(c->first), "under %d calls found their file open",
			 CHURN_REACHED);
	else if (!c->first[0] && (swaps < CHURN_SWAPS || !forks))
		snprintf(c->first, sizeof(c->first), "the files were swapped %lu times, %lu forks",
			 swaps, forks);
	tap_result(!wrong && !bad && forks && swaps >= CHURN_SWAPS && calls - ebadf >= CHURN_REACHED,
		   c->first,
		   "racing: %lu bad calls while threads replace the VMAs and files and fork: "
		   "%lu wrong errnos, %lu EBADF (file closed), %lu files swapped, "
		   "%lu forks (%lu children saw a wrong errno)",
		   calls, wrong, ebadf, swaps, forks, bad);
}

static void test_churn(domid_t domid)
{
	void *(*fns[])(void *) = { churn_caller, churn_caller, churn_slots, churn_files,
				   churn_forks };
	struct churn c = { .domid = domid, .lock = PTHREAD_MUTEX_INITIALIZER };
	pthread_t t[sizeof(fns) / sizeof(fns[0])];
	domid_t dom = domid;
	unsigned int i;

	c.area = map_anywhere(NR_SLOTS * SLOT_PAGES, PROT_NONE);
	c.ro = map_anywhere(1, PROT_READ);
	c.fd = open_privcmd();
	c.rfd = open_privcmd();
	ioctl(c.rfd, IOCTL_PRIVCMD_RESTRICT, &dom);
	for (i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
		pthread_create(&t[i], NULL, fns[i], &c);
	for (i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
		pthread_join(t[i], NULL);
	churn_report(&c);
	munmap(c.area, NR_SLOTS * SLOT_PAGES * PAGE_SIZE);
	munmap(c.ro, PAGE_SIZE);
	close(c.fd);
	close(c.rfd);
}

void bad_input_racing(domid_t domid)
{
	int fd = open_privcmd();

	test_same_vma(fd, domid);
	close(fd);
	test_restrict_race(domid);
	test_churn(domid);
}
