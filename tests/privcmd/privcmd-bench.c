// SPDX-License-Identifier: GPL-2.0
/*
 * privcmd-bench: Linux's privcmd against armxen's, in the same dom0, on
 * the same domU:
 *
 *   privcmd-bench LINUX_DEV ARMXEN_DEV DOMID [ROUNDS]
 *
 * Times IOCTL_PRIVCMD_HYPERCALL (xen_version) per call, in blocks that
 * alternate between the two devices, and mapping then unmapping
 * BENCH_FRAMES frames of DOMID with IOCTL_PRIVCMD_MMAPBATCH_V2, alternating
 * for ROUNDS rounds; prints the median times and armxen/Linux ratios:
 *
 *   bench hypercall linux_ns=N armxen_ns=N ratio=R
 *   bench ioctl-floor linux_ns=N armxen_ns=N ratio=R
 *   bench map+unmap linux_ms=N armxen_ms=N ratio=R (map N/N, unmap N/N)
 *   bench map+unmap-in-xen armxen_ms=N linux_ms=N ratio=R
 *
 * The last line, printed when armxen's module counts the time its memory
 * ops spend in Xen (the bench variant's xen_mem_ns parameter), says how
 * much of armxen's map+unmap time is Xen's, and that time as a ratio of
 * Linux's whole map+unmap: the lowest ratio any dom0 driver issuing these
 * memory ops could reach.
 */
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <xen/version.h>

#include "util.h"

#define BENCH_FRAMES	8192
#define MAX_ROUNDS	15
/* Hypercalls are timed in short blocks, the devices taking turns. */
#define HCALL_BLOCKS	(2 * MAX_ROUNDS)
#define HCALL_BLOCK	400

struct sample {
	double map_ms;
	double unmap_ms;
	double xen_ms;		/* of both, in Xen's memory ops (armxen's only) */
};

#define XEN_MEM_NS	"/sys/module/armxen_privcmd_bench/parameters/xen_mem_ns"

