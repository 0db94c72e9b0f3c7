/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Block devices for the rest of the kernel: find the disks, ask their
 * size, and read, write and flush them, synchronously or with several
 * requests in flight.
 *
 * Units follow Linux: a sector_t counts 512-byte sectors whatever the
 * disk's logical block size, so a request's start and length must be
 * multiples of that size (bdev_logical_block_size()).  Buffers are
 * ordinary kernel memory (identity-mapped RAM) aligned to that size, so
 * that no block straddles two pages; the driver grants their pages to
 * the backend for the duration of the I/O.
 *
 * A request (struct bio) may be of any length: the driver splits it into
 * as many ring requests as it needs and completes the bio once, when the
 * last part has completed.  Bios the ring has no room for wait in the
 * driver's queue and go out as earlier ones complete, so a caller may
 * submit many at once, from any vCPU.
 *
 * The kernel has no threads: a bio's ->bi_end_io runs from the disk's
 * event-channel interrupt (interrupts masked, on whichever vCPU took it)
 * or from blk_poll() in the caller's context.  It may submit another bio
 * but must not wait for one.
 *
 * A disk that goes away (its backend closed, e.g. "xl block-detach")
 * stays a valid pointer: its in-flight and queued bios end with -EIO and
 * new ones are refused with -ENODEV.
 */
#ifndef _LINUX_BLKDEV_H
#define _LINUX_BLKDEV_H

#include <linux/types.h>

typedef u64 sector_t;

#define SECTOR_SHIFT	9
#define SECTOR_SIZE	(1U << SECTOR_SHIFT)

struct block_device;
struct bio;

/* What a bio does (->bi_opf). */
enum req_op {
	REQ_OP_READ = 0,
	REQ_OP_WRITE = 1,
	REQ_OP_FLUSH = 2,	/* make completed writes durable; no data */
};

typedef void (bio_end_io_t)(struct bio *bio);

/**
 * struct bio - one asynchronous block request
 * @bi_bdev: the disk
 * @bi_opf: an enum req_op
 * @bi_sector: first 512-byte sector (ignored for a flush)
 * @bi_buf: the data, aligned to the logical block size (ignored for a
 *	flush)
 * @bi_size: its length in bytes, a multiple of the logical block size
 *	(0 for a flush)
 * @bi_end_io: called once when the bio completed, or NULL
 * @bi_private: the submitter's
 * @bi_status: 0 or a negative errno once complete: -EIO for an I/O error
 *	or a disk that went away, -ENODEV for a bio submitted after it went
 *	away, -EOPNOTSUPP for an operation the backend does not support,
 *	-EROFS for a write to a read-only disk, -EINVAL for a malformed bio
 *	(misaligned, or past the end of the disk)
 * @bi_done: private: set, with release order, once complete, just
 *	before ->bi_end_io is called; a bio waited for with bio_wait() must
 *	therefore outlive its ->bi_end_io too, or have none
 * @bi_next: private: the driver's queue
 * @bi_pos: private: bytes handed to the ring so far
 * @bi_parts: private: ring requests still outstanding
 */
struct bio {
	struct block_device *bi_bdev;
	unsigned int bi_opf;
	sector_t bi_sector;
	void *bi_buf;
	size_t bi_size;
	bio_end_io_t *bi_end_io;
	void *bi_private;
	int bi_status;
	int bi_done;
	struct bio *bi_next;
	size_t bi_pos;
	unsigned int bi_parts;
};

/**
 * bio_init() - set up a bio before submit_bio()
 * @bio: the bio, any memory that lives until it completes
 * @bdev: the disk
 * @opf: enum req_op
 * @sector: first 512-byte sector
 * @buf: the data
 * @size: its length in bytes
 */
void bio_init(struct bio *bio, struct block_device *bdev, unsigned int opf,
	      sector_t sector, void *buf, size_t size);

/**
 * submit_bio() - start a request; it completes through ->bi_end_io
 * @bio: an initialised bio, not in flight
 *
 * Never waits.  A bio that cannot be started (malformed, disk gone)
 * completes at once, before this returns, with ->bi_status set.
 */
void submit_bio(struct bio *bio);

/**
 * bio_done() - whether @bio has completed (its ->bi_status is then final)
 * @bio: a submitted bio
 */
bool bio_done(const struct bio *bio);

/**
 * bio_wait() - wait, bounded, for a submitted bio to complete
 * @bio: a submitted bio
 * @timeout_ms: how long at most
 *
 * Return: ->bi_status, or -ETIMEDOUT (the bio is then still in flight
 * and its memory must stay valid).
 */
