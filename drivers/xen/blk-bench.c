// SPDX-License-Identifier: GPL-2.0
/*
 * PV block benchmark (CONFIG_XEN_BLK_BENCH), run instead of the KTAP
 * suites in the armxen domU of scripts/blk-bench: the first disk the
 * toolstack gave the domain, through the block API (include/linux/
 * blkdev.h) and so through armxen's xen-blkfront, against Linux's
 * xen-blkback in dom0.
 *
 *   seq-write  1 MiB writes over the region, then a flush   MB/s
 *   seq-read   1 MiB reads over the region                  MB/s
 *   rand-read  4 KiB reads at the region's pseudo-random    IOPS
 *              blocks
 *
 * QUEUE_DEPTH requests are kept in flight: each completion, in the disk's
 * interrupt, starts the run's next request.  Each figure is the best of
 * ROUNDS rounds.  Block sizes, queue depth, region, the random blocks and
 * the lines printed are those of the Linux domU's program
 * (tests/blk-bench/blk-bench.c), which scripts/blk-bench compares this
 * with; MB is 10^6 bytes.  Times are wall-clock, from the generic timer.
 */
#define pr_fmt(fmt) "blk-bench: " fmt

#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/blkdev.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/math64.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <xen/xen.h>
#include <xen/xenbus.h>

#define QUEUE_DEPTH	8
#define ROUNDS		3
#define REGION_MIB	128
#define RANDOM_READS	2048
#define SEQ_BS		(1024 * 1024)
#define RAND_BS		4096
#define SCAN_MS		30000	/* for the disk to connect */
#define ROUND_MS	300000	/* for one round: minutes, under QEMU */

enum bb_kind { BB_SEQ_WRITE, BB_SEQ_READ, BB_RAND_READ };

static const char *const bb_name[] = { "seq-write", "seq-read", "rand-read" };

struct bb_run;

/*
 * One request in flight.  Two bios taking turns: the next request is
 * started from the last one's ->bi_end_io, and the driver may still be
 * returning from that call when the next completes.
 */
struct bb_slot {
	struct bio bio[2];
	unsigned int turn;
	void *buf;
	struct bb_run *run;
};

struct bb_run {
	struct block_device *bdev;
	enum bb_kind kind;
	u64 region;		/* bytes */
	int nr;			/* requests in one round */
	atomic_t next;		/* the next request's number */
	atomic_t idle;		/* slots with nothing more to do */
	int error;		/* the first bio's error, 0 while none */
	struct bb_slot slot[QUEUE_DEPTH];
};

/*
 * Which 4 KiB block random read number @i reads: a 64-bit mix of @i (the
 * finaliser of MurmurHash3), the same function as the Linux program's, so
 * that both read the same blocks whatever the order of completions.
 */
static u64 bb_rand_block(u64 i, u32 blocks)
{
	u64 x = i + 1;
	u32 block;

	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	div_u64_rem(x, blocks, &block);
	return block;
}

static void bb_end_io(struct bio *bio);

/*
 * Start @s on the run's next request, or retire it when there is none
 * left or a request failed.  From the submitter, then from ->bi_end_io.
 */
static void bb_next(struct bb_slot *s)
{
	struct bb_run *r = s->run;
	int i = atomic_inc_return(&r->next) - 1;
	struct bio *bio = &s->bio[s->turn];
	u64 pos = (u64)i * SEQ_BS;

	if (READ_ONCE(r->error) || i >= r->nr) {
		atomic_inc(&r->idle);
		return;
	}
	s->turn ^= 1;
	if (r->kind == BB_RAND_READ)
		pos = bb_rand_block(i, div_u64(r->region, RAND_BS)) * RAND_BS;
	bio_init(bio, r->bdev, r->kind == BB_SEQ_WRITE ? REQ_OP_WRITE : REQ_OP_READ,
		 pos >> SECTOR_SHIFT, s->buf, r->kind == BB_RAND_READ ? RAND_BS : SEQ_BS);
	bio->bi_end_io = bb_end_io;
	bio->bi_private = s;
	submit_bio(bio);
}

static void bb_end_io(struct bio *bio)
{
	struct bb_slot *s = bio->bi_private;

	if (bio->bi_status)
		cmpxchg(&s->run->error, 0, bio->bi_status);
	bb_next(s);
}

static bool bb_finished(void *arg)
{
	struct bb_run *r = arg;

	return atomic_read(&r->idle) == QUEUE_DEPTH;
}

/*
 * One round: the nanoseconds from the first submission to the last
 * completion (and the flush, for writes) in @ns.  Return: 0, the first
 * bio's error, or -ETIMEDOUT, when bios are still in flight and their
 * buffers must stay.
 */
static int bb_round(struct bb_run *r, u64 *ns)
{
	unsigned int i;
	u64 t0;
	int rc;

	atomic_set(&r->next, 0);
	atomic_set(&r->idle, 0);
	WRITE_ONCE(r->error, 0);
	t0 = get_cycles();
	for (i = 0; i < QUEUE_DEPTH; i++)
		bb_next(&r->slot[i]);
	rc = xenbus_wait(bb_finished, r, ROUND_MS);
	if (rc)
		return rc;
	rc = READ_ONCE(r->error);
	/* A backend without a flush has nothing to make durable: as fsync. */
	if (!rc && r->kind == BB_SEQ_WRITE) {
		rc = blkdev_issue_flush(r->bdev);
		if (rc == -EOPNOTSUPP)
			rc = 0;
	}
	*ns = cycles_to_ns(get_cycles() - t0);
	return rc;
}

/*
 * The figure of a round in tenths: MB/s (10^6 bytes, so bytes per us) or
 * IOPS.  A round is bounded by ROUND_MS, so its microseconds fit 32 bits.
 */
