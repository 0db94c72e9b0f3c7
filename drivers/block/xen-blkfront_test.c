// SPDX-License-Identifier: GPL-2.0
/*
 * The PV block frontend against Linux's xen-blkback in dom0: the disk
 * tests/dom0/guest-domu.sh gives each domU (a file behind a loop device).
 *
 * Each dom0 boot creates two domUs in turn on the same file, and tells
 * each its role on the kernel command line ("armxen.blk=write" or
 * "armxen.blk=verify"): the command line is fixed when the domain is
 * built, so the guest knows its role before it talks to anyone, with no
 * race against a key dom0 would write after `xl create`.
 *
 * - write: a known pattern across the whole disk, written from every
 *   vCPU at once with several bios in flight each, flushed, read back;
 *   over a one-page ring, with a grant for each request
 *   ("armxen.blk=write-plain") or persistent grants ("armxen.blk=write",
 *   which the arm64 dom0 asks for: there every grant unmap in blkback
 *   is a TLB flush across QEMU's CPUs, and thousands of them stalled
 *   dom0 for tens of seconds).
 *   dom0 checks the file's checksum once the domU has powered off.
 * - verify: over a ring of as many pages as blkback offers, reads back
 *   what the first domU wrote, then asks dom0 (key
 *   data/armxen-blk-detach) to `xl block-detach` the disk while reads
 *   are in flight, and checks that they end with errors, that the
 *   frontend closes, and that every grant came back.
 *
 * Without xenstore (a dom0 of tests/30) or without a disk, they skip.
 */
#include <linux/kernel.h>
#include <linux/blkdev.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/ktap.h>
#include <linux/math64.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <xen/grant_table.h>
#include <xen/xen.h>
#include <xen/xenbus.h>
#include <xen/interface/io/blkif.h>
#include "blk.h"

#define SCAN_MS		20000	/* blkback connects in well under 1 s */
#define CHUNK		(64 * 1024)
#define CHUNK_ORDER	4	/* pages of one chunk buffer */
#define DEPTH		4	/* bios in flight per vCPU */
#define WORKER_US	90000000
/*
 * A bio of the whole-disk cases may wait this long.  On the arm64 dom0
 * the first writes stalled for over 10 s inside blkback (our requests
 * published and notified, req_event not advancing, then caught up): most
 * likely its first grant-mapping pages, which an arm64 Linux dom0 takes
 * from unpopulated memory a 128 MiB section at a time, slow under QEMU.
 */
#define WHOLE_DISK_MS	60000
/*
 * One-page reads, more than the 512 slots of a 16-page ring hold, so that
 * some usually wait in the driver's queue when the disk goes away; those
 * end with -EIO.  What is on the ring then may well complete: Linux's
 * blkback finishes the requests it took before it closes.  So how many
 * fail depends on timing (none, when blkback drained everything before
 * the watch ran): the case asserts that every bio ended, each with success
 * or -EIO/-ENODEV, and that one submitted after the close gets -ENODEV.
 */
#define DETACH_BIOS	768
#define DETACH_BYTES	PAGE_SIZE
#define DETACH_ORDER	0
#define DETACH_MS	30000
#define RELEASE_MS	20000	/* for blkback to unmap what it kept after Closed */
#define GNT_PER_FRAME	(PAGE_SIZE / sizeof(struct grant_entry_v1))

enum blk_role { ROLE_WRITE, ROLE_VERIFY };

static struct block_device *disk;
static int scan_rc;
static enum blk_role role;
static long grants_before;	/* grant entries in use before the disk */
static long grants_at_connect;	/* and once it is connected */

static long grants_in_use(void)
{
	return (long)(gnttab_nr_grant_frames() * GNT_PER_FRAME) - (long)gnttab_free_count();
}

/* Whether @word is a word of the kernel command line. */
static bool cmdline_has(const char *word)
{
	const char *rest = of_find_bootarg(word);

	return rest && (*rest == ' ' || *rest == '\0');
}

/*
 * "armxen.blk=verify", "armxen.blk=write" (persistent grants) or
 * "armxen.blk=write-plain" (a grant for each request); write-plain else.
 */
static bool write_plain;

static enum blk_role parse_role(void)
{
	write_plain = !cmdline_has("armxen.blk=write");
	return cmdline_has("armxen.blk=verify") ? ROLE_VERIFY : ROLE_WRITE;
}

static unsigned int scan_ms;

