// SPDX-License-Identifier: GPL-2.0
/*
 * The block core: the list of disks, bio validation and completion, and
 * the synchronous helpers built on submit_bio() (include/linux/blkdev.h).
 */
#define pr_fmt(fmt) "blk: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/delay.h>
#include <asm/barrier.h>
#include <asm/irqflags.h>
#include <asm/processor.h>
#include <clocksource/arm_arch_timer.h>
#include <xen/xen.h>
#include <xen/xenbus.h>
#include "blk.h"

static DEFINE_SPINLOCK(disks_lock);
static struct block_device *disks, **disks_tail = &disks;
static unsigned int nr_disks;

/**
 * add_disk() - make a connected disk visible, at the end of the list
 * @bdev: filled in by its driver; stays allocated for good
 *
 * Return: 0, or -EEXIST when it is listed already.
 */
int add_disk(struct block_device *bdev)
{
	struct block_device *d;
	unsigned long flags;

	spin_lock_irqsave(&disks_lock, flags);
	for (d = disks; d; d = d->next) {
		if (d == bdev) {
			spin_unlock_irqrestore(&disks_lock, flags);
			return -EEXIST;
		}
	}
	bdev->next = NULL;
	*disks_tail = bdev;
	disks_tail = &bdev->next;
	nr_disks++;
	spin_unlock_irqrestore(&disks_lock, flags);
	pr_info("%s: %llu sectors, %u-byte blocks%s\n", bdev->name,
		(unsigned long long)bdev->nr_sectors, bdev->lbs,
		bdev->read_only ? ", read-only" : "");
	return 0;
}

int blkdev_scan(unsigned int timeout_ms)
{
	if (!IS_ENABLED(CONFIG_XEN_BLKDEV_FRONTEND))
		return -ENODEV;
	return xen_blkfront_scan(timeout_ms);
}

unsigned int blkdev_count(void)
{
	return READ_ONCE(nr_disks);
}

struct block_device *blkdev_get_by_index(unsigned int index)
{
	struct block_device *d;
	unsigned long flags;

	spin_lock_irqsave(&disks_lock, flags);
	for (d = disks; d && index; d = d->next)
		index--;
	spin_unlock_irqrestore(&disks_lock, flags);
	return d;
}

struct block_device *blkdev_get_by_name(const char *name)
{
	struct block_device *d;
	unsigned long flags;

	spin_lock_irqsave(&disks_lock, flags);
	for (d = disks; d; d = d->next)
		if (!strcmp(d->name, name))
			break;
	spin_unlock_irqrestore(&disks_lock, flags);
	return d;
}

const char *bdev_name(const struct block_device *bdev)
{
	return bdev->name;
}

sector_t bdev_nr_sectors(const struct block_device *bdev)
{
	return bdev->nr_sectors;
}

unsigned int bdev_logical_block_size(const struct block_device *bdev)
{
	return bdev->lbs;
}

bool bdev_read_only(const struct block_device *bdev)
{
	return bdev->read_only;
}

bool bdev_alive(const struct block_device *bdev)
{
	return READ_ONCE(bdev->alive);
}

void bdev_get_info(const struct block_device *bdev, struct blk_dev_info *info)
{
	memset(info, 0, sizeof(*info));
	bdev->ops->info(bdev, info);
}

void bio_init(struct bio *bio, struct block_device *bdev, unsigned int opf,
	      sector_t sector, void *buf, size_t size)
{
	memset(bio, 0, sizeof(*bio));
	bio->bi_bdev = bdev;
	bio->bi_opf = opf;
	bio->bi_sector = sector;
	bio->bi_buf = buf;
	bio->bi_size = size;
}

/**
 * bio_endio() - a bio has completed; for drivers
 * @bio: its ->bi_status is final
 *
 * ->bi_end_io is read before ->bi_done is published: a waiter may reuse
 * the bio's memory as soon as it sees ->bi_done.
 */
void bio_endio(struct bio *bio)
{
	bio_end_io_t *end_io = bio->bi_end_io;

	__atomic_store_n(&bio->bi_done, 1, __ATOMIC_RELEASE);
	if (end_io)
		end_io(bio);
}

