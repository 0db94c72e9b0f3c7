// SPDX-License-Identifier: GPL-2.0
/*
 * blk-bench: the Linux half of scripts/blk-bench.  Runs as /init's child
 * in a Debian kernel domU whose disk is served by dom0's xen-blkback, and
 * measures the disk through Linux's own xen-blkfront with O_DIRECT, the
 * same three figures, block sizes, queue depth and disk region as the
 * armxen guest's bench suite (drivers/xen/blk-bench.c):
 *
 *   blk-bench [-q DEPTH] [-r ROUNDS] [-m REGION_MIB] [-n RANDOM_READS] DEVICE
 *
 *   seq-write  1 MiB writes over the region, then a flush (fsync)   MB/s
 *   seq-read   1 MiB reads over the region                          MB/s
 *   rand-read  4 KiB reads at the region's pseudo-random blocks     IOPS
 *
 * DEPTH threads each keep one request in flight (the queue depth), taking
 * the next request from a shared counter; each figure is the best of
 * ROUNDS rounds, since a run can only be slowed by what else the host
 * does.  MB is 10^6 bytes.  The lines it prints, which scripts/blk-bench
 * reads from the domU's console:
 *
 *   blk-bench: params region=BYTES qd=N rounds=N seq_bs=BYTES rand_bs=BYTES rand_n=N
 *   blk-bench: round NAME I VALUE UNIT
 *   blk-bench: result NAME VALUE UNIT
 *   blk-bench: error WHAT: WHY
 *
 * Exit status 0 when every figure was measured.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <linux/fs.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The defaults are drivers/xen/blk-bench.c's; scripts/blk-bench compares. */
#define QUEUE_DEPTH	8
#define ROUNDS		3
#define REGION_MIB	128
#define RANDOM_READS	2048
#define SEQ_BS		(1024 * 1024)
#define RAND_BS		4096
#define MAX_DEPTH	64

enum kind { SEQ_WRITE, SEQ_READ, RAND_READ };

static const char *const kind_name[] = { "seq-write", "seq-read", "rand-read" };

struct run {
	int fd;
	enum kind kind;
	uint64_t region;	/* bytes */
	uint64_t nr;		/* requests in one round */
	atomic_uint_fast64_t next;
	atomic_int error;	/* the first errno, 0 while none */
	pthread_mutex_t lock;	/* with @cond and @go: the starting gun */
	pthread_cond_t cond;
	bool go;
};

struct worker {
	pthread_t thread;
	struct run *run;
	void *buf;
};

/*
 * Which 4 KiB block random read number @i reads: a 64-bit mix of @i (the
 * finaliser of MurmurHash3), so that the set of offsets is the same
 * whatever order the requests go out in, and the same as the armxen
 * guest's, which uses the same function.
 */
static uint64_t rand_block(uint64_t i, uint64_t blocks)
{
	uint64_t x = i + 1;

	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x % blocks;
}

/* Returns 0 or an errno; a short transfer is EIO. */
static int one_request(struct run *r, uint64_t i, void *buf)
{
	size_t len = r->kind == RAND_READ ? RAND_BS : SEQ_BS;
	off_t pos;
	ssize_t done;

	if (r->kind == RAND_READ)
		pos = (off_t)(rand_block(i, r->region / RAND_BS) * RAND_BS);
	else
		pos = (off_t)(i * SEQ_BS);
	if (r->kind == SEQ_WRITE)
		done = pwrite(r->fd, buf, len, pos);
	else
		done = pread(r->fd, buf, len, pos);
	if (done < 0)
		return errno;
	return (size_t)done == len ? 0 : EIO;
}

static void wait_for_go(struct run *r)
{
	pthread_mutex_lock(&r->lock);
	while (!r->go)
		pthread_cond_wait(&r->cond, &r->lock);
	pthread_mutex_unlock(&r->lock);
}