static int blkfront_suite_init(void)
{
	u64 start;

	role = parse_role();
	if (!xenbus_available())
		return 0;
	/*
	 * The plain protocol in one domU, the extensions in the other: the
	 * write domU has a one-page ring, direct requests and a grant for
	 * each request; the verify domU as many ring pages as blkback
	 * offers (max-ring-page-order), indirect requests
	 * (feature-max-indirect-segments) and persistent grants.
	 */
	if (role == ROLE_WRITE) {
		xen_blkfront_max_ring_order = 0;
		xen_blkfront_max_indirect = 0;
		xen_blkfront_persistent = !write_plain;
	}
	grants_before = grants_in_use();
	start = get_cycles();
	scan_rc = blkdev_scan(SCAN_MS);
	scan_ms = (unsigned int)div_u64(cycles_to_ns(get_cycles() - start), 1000000);
	disk = blkdev_get_by_index(0);
	if (disk)
		grants_at_connect = grants_in_use();
	return 0;
}

static bool have_disk(struct ktap_test *t)
{
	if (!xenbus_available()) {
		ktap_skip(t, xen_initial_domain() ?
			  "dom0 has no xenstore ring (no xenstored in this boot), so no disk" :
			  "no xenstore ring, so no disk");
		return false;
	}
	if (scan_rc == 0 && !disk) {
		ktap_skip(t, "the toolstack gave this domain no disk (no device/vbd)");
		return false;
	}
	if (!ktap_expect(t, disk != NULL))
		printk("    # blkdev_scan() returned %d\n", scan_rc);
	return disk != NULL;
}

/* The 512 bytes of sector @s: one text line, which dom0 can generate with awk. */
static void fill_sector(char *p, sector_t s)
{
	int n = snprintf(p, SECTOR_SIZE, "armxen-blk sector %08u", (unsigned int)s);

	memset(p + n, ' ', SECTOR_SIZE - 1 - n);
	p[SECTOR_SIZE - 1] = '\n';
}

static void fill_pattern(char *buf, sector_t first, size_t bytes)
{
	size_t i;

	for (i = 0; i < bytes / SECTOR_SIZE; i++)
		fill_sector(buf + i * SECTOR_SIZE, first + i);
}

/* The first sector of @buf (from @first) that is not the pattern, or -1. */
static long check_pattern(const char *buf, sector_t first, size_t bytes)
{
	char want[SECTOR_SIZE];
	size_t i;

	for (i = 0; i < bytes / SECTOR_SIZE; i++) {
		fill_sector(want, first + i);
		if (memcmp(buf + i * SECTOR_SIZE, want, SECTOR_SIZE))
			return (long)(first + i);
	}
	return -1;
}

static void blk_connect(struct ktap_test *t)
{
	struct blk_dev_info info;

	if (!have_disk(t))
		return;
	ktap_expect(t, !strcmp(bdev_name(disk), "xvda"));
	ktap_expect(t, bdev_alive(disk));
	ktap_expect(t, bdev_nr_sectors(disk) >= 2 * CHUNK / SECTOR_SIZE);
	ktap_expect_eq(t, bdev_nr_sectors(disk) & (CHUNK / SECTOR_SIZE - 1), 0);
	ktap_expect_eq(t, bdev_logical_block_size(disk), SECTOR_SIZE);
	ktap_expect(t, !bdev_read_only(disk));
	ktap_expect(t, blkdev_get_by_name("xvda") == disk);
	ktap_expect(t, blkdev_get_by_index(blkdev_count()) == NULL);
	ktap_expect_eq(t, xen_blkfront_xenbus_state(disk), XenbusStateConnected);
	bdev_get_info(disk, &info);
	printk("    # connected in %u ms\n", scan_ms);
	printk("    # %s: %llu sectors of %u bytes, ring of %u page(s) with %u slots, "
	       "%u segments a request, %u indirect, persistent grants %s, flush %s\n",
	       bdev_name(disk), (unsigned long long)bdev_nr_sectors(disk),
	       bdev_logical_block_size(disk), info.ring_pages, info.ring_slots,
	       info.max_segments, info.indirect_segments, info.persistent ? "yes" : "no",
	       info.flush ? "yes" : "no");
	/* One page holds 32 slots; Linux's blkback offers up to 16 pages. */
	if (role == ROLE_WRITE) {
		ktap_expect_eq(t, info.ring_pages, 1);
		ktap_expect_eq(t, info.ring_slots, 32);
		ktap_expect_eq(t, info.indirect_segments, 0);
		ktap_expect_eq(t, info.persistent, !write_plain);
	} else {
		ktap_expect(t, info.ring_pages > 1);
		ktap_expect(t, info.indirect_segments > BLKIF_MAX_SEGMENTS_PER_REQUEST);
		ktap_expect(t, info.persistent);
		ktap_expect_eq(t, info.ring_slots, xen_ring_slots(info.ring_pages * PAGE_SIZE,
								  sizeof(union blkif_sring_entry)));
	}
}