int bio_wait(struct bio *bio, unsigned int timeout_ms);

/**
 * submit_bio_wait() - submit and wait (bounded by BLK_IO_TIMEOUT_MS)
 * @bio: an initialised bio
 *
 * Return: its ->bi_status, or -ETIMEDOUT.
 */
int submit_bio_wait(struct bio *bio);

/**
 * blk_poll() - reap the disk's completed requests now
 * @bdev: the disk
 *
 * Runs the ->bi_end_io of what completed, in the caller's context; for
 * callers that poll rather than take the interrupt.
 *
 * Return: the number of ring responses consumed.
 */
unsigned int blk_poll(struct block_device *bdev);

/* The bound on one synchronous request, and on bio_wait() in the helpers. */
#define BLK_IO_TIMEOUT_MS	10000

/* ---- finding disks ---- */

/**
 * blkdev_scan() - find the disks the toolstack gave the domain
 * @timeout_ms: how long at most to wait for backends to connect
 *
 * Probes the block drivers (the Xen PV frontend: every device/vbd/<id>)
 * and waits until each new disk is connected or has failed.  Calling it
 * again finds disks added since.
 *
 * Return: the number of usable disks, or a negative errno (-ENODEV when
 * there is no xenstore).
 */
int blkdev_scan(unsigned int timeout_ms);

/** blkdev_count() - how many disks blkdev_scan() has found */
unsigned int blkdev_count(void);

/**
 * blkdev_get_by_index() - the @index'th disk found, in discovery order
 * @index: from 0 to blkdev_count() - 1
 *
 * Return: the disk, or NULL past the end.
 */
struct block_device *blkdev_get_by_index(unsigned int index);

/**
 * blkdev_get_by_name() - a disk by its name ("xvda")
 * @name: the name
 *
 * Return: the disk, or NULL.
 */
struct block_device *blkdev_get_by_name(const char *name);

/* ---- a disk's properties ---- */

/** bdev_name() - the disk's name, e.g. "xvda" */
const char *bdev_name(const struct block_device *bdev);

/** bdev_nr_sectors() - capacity in 512-byte sectors */
sector_t bdev_nr_sectors(const struct block_device *bdev);

/** bdev_logical_block_size() - the smallest unit of I/O, in bytes */
unsigned int bdev_logical_block_size(const struct block_device *bdev);

/** bdev_read_only() - writes will be refused */
bool bdev_read_only(const struct block_device *bdev);

/** bdev_alive() - connected; false once the disk went away */
bool bdev_alive(const struct block_device *bdev);

/**
 * struct blk_dev_info - what the driver negotiated with its backend
 * @ring_pages: pages in the shared request ring
 * @ring_slots: requests the ring holds at once
 * @max_segments: data pages one ring request carries
 * @indirect_segments: with indirect descriptors, pages per request; 0 off
 * @persistent: grants are kept mapped by the backend and reused
 * @flush: REQ_OP_FLUSH is supported (flush-cache or barrier)
 */
struct blk_dev_info {
	unsigned int ring_pages;
	unsigned int ring_slots;
	unsigned int max_segments;
	unsigned int indirect_segments;
	bool persistent;
	bool flush;
};

/** bdev_get_info() - fill @info with @bdev's negotiated features */
void bdev_get_info(const struct block_device *bdev, struct blk_dev_info *info);

/* ---- synchronous helpers (bounded by BLK_IO_TIMEOUT_MS each) ---- */

/**
 * blkdev_read() - read @size bytes at 512-byte sector @sector into @buf
 * @bdev: the disk
 * @sector: first sector
 * @buf: buffer aligned to the logical block size
 * @size: bytes, a multiple of the logical block size
 *
 * Return: 0 or a negative errno (see struct bio's @bi_status).
 */
int blkdev_read(struct block_device *bdev, sector_t sector, void *buf, size_t size);

/** blkdev_write() - write @size bytes from @buf at @sector; as blkdev_read() */
int blkdev_write(struct block_device *bdev, sector_t sector, const void *buf,
		 size_t size);

/**
 * blkdev_issue_flush() - make every completed write durable
 * @bdev: the disk
 *
 * Return: 0, -EOPNOTSUPP when the backend offers no flush, or an errno.
 */
int blkdev_issue_flush(struct block_device *bdev);

#endif /* _LINUX_BLKDEV_H */
