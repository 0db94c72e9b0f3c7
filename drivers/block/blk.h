/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The block core's side for drivers (drivers/block/blk-core.c): a disk is
 * a struct block_device the driver embeds, fills in and hands to
 * add_disk(); the core validates bios and calls the driver's ops.
 */
#ifndef _DRIVERS_BLOCK_BLK_H
#define _DRIVERS_BLOCK_BLK_H

#include <linux/blkdev.h>
#include <xen/interface/io/xenbus.h>

/**
 * struct block_device_operations - what a driver does for the core
 * @submit: start a validated bio (never waits); completes it through
 *	bio_endio(), possibly before returning
 * @poll: reap completions now; returns how many responses it consumed
 * @info: fill in the negotiated features
 */
struct block_device_operations {
	void (*submit)(struct block_device *bdev, struct bio *bio);
	unsigned int (*poll)(struct block_device *bdev);
	void (*info)(const struct block_device *bdev, struct blk_dev_info *info);
};

/**
 * struct block_device - one disk
 * @name: "xvda"
 * @nr_sectors: capacity in 512-byte sectors
 * @lbs: logical block size in bytes (a power of two, >= 512)
 * @read_only: writes are refused
 * @alive: connected; cleared once the disk went away
 * @ops: the driver's
 * @next: the core's list
 */
struct block_device {
	char name[16];
	sector_t nr_sectors;
	unsigned int lbs;
	bool read_only;
	bool alive;
	const struct block_device_operations *ops;
	struct block_device *next;
};

int add_disk(struct block_device *bdev);
void bio_endio(struct bio *bio);

/* The PV frontend (xen-blkfront.c): its probe, for blkdev_scan(). */
int xen_blkfront_scan(unsigned int timeout_ms);

/*
 * For its tests: what it asks the backend for at most (ring order,
 * indirect segments, persistent grants), and its counters.
 */
extern unsigned int xen_blkfront_max_ring_order, xen_blkfront_max_indirect;
extern bool xen_blkfront_persistent;

/**
 * struct blkfront_stats - the PV frontend's counters
 * @leaked_grants: grants it could not revoke (the backend kept them mapped)
 * @bad_responses: responses it could not match to a request
 * @persistent_grants: grants held for the connection (feature-persistent)
 * @held_grants: after the connection, grants the backend still maps;
 *	blk_poll() tries them again
 */
struct blkfront_stats {
	unsigned long leaked_grants;
	unsigned long bad_responses;
	unsigned long persistent_grants;
	unsigned long held_grants;
};

void xen_blkfront_stats(struct blkfront_stats *st);
void xen_blkfront_dump(struct block_device *bdev);
enum xenbus_state xen_blkfront_xenbus_state(struct block_device *bdev);

#endif /* _DRIVERS_BLOCK_BLK_H */