/* Bios the core refuses never reach the ring; one the backend refuses fails. */
static void blk_bad_requests(struct ktap_test *t)
{
	char *buf;
	sector_t end;

	if (!have_disk(t))
		return;
	buf = alloc_page();
	if (!ktap_expect(t, buf != NULL))
		return;
	end = bdev_nr_sectors(disk);
	ktap_expect_eq(t, blkdev_read(disk, 0, buf + 1, SECTOR_SIZE), -EINVAL);
	ktap_expect_eq(t, blkdev_read(disk, 0, buf, 100), -EINVAL);
	ktap_expect_eq(t, blkdev_read(disk, 0, buf, 0), -EINVAL);
	ktap_expect_eq(t, blkdev_read(disk, end, buf, SECTOR_SIZE), -EINVAL);
	ktap_expect_eq(t, blkdev_read(disk, end - 1, buf, 2 * SECTOR_SIZE), -EINVAL);
	/* Past the end as the backend sees it: blkback answers BLKIF_RSP_ERROR. */
	disk->nr_sectors = end + 8;
	ktap_expect_eq(t, blkdev_read(disk, end, buf, PAGE_SIZE), -EIO);
	disk->nr_sectors = end;
	/* And the ring still works after the error. */
	ktap_expect_eq(t, blkdev_read(disk, end - 8, buf, PAGE_SIZE), 0);
	free_page(buf);
}

struct worker {
	sector_t first, count;	/* the region, in sectors */
	unsigned int op;
	long bad_sector;	/* verify: first mismatch, or -1 */
	int err;
	unsigned long bios;
};

/* One batch of DEPTH chunks from @sector on: submit all, then wait for all. */
static void worker_batch(struct worker *w, char **bufs, struct bio *bios, sector_t sector)
{
	sector_t end = w->first + w->count;
	unsigned int i, n = 0;
	int rc;

	for (i = 0; i < DEPTH && sector < end; i++, n++, sector += CHUNK / SECTOR_SIZE) {
		if (w->op == REQ_OP_WRITE)
			fill_pattern(bufs[i], sector, CHUNK);
		bio_init(&bios[i], disk, w->op, sector, bufs[i], CHUNK);
		submit_bio(&bios[i]);
	}
	for (i = 0; i < n; i++) {
		rc = bio_wait(&bios[i], WHOLE_DISK_MS);
		if (rc == -ETIMEDOUT) {
			/* Still in flight: its buffer must not be reused or freed. */
			w->err = rc;
			xen_blkfront_dump(disk);
			return;
		}
		if (rc && !w->err)
			w->err = rc;
		w->bios++;
		if (w->op == REQ_OP_READ && !rc && w->bad_sector < 0)
			w->bad_sector = check_pattern(bufs[i], bios[i].bi_sector, CHUNK);
	}
}

static void worker_run(void *arg)
{
	struct worker *w = arg;
	struct bio bios[DEPTH];
	char *bufs[DEPTH] = { 0 };
	sector_t s;
	unsigned int i;

	w->bad_sector = -1;
	for (i = 0; i < DEPTH; i++) {
		bufs[i] = alloc_pages(CHUNK_ORDER);
		if (!bufs[i])
			w->err = -ENOMEM;
	}
	for (s = w->first; !w->err && s < w->first + w->count; s += DEPTH * CHUNK / SECTOR_SIZE)
		worker_batch(w, bufs, bios, s);
	if (w->err == -ETIMEDOUT)
		return;		/* leak the buffers rather than free them under I/O */
	for (i = 0; i < DEPTH; i++)
		if (bufs[i])
			free_pages(bufs[i], CHUNK_ORDER);
}

/*
 * The whole disk with @op, split in one region per online vCPU, all
 * running at once: each vCPU submits and waits for its own bios while
 * the completions come in on whichever vCPU takes the event.
 */