static void *worker_main(void *arg)
{
	struct worker *w = arg;
	struct run *r = w->run;
	uint64_t i;
	int err, none;

	wait_for_go(r);
	while (!atomic_load(&r->error)) {
		i = atomic_fetch_add(&r->next, 1);
		if (i >= r->nr)
			break;
		err = one_request(r, i, w->buf);
		none = 0;
		if (err)
			atomic_compare_exchange_strong(&r->error, &none, err);
	}
	return NULL;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * One round of @r with @depth workers: the seconds from the moment they
 * are released to the last completion (and the flush, for writes), or a
 * negative errno.  The threads are made before the clock starts.
 */
static double one_round(struct run *r, struct worker *w, unsigned int depth)
{
	unsigned int i, started = 0;
	double t0, secs;
	int err = 0;

	atomic_store(&r->next, 0);
	atomic_store(&r->error, 0);
	r->go = false;
	for (i = 0; i < depth && !err; i++) {
		err = pthread_create(&w[i].thread, NULL, worker_main, &w[i]);
		if (!err)
			started++;
	}
	if (err)
		atomic_store(&r->error, err);	/* those started stop at once */
	pthread_mutex_lock(&r->lock);
	r->go = true;
	t0 = now_s();
	pthread_cond_broadcast(&r->cond);
	pthread_mutex_unlock(&r->lock);
	for (i = 0; i < started; i++)
		pthread_join(w[i].thread, NULL);
	err = atomic_load(&r->error);
	if (!err && r->kind == SEQ_WRITE && fsync(r->fd))
		err = errno;
	secs = now_s() - t0;
	return err ? -err : secs;
}

/* The figure of one round: MB/s (10^6 bytes) or IOPS. */
static double figure(const struct run *r, double secs)
{
	if (r->kind == RAND_READ)
		return r->nr / secs;
	return r->nr * (double)SEQ_BS / 1e6 / secs;
}

static const char *unit(enum kind kind)
{
	return kind == RAND_READ ? "IOPS" : "MB/s";
}

/* Every round of one measurement; prints the best.  0 or an errno. */
static int measure(struct run *r, struct worker *w, unsigned int depth,
		   unsigned int rounds, enum kind kind, uint64_t nr)
{
	double secs, f, best = 0;
	unsigned int i;

	r->kind = kind;
	for (i = 1; i <= rounds; i++) {
		r->nr = nr;
		secs = one_round(r, w, depth);
		if (secs < 0) {
			printf("blk-bench: error %s round %u: %s\n", kind_name[kind], i,
			       strerror((int)-secs));
			return (int)-secs;
		}
		f = figure(r, secs);
		printf("blk-bench: round %s %u %.1f %s (%.3f s)\n", kind_name[kind], i, f,
		       unit(kind), secs);
		if (f > best)
			best = f;
	}
	printf("blk-bench: result %s %.1f %s\n", kind_name[kind], best, unit(kind));
	return 0;
}

static void usage(void)
{
	fprintf(stderr, "usage: blk-bench [-q DEPTH] [-r ROUNDS] [-m REGION_MIB] "
		"[-n RANDOM_READS] DEVICE\n");
	exit(2);
}

/* A whole number from @lo to @hi, or usage(). */
static unsigned long number(const char *s, unsigned long lo, unsigned long hi)
{
	unsigned long v;
	char *end;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		usage();
	return v;
}

/* One 1 MiB buffer a worker, aligned for O_DIRECT, holding a pattern. */
static int alloc_buffers(struct worker *w, unsigned int depth, struct run *r)
{
	unsigned int i;

	for (i = 0; i < depth; i++) {
		if (posix_memalign(&w[i].buf, 4096, SEQ_BS))
			return ENOMEM;
		memset(w[i].buf, 0xa5 ^ i, SEQ_BS);
		w[i].run = r;
	}
	return 0;
}

/* The disk, or a regular file (to try the program out on a host). */
static int open_disk(const char *path, uint64_t *bytes)
{
	int fd = open(path, O_RDWR | O_DIRECT);
	struct stat st;

	if (fd < 0 || fstat(fd, &st))
		goto fail;
	if (S_ISREG(st.st_mode))
		*bytes = st.st_size;
	else if (ioctl(fd, BLKGETSIZE64, bytes))
		goto fail;
	return fd;
fail:
	printf("blk-bench: error open %s: %s\n", path, strerror(errno));
	return -1;
}

int main(int argc, char **argv)
{
	unsigned int depth = QUEUE_DEPTH, rounds = ROUNDS, region_mib = REGION_MIB;
	unsigned long rand_n = RANDOM_READS;
	static struct worker w[MAX_DEPTH];
	struct run r = { .lock = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER };
	uint64_t bytes;
	int opt, err;

	while ((opt = getopt(argc, argv, "q:r:m:n:")) != -1) {
		switch (opt) {
		case 'q': depth = number(optarg, 1, MAX_DEPTH); break;
		case 'r': rounds = number(optarg, 1, 100); break;
		case 'm': region_mib = number(optarg, 1, 1 << 20); break;
		case 'n': rand_n = number(optarg, 1, 1UL << 30); break;
		default: usage();
		}
	}
	if (optind != argc - 1)
		usage();
	setvbuf(stdout, NULL, _IOLBF, 0);
	r.fd = open_disk(argv[optind], &bytes);
	if (r.fd < 0)
		return 1;
	r.region = (uint64_t)region_mib << 20;
	if (bytes < r.region) {
		printf("blk-bench: error disk: %" PRIu64 " bytes, less than the %u MiB region\n",
		       bytes, region_mib);
		return 1;
	}
	if (alloc_buffers(w, depth, &r)) {
		printf("blk-bench: error buffers: out of memory\n");
		return 1;
	}
	printf("blk-bench: disk %s %" PRIu64 " bytes\n", argv[optind], bytes);
	printf("blk-bench: params region=%" PRIu64 " qd=%u rounds=%u seq_bs=%u rand_bs=%u rand_n=%lu\n",
	       r.region, depth, rounds, SEQ_BS, RAND_BS, rand_n);
	err = measure(&r, w, depth, rounds, SEQ_WRITE, r.region / SEQ_BS);
	err = err ?: measure(&r, w, depth, rounds, SEQ_READ, r.region / SEQ_BS);
	err = err ?: measure(&r, w, depth, rounds, RAND_READ, rand_n);
	close(r.fd);
	return err ? 1 : 0;
}