/* Why @bio cannot go to the disk, or 0. */
static int bio_check(const struct bio *bio)
{
	const struct block_device *bdev = bio->bi_bdev;
	sector_t lbs_sectors = bdev->lbs >> SECTOR_SHIFT;

	if (!READ_ONCE(bdev->alive))
		return -ENODEV;
	if (bio->bi_opf == REQ_OP_FLUSH)
		return 0;
	if (bio->bi_opf != REQ_OP_READ && bio->bi_opf != REQ_OP_WRITE)
		return -EINVAL;
	if (bio->bi_opf == REQ_OP_WRITE && bdev->read_only)
		return -EROFS;
	if (!bio->bi_size || bio->bi_size % bdev->lbs ||
	    ((unsigned long)bio->bi_buf & (bdev->lbs - 1)) ||
	    (bio->bi_sector & (lbs_sectors - 1)))
		return -EINVAL;
	if (bio->bi_sector > bdev->nr_sectors ||
	    (bio->bi_size >> SECTOR_SHIFT) > bdev->nr_sectors - bio->bi_sector)
		return -EINVAL;
	return 0;
}

void submit_bio(struct bio *bio)
{
	int rc;

	bio->bi_done = 0;
	bio->bi_status = 0;
	bio->bi_pos = 0;
	bio->bi_parts = 0;
	bio->bi_next = NULL;
	rc = bio_check(bio);
	if (rc) {
		bio->bi_status = rc;
		bio_endio(bio);
		return;
	}
	bio->bi_bdev->ops->submit(bio->bi_bdev, bio);
}

bool bio_done(const struct bio *bio)
{
	return __atomic_load_n(&bio->bi_done, __ATOMIC_ACQUIRE);
}

/* The longest nap between two looks at a bio, in nanoseconds. */
#define BLK_NAP_NS	20000000

/*
 * Give the vCPU away until an interrupt or a short timer.  Longer than
 * xenbus's naps on purpose: the vCPU that takes the disk's event wakes
 * at once, and the others (waiting for bios a completion on another vCPU
 * ended) would otherwise wake every few milliseconds each, which under
 * QEMU took dom0's vCPUs, and with them blkback, away for seconds.
 */
static void blk_nap(u64 deadline)
{
	xen_idle_until(deadline, BLK_NAP_NS);
}

/*
 * Waiting runs watch callbacks (a disk going away is seen through one)
 * and polls the ring, so that a completion whose event another vCPU
 * took, or that came with interrupts masked, is not waited for in vain.
 */
int bio_wait(struct bio *bio, unsigned int timeout_ms)
{
	u64 deadline = deadline_in_ms(timeout_ms);

	for (;;) {
		xenbus_run_watches();
		if (bio_done(bio))
			break;
		blk_poll(bio->bi_bdev);
		if (bio_done(bio))
			break;
		if (deadline_passed(deadline))
			return -ETIMEDOUT;
		blk_nap(deadline);
	}
	return bio->bi_status;
}

int submit_bio_wait(struct bio *bio)
{
	submit_bio(bio);
	return bio_wait(bio, BLK_IO_TIMEOUT_MS);
}

unsigned int blk_poll(struct block_device *bdev)
{
	return bdev->ops->poll(bdev);
}

/*
 * The bio is allocated, not on the stack: one that timed out is still the
 * driver's, so it is leaked rather than reused.
 */
static int blkdev_rw(struct block_device *bdev, unsigned int op, sector_t sector,
		     void *buf, size_t size)
{
	struct bio *bio = kzalloc(sizeof(*bio));
	int rc;

	if (!bio)
		return -ENOMEM;
	bio_init(bio, bdev, op, sector, buf, size);
	rc = submit_bio_wait(bio);
	if (rc != -ETIMEDOUT)
		kfree(bio);
	return rc;
}

int blkdev_read(struct block_device *bdev, sector_t sector, void *buf, size_t size)
{
	return blkdev_rw(bdev, REQ_OP_READ, sector, buf, size);
}

int blkdev_write(struct block_device *bdev, sector_t sector, const void *buf,
		 size_t size)
{
	return blkdev_rw(bdev, REQ_OP_WRITE, sector, (void *)buf, size);
}

int blkdev_issue_flush(struct block_device *bdev)
{
	return blkdev_rw(bdev, REQ_OP_FLUSH, 0, NULL, 0);
}