static void whole_disk(struct ktap_test *t, unsigned int op)
{
	static struct worker workers[NR_CPUS];
	sector_t per, chunk = CHUNK / SECTOR_SIZE, total = bdev_nr_sectors(disk);
	unsigned int cpu, i = 0, n = num_online_cpus();
	unsigned long bios = 0;
	u64 start = get_cycles();

	per = div_u64(div_u64(total, CHUNK / SECTOR_SIZE), n) * chunk;
	memset(workers, 0, sizeof(workers));
	for_each_online_cpu(cpu) {
		workers[cpu].first = per * i;
		workers[cpu].count = ++i == n ? total - per * (i - 1) : per;
		workers[cpu].op = op;
		if (cpu != smp_processor_id())
			ktap_expect_eq(t, smp_start_on_cpu(cpu, worker_run, &workers[cpu]), 0);
	}
	worker_run(&workers[smp_processor_id()]);
	for_each_online_cpu(cpu) {
		if (cpu != smp_processor_id())
			ktap_expect_eq(t, smp_wait_on_cpu(cpu, WORKER_US), 0);
		ktap_expect_eq(t, workers[cpu].err, 0);
		if (op == REQ_OP_READ && !ktap_expect_eq(t, workers[cpu].bad_sector, -1))
			printk("    # vCPU %u: sector %ld is not the pattern\n", cpu,
			       workers[cpu].bad_sector);
		bios += workers[cpu].bios;
	}
	printk("    # %s the whole disk: %lu bios of %u KiB from %u vCPUs in %llu ms\n",
	       op == REQ_OP_WRITE ? "wrote" : "read", bios, CHUNK / 1024, n,
	       (unsigned long long)div_u64(cycles_to_ns(get_cycles() - start), 1000000));
}

static void blk_write_pattern(struct ktap_test *t)
{
	struct blk_dev_info info;
	int rc;

	if (!have_disk(t))
		return;
	if (role != ROLE_WRITE) {
		ktap_skip(t, "role verify (armxen.blk=verify): the first domU wrote the disk");
		return;
	}
	whole_disk(t, REQ_OP_WRITE);
	bdev_get_info(disk, &info);
	rc = blkdev_issue_flush(disk);
	ktap_expect_eq(t, rc, info.flush ? 0 : -EOPNOTSUPP);
}

static void blk_read_pattern(struct ktap_test *t)
{
	if (!have_disk(t))
		return;
	whole_disk(t, REQ_OP_READ);
}

/*
 * Every grant the I/O took was ended: the table is as it was once
 * connected, but for the pages kept granted with persistent grants.
 */
static void blk_grants_ended(struct ktap_test *t)
{
	struct blkfront_stats st;

	if (!have_disk(t))
		return;
	xen_blkfront_stats(&st);
	ktap_expect_eq(t, st.leaked_grants, 0);
	ktap_expect_eq(t, st.bad_responses, 0);
	ktap_expect_eq(t, grants_in_use(), grants_at_connect + (long)st.persistent_grants);
	printk("    # %ld grants in use before the disk, %ld once connected, %lu persistent\n",
	       grants_before, grants_at_connect, st.persistent_grants);
}

struct detach_run {
	struct bio bios[DETACH_BIOS];
	char *bufs[DETACH_BIOS];
	unsigned long ok, eio, enodev, other;
};

static bool all_done(struct detach_run *r)
{
	unsigned int i;

	for (i = 0; i < DETACH_BIOS; i++)
		if (!bio_done(&r->bios[i]))
			return false;
	return true;
}

static void detach_submit(struct detach_run *r, unsigned int i, unsigned long round)
{
	u32 slots = (u32)div_u64(bdev_nr_sectors(disk), DETACH_BYTES / SECTOR_SIZE);
	u32 slot = (i + round * DETACH_BIOS) % slots;

	bio_init(&r->bios[i], disk, REQ_OP_READ, (sector_t)slot * (DETACH_BYTES / SECTOR_SIZE),
		 r->bufs[i], DETACH_BYTES);
	submit_bio(&r->bios[i]);
}

/* Resubmit what completed while the disk lives; count how each bio ended. */
static void detach_round(struct detach_run *r, unsigned long round)
{
	unsigned int i;

	for (i = 0; i < DETACH_BIOS; i++) {
		struct bio *bio = &r->bios[i];

		if (!bio_done(bio) || bio->bi_private)
			continue;
		if (bio->bi_status == 0)
			r->ok++;
		else if (bio->bi_status == -EIO)
			r->eio++;
		else if (bio->bi_status == -ENODEV)
			r->enodev++;
		else
			r->other++;
		if (bio->bi_status == 0 && bdev_alive(disk))
			detach_submit(r, i, round);
		else
			bio->bi_private = r;	/* counted; leave it */
	}
}