static u64 bb_figure_x10(const struct bb_run *r, u64 ns)
{
	u64 us = div_u64(ns, 1000);

	if (!us)
		us = 1;
	if (r->kind == BB_RAND_READ)
		return div_u64((u64)r->nr * 10000000, (u32)us);
	return div_u64((u64)r->nr * SEQ_BS * 10, (u32)us);
}

/* "123.4" of 1234, into @buf. */
static const char *bb_tenths(char *buf, size_t len, u64 x10)
{
	u32 tenth;
	u64 whole = div_u64_rem(x10, 10, &tenth);

	snprintf(buf, len, "%llu.%u", (unsigned long long)whole, tenth);
	return buf;
}

static const char *bb_unit(enum bb_kind kind)
{
	return kind == BB_RAND_READ ? "IOPS" : "MB/s";
}

/* Every round of one measurement, printing each and the best. */
static int bb_measure(struct bb_run *r, enum bb_kind kind, int nr)
{
	u64 ns, f, best = 0;
	unsigned int i;
	char fig[24];
	u32 ms;
	int rc;

	r->kind = kind;
	r->nr = nr;
	for (i = 1; i <= ROUNDS; i++) {
		rc = bb_round(r, &ns);
		if (rc) {
			pr_err("error %s round %u: %d\n", bb_name[kind], i, rc);
			return rc;
		}
		f = bb_figure_x10(r, ns);
		pr_info("round %s %u %s %s (%llu.%03u s)\n", bb_name[kind], i,
			bb_tenths(fig, sizeof(fig), f), bb_unit(kind),
			(unsigned long long)div_u64_rem(div_u64(ns, 1000000), 1000, &ms), ms);
		best = max(best, f);
	}
	pr_info("result %s %s %s\n", bb_name[kind], bb_tenths(fig, sizeof(fig), best),
		bb_unit(kind));
	return 0;
}

/* The first disk, once connected, if it holds the region; or NULL. */
static struct block_device *bb_disk(void)
{
	struct block_device *bdev;
	int rc = blkdev_scan(SCAN_MS);

	if (rc <= 0) {
		pr_err("error disk: none found (%d)\n", rc);
		return NULL;
	}
	bdev = blkdev_get_by_index(0);
	if (!bdev)
		return NULL;
	if (bdev_nr_sectors(bdev) < ((u64)REGION_MIB << 20) >> SECTOR_SHIFT ||
	    RAND_BS % bdev_logical_block_size(bdev) || bdev_read_only(bdev)) {
		pr_err("error disk: %s (%llu sectors, %u-byte blocks%s) cannot hold the %u MiB region\n",
		       bdev_name(bdev), (unsigned long long)bdev_nr_sectors(bdev),
		       bdev_logical_block_size(bdev), bdev_read_only(bdev) ? ", read-only" : "",
		       REGION_MIB);
		return NULL;
	}
	return bdev;
}

static void bb_print_disk(struct block_device *bdev)
{
	struct blk_dev_info info;

	bdev_get_info(bdev, &info);
	pr_info("disk %s %llu bytes\n", bdev_name(bdev),
		(unsigned long long)bdev_nr_sectors(bdev) << SECTOR_SHIFT);
	pr_info("frontend ring_pages=%u ring_slots=%u max_segments=%u indirect_segments=%u persistent=%d flush=%d\n",
		info.ring_pages, info.ring_slots, info.max_segments, info.indirect_segments,
		info.persistent, info.flush);
	pr_info("params region=%llu qd=%u rounds=%u seq_bs=%u rand_bs=%u rand_n=%u\n",
		(unsigned long long)REGION_MIB << 20, QUEUE_DEPTH, ROUNDS, SEQ_BS, RAND_BS,
		RANDOM_READS);
}

/* One 1 MiB buffer a slot, holding the Linux program's pattern. */
static int bb_alloc(struct bb_run *r)
{
	unsigned int i;

	for (i = 0; i < QUEUE_DEPTH; i++) {
		r->slot[i].buf = alloc_pages(get_order(SEQ_BS));
		if (!r->slot[i].buf)
			return -ENOMEM;
		memset(r->slot[i].buf, 0xa5 ^ i, SEQ_BS);
		r->slot[i].run = r;
	}
	return 0;
}

static void bb_free(struct bb_run *r)
{
	unsigned int i;

	for (i = 0; i < QUEUE_DEPTH; i++)
		if (r->slot[i].buf)
			free_pages(r->slot[i].buf, get_order(SEQ_BS));
}

/**
 * xen_blk_bench_run() - measure the first disk and print the figures
 *
 * Then the caller powers off.  A round that does not finish leaves its
 * buffers allocated: the backend may still write into them.
 *
 * Return: 0, or 1 when a figure could not be measured.
 */
int xen_blk_bench_run(void)
{
	static struct bb_run run;
	int rc;

	run.bdev = bb_disk();
	if (!run.bdev)
		return 1;
	run.region = (u64)REGION_MIB << 20;
	bb_print_disk(run.bdev);
	rc = bb_alloc(&run);
	if (rc) {
		pr_err("error buffers: %d\n", rc);
		goto out_free;
	}
	rc = bb_measure(&run, BB_SEQ_WRITE, REGION_MIB);
	rc = rc ?: bb_measure(&run, BB_SEQ_READ, REGION_MIB);
	rc = rc ?: bb_measure(&run, BB_RAND_READ, RANDOM_READS);
	if (rc == -ETIMEDOUT)
		return 1;
out_free:
	bb_free(&run);
	pr_info("done\n");
	return rc ? 1 : 0;
}