/* The armxen module's time in Xen so far, in ms, or -1 if it is not counted. */
static double xen_mem_ms(void)
{
	FILE *f = fopen(XEN_MEM_NS, "r");
	long long ns = -1;

	if (f) {
		if (fscanf(f, "%lld", &ns) != 1)
			ns = -1;
		fclose(f);
	}
	return ns < 0 ? -1 : ns / 1e6;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int open_dev(const char *path)
{
	privcmd_path = path;
	return open_privcmd();
}

/*
 * An ioctl number neither device knows: the cost of reaching a driver's
 * ioctl handler and back, which the hypercall figure includes and no
 * driver can change.
 */
#define UNKNOWN_IOCTL	_IO('P', 0x7f)

static double time_unknown_ioctls(int fd, int calls)
{
	double t0 = now();
	int i;

	for (i = 0; i < calls; i++) {
		if (ioctl(fd, UNKNOWN_IOCTL, 0) != -1 || errno != ENOTTY) {
			printf("Bail out! an unknown ioctl did not fail with ENOTTY\n");
			exit(1);
		}
	}
	return (now() - t0) / calls * 1e9;
}

static double time_hypercalls(int fd, int calls)
{
	double t0 = now();
	int i;

	for (i = 0; i < calls; i++) {
		if (hypercall(fd, __HYPERVISOR_xen_version, XENVER_version, 0, 0, 0, 0) < 0) {
			printf("Bail out! xen_version failed: %s\n", strerror(errno));
			exit(1);
		}
	}
	return (now() - t0) / calls * 1e9;
}

#define BALLOON_KB	"/sys/devices/system/xen_memory/xen_memory0/info/current_kb"

static long balloon_kb(void)
{
	FILE *f = fopen(BALLOON_KB, "r");
	long kb = -1;

	if (f) {
		if (fscanf(f, "%ld", &kb) != 1)
			kb = -1;
		fclose(f);
	}
	return kb;
}

/*
 * Linux's module (and armxen's where Xen has no extended regions) backs a
 * mapping with frames of Linux's balloon, which claims the memory back
 * from Xen in the background a moment after they are returned: start
 * every mapping with the balloon back where it was.  Returns false if it
 * did not get there.
 */
static bool settle_balloon(long want_kb)
{
	long kb = balloon_kb(), last = kb;
	int i, still = 0;

	for (i = 0; i < 200 && kb != want_kb && kb >= 0 && still < 30; i++) {
		usleep(50000);
		kb = balloon_kb();
		still = kb == last ? still + 1 : 0;
		last = kb;
	}
	return kb == want_kb || kb < 0;
}

static void time_mapping(int fd, domid_t domid, struct sample *s)
{
	static xen_pfn_t gfns[BENCH_FRAMES];
	static int errs[BENCH_FRAMES];
	double t0, t1, xen0;
	void *p;
	int i;

	for (i = 0; i < BENCH_FRAMES; i++)
		gfns[i] = GUEST_RAM_GFN + i;
	xen0 = xen_mem_ms();
	t0 = now();
	p = privcmd_vma(fd, BENCH_FRAMES);
	if (!p || mmapbatch_v2(fd, p, BENCH_FRAMES, domid, gfns, errs)) {
		printf("Bail out! mapping %d frames failed: %s\n", BENCH_FRAMES, strerror(errno));
		exit(1);
	}
	t1 = now();
	for (i = 0; i < BENCH_FRAMES; i++) {
		if (errs[i]) {
			printf("Bail out! frame %d failed: %d\n", i, errs[i]);
			exit(1);
		}
	}
	munmap(p, BENCH_FRAMES * PAGE_SIZE);
	s->map_ms = (t1 - t0) * 1e3;
	s->unmap_ms = (now() - t1) * 1e3;
	s->xen_ms = xen0 < 0 ? -1 : xen_mem_ms() - xen0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median_of(const double *values, int n)
{
	double v[HCALL_BLOCKS];

	memcpy(v, values, n * sizeof(v[0]));
	qsort(v, n, sizeof(v[0]), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The median of one field over the rounds. */
static double median(const struct sample *s, int n, size_t offset)
{
	double v[MAX_ROUNDS];
	int i;

	for (i = 0; i < n; i++)
		v[i] = *(const double *)((const char *)&s[i] + offset);
	return median_of(v, n);
}

static void swap_doubles(double *a, double *b)
{
	double t = *a;

	*a = *b;
	*b = t;
}

#define MEDIAN(s, n, field)	median(s, n, offsetof(struct sample, field))

/*
 * Time @turns blocks of calls on each device; every other turn armxen's
 * goes first, so that the order favours neither.
 */
static void time_turns(double (*time_calls)(int fd, int calls), int lfd, int afd, int turns,
		       double *linux_ns, double *armxen_ns)
{
	int r;

	for (r = 0; r < turns; r++) {
		linux_ns[r] = time_calls(r % 2 ? afd : lfd, HCALL_BLOCK);
		armxen_ns[r] = time_calls(r % 2 ? lfd : afd, HCALL_BLOCK);
		if (r % 2)
			swap_doubles(&linux_ns[r], &armxen_ns[r]);
	}
}

/*
 * Each turn times both devices back to back, so the ratio within a turn
 * sees the same load on the host; the median of those is what is
 * reported, with the median times.
 */
static void print_turns(const char *what, const double *linux_ns, const double *armxen_ns,
			int turns)
{
	double ratios[HCALL_BLOCKS];
	int r;

	for (r = 0; r < turns; r++)
		ratios[r] = armxen_ns[r] / linux_ns[r];
	printf("bench %s linux_ns=%.0f armxen_ns=%.0f ratio=%.2f "
	       "(medians of %d turns of %d calls each)\n", what, median_of(linux_ns, turns),
	       median_of(armxen_ns, turns), median_of(ratios, turns), turns, HCALL_BLOCK);
}

int main(int argc, char **argv)
{
	struct sample linux_s[MAX_ROUNDS], armxen_s[MAX_ROUNDS];
	double linux_h[HCALL_BLOCKS], armxen_h[HCALL_BLOCKS];
	double linux_f[HCALL_BLOCKS], armxen_f[HCALL_BLOCKS];
	double linux_t[MAX_ROUNDS], armxen_t[MAX_ROUNDS], ratios[HCALL_BLOCKS];
	int lfd, afd, rounds, r, unsettled = 0;
	bool refills;
	long settled_kb;
	domid_t domid;

	if (argc < 4) {
		fprintf(stderr, "usage: privcmd-bench LINUX_DEV ARMXEN_DEV DOMID [ROUNDS]\n");
		return 2;
	}
	lfd = open_dev(argv[1]);
	afd = open_dev(argv[2]);
	domid = strtoul(argv[3], NULL, 0);
	rounds = argc > 4 ? atoi(argv[4]) : 6;
	if (rounds < 1 || rounds > MAX_ROUNDS)
		rounds = 6;

	settled_kb = balloon_kb();
	/* Warm both up: the page tables, the caches. */
	time_hypercalls(lfd, HCALL_BLOCK);
	time_hypercalls(afd, HCALL_BLOCK);
	time_mapping(lfd, domid, &linux_s[0]);
	time_mapping(afd, domid, &armxen_s[0]);
	/* Some balloons keep what they are given back (seen on armhf). */
	refills = settle_balloon(settled_kb);
	if (!refills)
		printf("# the balloon keeps returned frames: no settling between mappings\n");
	time_turns(time_hypercalls, lfd, afd, 2 * rounds, linux_h, armxen_h);
	time_turns(time_unknown_ioctls, lfd, afd, 2 * rounds, linux_f, armxen_f);
	for (r = 0; r < rounds; r++) {
		int first = r % 2 ? afd : lfd, second = r % 2 ? lfd : afd;
		struct sample *fs = r % 2 ? &armxen_s[r] : &linux_s[r];
		struct sample *ss = r % 2 ? &linux_s[r] : &armxen_s[r];

		unsettled += refills && !settle_balloon(settled_kb);
		time_mapping(first, domid, fs);
		unsettled += refills && !settle_balloon(settled_kb);
		time_mapping(second, domid, ss);
	}
	if (unsettled)
		printf("# the balloon had not settled before %d of %d mappings\n", unsettled,
		       2 * rounds);

	print_turns("hypercall", linux_h, armxen_h, 2 * rounds);
	print_turns("ioctl-floor", linux_f, armxen_f, 2 * rounds);
	for (r = 0; r < rounds; r++) {
		linux_t[r] = linux_s[r].map_ms + linux_s[r].unmap_ms;
		armxen_t[r] = armxen_s[r].map_ms + armxen_s[r].unmap_ms;
		ratios[r] = armxen_t[r] / linux_t[r];
	}
	printf("bench map+unmap linux_ms=%.1f armxen_ms=%.1f ratio=%.2f "
	       "(%d frames, medians of %d turns: map %.1f/%.1f ms, unmap %.1f/%.1f ms)\n",
	       median_of(linux_t, rounds), median_of(armxen_t, rounds), median_of(ratios, rounds),
	       BENCH_FRAMES, rounds, MEDIAN(linux_s, rounds, map_ms),
	       MEDIAN(armxen_s, rounds, map_ms), MEDIAN(linux_s, rounds, unmap_ms),
	       MEDIAN(armxen_s, rounds, unmap_ms));
	if (MEDIAN(armxen_s, rounds, xen_ms) >= 0) {
		for (r = 0; r < rounds; r++)
			ratios[r] = armxen_s[r].xen_ms / linux_t[r];
		printf("bench map+unmap-in-xen armxen_ms=%.1f linux_ms=%.1f ratio=%.2f "
		       "(armxen's time in Xen's memory ops, against Linux's whole map+unmap)\n",
		       MEDIAN(armxen_s, rounds, xen_ms), median_of(linux_t, rounds),
		       median_of(ratios, rounds));
	}
	return 0;
}