static bool never(void *arg)
{
	return false;
}

static void detach_wait(struct ktap_test *t, struct detach_run *r)
{
	u64 start = get_cycles(), end = start + ns_to_cycles((u64)DETACH_MS * 1000000);
	unsigned long round = 1;
	unsigned int ms;

	for (; get_cycles() < end; round++) {
		xenbus_wait(never, NULL, 2);	/* runs the backend-state watch */
		blk_poll(disk);
		detach_round(r, round);
		/* Until the backend is Closed too, and the ring torn down. */
		if (!bdev_alive(disk) && all_done(r) && xen_blkfront_disconnected(disk))
			break;
	}
	detach_round(r, round);
	ms = (unsigned int)div_u64(cycles_to_ns(get_cycles() - start), 1000000);
	printk("    # after about %u ms: %lu bios read, %lu failed -EIO, %lu -ENODEV, "
	       "%lu other\n", ms, r->ok, r->eio, r->enodev, r->other);
	ktap_expect(t, !bdev_alive(disk));
	ktap_expect(t, xen_blkfront_disconnected(disk));
	ktap_expect(t, all_done(r));
	ktap_expect(t, r->ok > 0);
	ktap_expect_eq(t, r->other, 0);
	ktap_expect_eq(t, xen_blkfront_xenbus_state(disk), XenbusStateClosed);
}

static unsigned long held_at_close;

/* Poll the dead disk until blkback let go of every grant, bounded. */
static unsigned int wait_grants_released(struct blkfront_stats *st)
{
	u64 start = get_cycles(), end = start + ns_to_cycles((u64)RELEASE_MS * 1000000);

	xen_blkfront_stats(st);
	held_at_close = st->held_grants;
	while (st->held_grants && get_cycles() < end) {
		xenbus_wait(never, NULL, 10);
		blk_poll(disk);
		xen_blkfront_stats(st);
	}
	return (unsigned int)div_u64(cycles_to_ns(get_cycles() - start), 1000000);
}

static void blk_detach_in_flight(struct ktap_test *t)
{
	static struct detach_run r;
	struct blkfront_stats st;
	unsigned int i, held_ms;

	if (!have_disk(t))
		return;
	if (role != ROLE_VERIFY) {
		ktap_skip(t, "role write: the detach runs in the second domU of the boot");
		return;
	}
	memset(&r, 0, sizeof(r));
	for (i = 0; i < DETACH_BIOS; i++) {
		r.bufs[i] = alloc_pages(DETACH_ORDER);
		if (!ktap_expect(t, r.bufs[i] != NULL))
			return;
		detach_submit(&r, i, 0);
	}
	ktap_expect_eq(t, xenbus_write(XBT_NIL, "data", "armxen-blk-detach", "go"), 0);
	detach_wait(t, &r);
	ktap_expect_eq(t, blkdev_read(disk, 0, r.bufs[0], SECTOR_SIZE), -ENODEV);
	/*
	 * Every grant comes back: the I/O's, the persistent ones, the ring's.
	 * blkback says Closed before it has unmapped the persistent grants,
	 * so the driver revokes what it still holds on later polls.
	 */
	held_ms = wait_grants_released(&st);
	printk("    # %lu grant(s) still mapped by blkback after the close, none after %u ms\n",
	       held_at_close, held_ms);
	ktap_expect_eq(t, st.held_grants, 0);
	ktap_expect_eq(t, grants_in_use(), grants_before);
	ktap_expect_eq(t, st.leaked_grants, 0);
	ktap_expect_eq(t, st.persistent_grants, 0);
	if (all_done(&r))
		for (i = 0; i < DETACH_BIOS; i++)
			free_pages(r.bufs[i], DETACH_ORDER);
}

static const struct ktap_case blkfront_cases[] = {
	KTAP_CASE(blk_connect),
	KTAP_CASE(blk_bad_requests),
	KTAP_CASE(blk_write_pattern),
	KTAP_CASE(blk_read_pattern),
	KTAP_CASE(blk_grants_ended),
	KTAP_CASE(blk_detach_in_flight),
	{ }
};

static struct ktap_suite blkfront_suite = {
	.name = "blkfront",
	.cases = blkfront_cases,
	.init = blkfront_suite_init,
};
ktap_test_suite(blkfront_suite);
