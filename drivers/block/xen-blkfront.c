// SPDX-License-Identifier: GPL-2.0
/*
 * The Xen PV block frontend: one disk for each device/vbd/<id> the
 * toolstack gave the domain, served by a backend (Linux's xen-blkback in
 * dom0) over a shared ring of requests and responses.
 *
 * Handshake (xenbus): the backend publishes its features and goes to
 * InitWait; we allocate the ring, grant its pages, open an event channel,
 * publish them and go to Initialised; the backend maps the ring and goes
 * to Connected with the disk's size; we read it and go to Connected.
 * When the backend goes Closing (xl block-detach), queued bios fail, we
 * close, and once the backend is Closed whatever it never answered fails.
 *
 * Each ring request carries up to BLKIF_MAX_SEGMENTS_PER_REQUEST pages
 * of a bio, or with indirect descriptors (feature-max-indirect-segments)
 * up to BLKFRONT_MAX_INDIRECT listed in a page of the slot's own; each
 * is granted to the backend for that request only and revoked when the
 * response arrives.  A request's id is the index of its
 * shadow entry, which remembers the bio and the grants; a shadow entry is
 * free exactly when its ring slot is, so the free list also counts ring
 * space.
 *
 * One lock per disk covers the ring, the shadow and the queue; it is
 * taken from any vCPU's submit and from the event interrupt, which may
 * be on another vCPU.  Completions (->bi_end_io) run after it is dropped.
 */
#define pr_fmt(fmt) "xen-blkfront: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <asm/barrier.h>
#include <xen/events.h>
#include <xen/grant_table.h>
#include <xen/xenbus.h>
#include <xen/interface/io/blkif.h>
#include "blk.h"

/* The largest ring we ask for: 2^4 pages, as Linux's blkback offers. */
#define BLKFRONT_MAX_RING_ORDER	4
#define BLKFRONT_MAX_RING_PAGES	(1U << BLKFRONT_MAX_RING_ORDER)
/*
 * Segments an indirect request carries at most: 256 pages (1 MiB), all
 * that Linux's blkback offers, in one page of descriptors.  Each request
 * costs the backend a ring round trip and a bio to its disk: measured
 * with scripts/blk-bench, 1 MiB requests read sequentially about half
 * again as fast as 256 KiB ones.
 */
#define BLKFRONT_MAX_INDIRECT	256
#define BLKFRONT_MAX_GREFS	(BLKFRONT_MAX_INDIRECT + 1)
/*
 * Pages kept granted with persistent grants, at most (4 MiB): fewer than
 * Linux's blkback keeps mapped (1056 a ring), so that every grant we hand
 * it is one it can keep.
 */
#define BLKFRONT_MAX_PGRANTS	1024
#define BLKFRONT_NO_SLOT	(~0U)

enum blkfront_state {
	BLKFRONT_DISCONNECTED,	/* probed, ring not set up */
	BLKFRONT_INITIALISED,	/* ring published, backend not connected */
	BLKFRONT_CONNECTED,
	BLKFRONT_CLOSING,	/* backend closing: no new bios */
	BLKFRONT_DEAD,		/* backend gone, or setup failed */
};

/**
 * struct blk_pgrant - with feature-persistent, a page granted (read-write)
 * for the whole connection; data is copied through it
 * @page: the page
 * @gref: its grant
 * @next_free: the pool's free list
 * @next_all: every one, to revoke at the end
 */
struct blk_pgrant {
	void *page;
	grant_ref_t gref;
	struct blk_pgrant *next_free;
	struct blk_pgrant *next_all;
};

/**
 * struct blk_seg_refs - what a request's segments went through: a page
 * of the slot's own, allocated with its first read or write, since a
 * disk's hundreds of slots are rarely all in use and the lists are
 * large (3 KiB on A64)
 * @grefs: the grants to revoke when the response comes: data pages, and
 *	the descriptor page of an indirect request
 * @pg: with persistent grants, the pool's pages, in segment order
 */
struct blk_seg_refs {
	grant_ref_t grefs[BLKFRONT_MAX_GREFS];
	struct blk_pgrant *pg[BLKFRONT_MAX_INDIRECT];
};

/**
 * struct blk_shadow - what an outstanding ring request stands for
 * @bio: the bio it is part of; NULL when the slot is free
 * @next_free: the free list
 * @nr_grefs: grants in @refs->grefs
 * @refs: the slot's lists of grants and pool pages; NULL until its first
 *	read or write
 * @indirect: this slot's page of segment descriptors, from its first
 *	indirect request on (NULL before)
 * @indirect_gref: with persistent grants, the page's lasting grant
 * @indirect_granted: @indirect_gref is valid
 * @pos: where in the bio this request starts, in bytes
 * @bytes: how much of it the request covers
 * @nr_pg: pool pages in @refs->pg
 */
struct blk_shadow {
	struct bio *bio;
	unsigned int next_free;
	unsigned int nr_grefs;
	struct blk_seg_refs *refs;
	struct blkif_request_segment *indirect;
	grant_ref_t indirect_gref;
	bool indirect_granted;
	size_t pos, bytes;
	unsigned int nr_pg;
};

struct blkfront_info {
	struct block_device bdev;
	struct xenbus_device *xbdev;
	spinlock_t lock;
	enum blkfront_state state;
	blkif_vdev_t handle;

	struct blkif_sring *sring;
	unsigned int ring_order;
	unsigned int nr_slots;
	grant_ref_t ring_ref[BLKFRONT_MAX_RING_PAGES];
	RING_IDX req_prod_pvt;	/* requests written, maybe not published */
	RING_IDX rsp_cons;	/* responses consumed */
	evtchn_port_t evtchn;
	bool evtchn_bound;

	struct blk_shadow *shadow;
	unsigned int shadow_order;
	unsigned int free_head;
	unsigned int in_flight;
	struct bio *queue_head, *queue_tail;

	u8 flush_op;		/* 0 when the backend offers none */
	unsigned int max_indirect; /* segments an indirect request takes; 0: none */
	bool persistent;	/* both sides said feature-persistent */
	struct blk_pgrant *pg_free, *pg_all;
	unsigned int nr_pgrants;
	bool listed;		/* add_disk() done */
	unsigned long bad_responses;
	unsigned long leaked_grants;
	unsigned int held_grants;	/* after the connection, not yet revoked */
	struct blkfront_info *next;
};

static DEFINE_SPINLOCK(blkfront_list_lock);
static struct blkfront_info *blkfront_list;
static bool blkfront_registered;

/* What to ask for at most; the tests lower them to cover the plain protocol. */
unsigned int xen_blkfront_max_ring_order = BLKFRONT_MAX_RING_ORDER;
unsigned int xen_blkfront_max_indirect = BLKFRONT_MAX_INDIRECT;
bool xen_blkfront_persistent = true;

static struct blkfront_info *to_info(struct block_device *bdev)
{
	return container_of(bdev, struct blkfront_info, bdev);
}

/* ---- the ring ---- */

static int blkif_status_errno(s16 status)
{
	switch (status) {
	case BLKIF_RSP_OKAY:
		return 0;
	case BLKIF_RSP_EOPNOTSUPP:
		return -EOPNOTSUPP;
	default:
		return -EIO;
	}
}

/*
 * Publish the requests up to @prod.  Out of line and on its own so that
 * the ABI suite can check in the disassembly that the barrier comes
 * before the store of req_prod (tests/20-abi-host.t).
 */
static __attribute__((__noinline__)) void
blkif_publish_requests(struct blkif_sring *sring, RING_IDX prod)
{
	/* The backend must see each request before the index that covers it. */
	smp_wmb();
	WRITE_ONCE(sring->req_prod, prod);
}

/* Publish what was written since @old and kick the backend if it asked. */
static void blkfront_push(struct blkfront_info *info, RING_IDX old)
{
	RING_IDX new = info->req_prod_pvt;

	blkif_publish_requests(info->sring, new);
	/* req_prod must be visible before we read whether to notify. */
	smp_mb();
	if ((RING_IDX)(new - READ_ONCE(info->sring->req_event)) < (RING_IDX)(new - old))
		notify_remote_via_evtchn(info->evtchn);
}

/* A page of the persistent pool, granted once; NULL when the pool is spent. */
static struct blk_pgrant *blkfront_get_pgrant(struct blkfront_info *info)
{
	struct blk_pgrant *pg = info->pg_free;
	int ref;

	if (pg) {
		info->pg_free = pg->next_free;
		return pg;
	}
	if (info->nr_pgrants >= BLKFRONT_MAX_PGRANTS)
		return NULL;
	pg = kzalloc(sizeof(*pg));
	if (!pg)
		return NULL;
	pg->page = alloc_page();
	ref = pg->page ? gnttab_grant_foreign_access(info->xbdev->otherend_id,
						     virt_to_pfn(pg->page), false) : -ENOMEM;
	if (ref < 0) {
		if (pg->page)
			free_page(pg->page);
		kfree(pg);
		return NULL;
	}
	pg->gref = (grant_ref_t)ref;
	pg->next_all = info->pg_all;
	info->pg_all = pg;
	info->nr_pgrants++;
	return pg;
}

/*
 * Give a request's persistent pages back to the pool, copying a read's
 * data out of them first when it succeeded.
 */
static void blkfront_put_pgrants(struct blkfront_info *info, struct blk_shadow *s,
				 bool copy_out)
{
	size_t pos = s->pos, end = s->pos + s->bytes;
	unsigned int i;

	for (i = 0; i < s->nr_pg; i++) {
		unsigned long addr = (unsigned long)s->bio->bi_buf + pos;
		unsigned int off = addr & ~PAGE_MASK;
		size_t len = min((size_t)(PAGE_SIZE - off), end - pos);

		if (copy_out)
			memcpy((void *)addr, (char *)s->refs->pg[i]->page + off, len);
		s->refs->pg[i]->next_free = info->pg_free;
		info->pg_free = s->refs->pg[i];
		pos += len;
	}
	s->nr_pg = 0;
}

/*
 * Revoke the pool's grants after the connection; returns how many the
 * backend still maps (they stay listed, their pages its, until later).
 */
static unsigned int blkfront_free_pgrants(struct blkfront_info *info)
{
	struct blk_pgrant *pg, *next, **keep = &info->pg_all;
	unsigned int held = 0;

	for (pg = info->pg_all; pg; pg = next) {
		next = pg->next_all;
		if (gnttab_end_foreign_access(pg->gref)) {
			*keep = pg;
			keep = &pg->next_all;
			held++;
			continue;
		}
		free_page(pg->page);
		kfree(pg);
	}
	*keep = NULL;
	info->pg_free = NULL;
	info->nr_pgrants = held;
	return held;
}

static void blkfront_end_grants(struct blkfront_info *info, struct blk_shadow *s)
{
	unsigned int i;

	for (i = 0; i < s->nr_grefs; i++) {
		/* Still mapped means a broken backend: leak the ref, not the page's data. */
		if (gnttab_end_foreign_access(s->refs->grefs[i]))
			info->leaked_grants++;
	}
	s->nr_grefs = 0;
}

static void blkfront_free_slot(struct blkfront_info *info, unsigned int id)
{
	info->shadow[id].bio = NULL;
	info->shadow[id].next_free = info->free_head;
	info->free_head = id;
	info->in_flight--;
}

/* Add @bio to the list @done, linked through ->bi_next. */
static void done_add(struct bio **done, struct bio *bio)
{
	bio->bi_next = *done;
	*done = bio;
}

/* One part of @bio ended with @err; list it when it was the last. */
static void blkfront_part_done(struct bio *bio, int err, struct bio **done)
{
	if (err && !bio->bi_status)
		bio->bi_status = err;
	if (!--bio->bi_parts && bio->bi_pos == bio->bi_size)
		done_add(done, bio);
}

static void blkfront_complete(struct blkfront_info *info, u64 id, s16 status,
			      struct bio **done)
{
	struct blk_shadow *s;
	struct bio *bio;
	int err;

	if (id >= info->nr_slots || !info->shadow[id].bio) {
		info->bad_responses++;
		return;
	}
	s = &info->shadow[id];
	bio = s->bio;
	err = blkif_status_errno(status);
	blkfront_put_pgrants(info, s, !err && bio->bi_opf == REQ_OP_READ);
	blkfront_end_grants(info, s);
	/* A backend that refuses the flush once will refuse it again. */
	if (err == -EOPNOTSUPP && bio->bi_opf == REQ_OP_FLUSH)
		info->flush_op = 0;
	blkfront_free_slot(info, (unsigned int)id);
	blkfront_part_done(bio, err, done);
}

/*
 * Consume the responses the backend produced; the lock is held.  Each
 * index is read once, and the backend's producer index is trusted only
 * as far as the requests we made.
 */
static unsigned int blkfront_reap(struct blkfront_info *info, struct bio **done)
{
	struct blkif_sring *sring = info->sring;
	unsigned int mask = info->nr_slots - 1, n = 0;
	RING_IDX rp, cons;

	do {
		rp = READ_ONCE(sring->rsp_prod);
		/* A response is only valid once we have seen the index covering it. */
		smp_rmb();
		if (rp - info->rsp_cons > info->req_prod_pvt - info->rsp_cons) {
			info->bad_responses++;
			return n;
		}
		for (cons = info->rsp_cons; cons != rp; cons++) {
			struct blkif_response *rsp = &sring->ring[cons & mask].rsp;

			blkfront_complete(info, READ_ONCE(rsp->id),
					  READ_ONCE(rsp->status), done);
			n++;
		}
		info->rsp_cons = rp;
		/* Ask for an event for the next response, then look again. */
		WRITE_ONCE(sring->rsp_event, rp + 1);
		smp_mb();
	} while (READ_ONCE(sring->rsp_prod) != rp);
	return n;
}

/* Grant the page at @addr for this request only; a write's read-only. */
static int blkfront_map_page(struct blkfront_info *info, struct bio *bio,
			     unsigned long addr, struct blk_shadow *s)
{
	int ref = gnttab_grant_foreign_access(info->xbdev->otherend_id,
					      virt_to_pfn((void *)addr),
					      bio->bi_opf == REQ_OP_WRITE);

	if (ref >= 0)
		s->refs->grefs[s->nr_grefs++] = (grant_ref_t)ref;
	return ref;
}

/*
 * A page of the pool stands in for the one at @addr, at the same offset
 * (a write's data copied in now); -EAGAIN while the pool is all in use.
 */
static int blkfront_map_persistent(struct blkfront_info *info, struct bio *bio,
				   unsigned long addr, size_t len, struct blk_shadow *s)
{
	struct blk_pgrant *pg = blkfront_get_pgrant(info);
	unsigned int off = addr & ~PAGE_MASK;

	if (!pg)
		return -EAGAIN;
	if (bio->bi_opf == REQ_OP_WRITE)
		memcpy((char *)pg->page + off, (void *)addr, len);
	s->refs->pg[s->nr_pg++] = pg;
	return (int)pg->gref;
}

/*
 * Grant the pages of @bio from ->bi_pos into up to @max descriptors at
 * @seg; returns bytes covered, and the number used in @nr.
 */
static size_t blkfront_map_part(struct blkfront_info *info, struct bio *bio,
				struct blkif_request_segment *seg, unsigned int max,
				unsigned int *nr, struct blk_shadow *s, int *err)
{
	size_t pos = bio->bi_pos;
	int ref;

	for (*nr = 0; pos < bio->bi_size && *nr < max; (*nr)++, seg++) {
		unsigned long addr = (unsigned long)bio->bi_buf + pos;
		unsigned int off = addr & ~PAGE_MASK;
		size_t len = min((size_t)(PAGE_SIZE - off), bio->bi_size - pos);

		if (info->persistent)
			ref = blkfront_map_persistent(info, bio, addr, len, s);
		else
			ref = blkfront_map_page(info, bio, addr, s);
		if (ref < 0) {
			*err = ref;
			break;
		}
		seg->gref = (grant_ref_t)ref;
		seg->first_sect = off >> SECTOR_SHIFT;
		seg->last_sect = (off + len) / SECTOR_SIZE - 1;
		pos += len;
	}
	return pos - bio->bi_pos;
}

/* Pages of @bio from ->bi_pos on. */
static unsigned long pages_left(const struct bio *bio)
{
	unsigned long start = (unsigned long)bio->bi_buf + bio->bi_pos;
	unsigned long end = (unsigned long)bio->bi_buf + bio->bi_size;

	return ((end + PAGE_SIZE - 1) >> PAGE_SHIFT) - (start >> PAGE_SHIFT);
}

/*
 * The grant of the slot's descriptor page: for this request only and
 * read-only, or with persistent grants once and read-write (the backend
 * keeps every grant it is given mapped then).
 */
static int blkfront_indirect_gref(struct blkfront_info *info, struct blk_shadow *s)
{
	int ref;

	if (!info->persistent)
		return gnttab_grant_foreign_access(info->xbdev->otherend_id,
						   virt_to_pfn(s->indirect), true);
	if (!s->indirect_granted) {
		ref = gnttab_grant_foreign_access(info->xbdev->otherend_id,
						  virt_to_pfn(s->indirect), false);
		if (ref < 0)
			return ref;
		s->indirect_gref = (grant_ref_t)ref;
		s->indirect_granted = true;
	}
	return (int)s->indirect_gref;
}

/*
 * An indirect request: the descriptors go in the slot's own page, whose
 * grant (blkfront_indirect_gref()) the request names.  The page comes
 * with the slot's first indirect request: the free list reuses the
 * slots freed last, so a disk whose requests are large (and few in
 * flight, with the persistent pool) never pays a page for each of its
 * hundreds of slots.
 */
static size_t blkfront_map_indirect(struct blkfront_info *info, struct bio *bio,
				    struct blkif_request *req, struct blk_shadow *s,
				    int *err)
{
	struct blkif_request_indirect *ind = (struct blkif_request_indirect *)req;
	unsigned int nr;
	size_t bytes;
	int ref;

	if (!s->indirect)
		s->indirect = alloc_page();
	ref = s->indirect ? blkfront_indirect_gref(info, s) : -ENOMEM;
	if (ref < 0) {
		*err = ref;
		return 0;
	}
	bytes = blkfront_map_part(info, bio, s->indirect, info->max_indirect, &nr, s, err);
	if (!bytes) {
		if (!info->persistent)
			gnttab_end_foreign_access((grant_ref_t)ref);
		return 0;
	}
	if (!info->persistent)
		s->refs->grefs[s->nr_grefs++] = (grant_ref_t)ref;
	ind->indirect_op = req->operation;
	ind->operation = BLKIF_OP_INDIRECT;
	ind->nr_segments = (u16)nr;
	ind->id = req->id;
	ind->sector_number = req->sector_number;
	ind->handle = info->handle;
	ind->indirect_grefs[0] = (grant_ref_t)ref;
	return bytes;
}

/* The segments of a read or write, direct or indirect. */
static size_t blkfront_map_rw(struct blkfront_info *info, struct bio *bio,
			      struct blkif_request *req, struct blk_shadow *s, int *err)
{
	unsigned int nr;
	size_t bytes;

	if (!s->refs) {
		s->refs = alloc_page();
		if (!s->refs) {
			*err = -ENOMEM;
			return 0;
		}
	}
	req->operation = bio->bi_opf == REQ_OP_WRITE ? BLKIF_OP_WRITE : BLKIF_OP_READ;
	req->sector_number = bio->bi_sector + (bio->bi_pos >> SECTOR_SHIFT);
	if (info->max_indirect && pages_left(bio) > BLKIF_MAX_SEGMENTS_PER_REQUEST)
		return blkfront_map_indirect(info, bio, req, s, err);
	bytes = blkfront_map_part(info, bio, req->seg, BLKIF_MAX_SEGMENTS_PER_REQUEST,
				  &nr, s, err);
	req->nr_segments = (u8)nr;
	return bytes;
}

/*
 * Put the next part of @bio on the ring.  Returns 0, or an errno when
 * nothing could be granted (the caller retries later or fails the bio).
 */
static int blkfront_queue_part(struct blkfront_info *info, struct bio *bio)
{
	unsigned int id = info->free_head;
	struct blk_shadow *s = &info->shadow[id];
	struct blkif_request req = { 0 };
	size_t bytes = 0;
	int err = 0;

	req.id = id;
	req.handle = info->handle;
	if (bio->bi_opf == REQ_OP_FLUSH) {
		req.operation = info->flush_op;
	} else {
		bytes = blkfront_map_rw(info, bio, &req, s, &err);
		if (!bytes)
			return err;
	}
	info->free_head = s->next_free;
	info->in_flight++;
	s->bio = bio;
	s->pos = bio->bi_pos;
	s->bytes = bytes;
	bio->bi_pos += bytes;
	bio->bi_parts++;
	memcpy(&info->sring->ring[info->req_prod_pvt & (info->nr_slots - 1)].req,
	       &req, sizeof(req));
	info->req_prod_pvt++;
	return 0;
}

static void queue_pop(struct blkfront_info *info)
{
	struct bio *bio = info->queue_head;

	info->queue_head = bio->bi_next;
	if (!info->queue_head)
		info->queue_tail = NULL;
	bio->bi_next = NULL;
}

/* Fail @bio, which may have parts on the ring still, with @err. */
static void blkfront_fail_bio(struct bio *bio, int err, struct bio **done)
{
	if (!bio->bi_status)
		bio->bi_status = err;
	bio->bi_pos = bio->bi_size;
	if (!bio->bi_parts)
		done_add(done, bio);
}

/* Move queued bios onto the ring while it has room; the lock is held. */
static void blkfront_kick(struct blkfront_info *info, struct bio **done)
{
	RING_IDX old = info->req_prod_pvt;
	struct bio *bio;
	int err;

	while ((bio = info->queue_head) && info->free_head != BLKFRONT_NO_SLOT) {
		err = blkfront_queue_part(info, bio);
		if (err && info->in_flight)
			break;	/* out of grants: completions will free some */
		if (err || bio->bi_pos == bio->bi_size) {
			queue_pop(info);
			if (err)
				blkfront_fail_bio(bio, err, done);
		}
	}
	if (info->req_prod_pvt != old)
		blkfront_push(info, old);
}

static void complete_list(struct bio *done)
{
	struct bio *next;

	for (; done; done = next) {
		next = done->bi_next;
		done->bi_next = NULL;
		bio_endio(done);
	}
}

static unsigned int blkfront_service(struct blkfront_info *info)
{
	struct bio *done = NULL;
	unsigned long flags;
	unsigned int n = 0;

	spin_lock_irqsave(&info->lock, flags);
	if (info->state == BLKFRONT_CONNECTED || info->state == BLKFRONT_CLOSING) {
		n = blkfront_reap(info, &done);
		if (info->state == BLKFRONT_CONNECTED)
			blkfront_kick(info, &done);
	}
	spin_unlock_irqrestore(&info->lock, flags);
	complete_list(done);
	return n;
}

static void blkfront_interrupt(evtchn_port_t port, void *data)
{
	blkfront_service(data);
}

static unsigned int blkfront_reclaim(struct blkfront_info *info, struct bio **done);

/* A closed disk whose backend held on to grants: try them again. */
static unsigned int blkfront_retry_reclaim(struct blkfront_info *info)
{
	struct bio *done = NULL;
	unsigned long flags;

	spin_lock_irqsave(&info->lock, flags);
	if (info->state == BLKFRONT_DEAD && info->held_grants)
		blkfront_reclaim(info, &done);
	spin_unlock_irqrestore(&info->lock, flags);
	complete_list(done);
	return 0;
}

static unsigned int blkfront_poll(struct block_device *bdev)
{
	struct blkfront_info *info = to_info(bdev);

	if (READ_ONCE(info->held_grants))
		return blkfront_retry_reclaim(info);
	/* A hint read without the lock: nothing new, nothing to take it for. */
	if (READ_ONCE(info->state) != BLKFRONT_CONNECTED || !READ_ONCE(info->sring) ||
	    READ_ONCE(info->sring->rsp_prod) == READ_ONCE(info->rsp_cons))
		return 0;
	return blkfront_service(info);
}

static void blkfront_submit(struct block_device *bdev, struct bio *bio)
{
	struct blkfront_info *info = to_info(bdev);
	struct bio *done = NULL;
	unsigned long flags;
	int err = 0;

	spin_lock_irqsave(&info->lock, flags);
	if (info->state != BLKFRONT_CONNECTED)
		err = -ENODEV;
	else if (bio->bi_opf == REQ_OP_FLUSH && !info->flush_op)
		err = -EOPNOTSUPP;
	if (!err) {
		if (info->queue_tail)
			info->queue_tail->bi_next = bio;
		else
			info->queue_head = bio;
		info->queue_tail = bio;
		blkfront_kick(info, &done);
	}
	spin_unlock_irqrestore(&info->lock, flags);
	if (err) {
		bio->bi_status = err;
		done_add(&done, bio);
	}
	complete_list(done);
}

static void blkfront_info_get(const struct block_device *bdev, struct blk_dev_info *bi)
{
	const struct blkfront_info *info = container_of(bdev, struct blkfront_info, bdev);

	bi->ring_pages = 1U << info->ring_order;
	bi->ring_slots = info->nr_slots;
	bi->max_segments = BLKIF_MAX_SEGMENTS_PER_REQUEST;
	bi->indirect_segments = info->max_indirect;
	bi->persistent = info->persistent;
	bi->flush = info->flush_op != 0;
}

static const struct block_device_operations blkfront_ops = {
	.submit = blkfront_submit,
	.poll = blkfront_poll,
	.info = blkfront_info_get,
};

/* ---- setting the ring up and tearing it down ---- */

/*
 * End the grants of @s that the backend has let go of; returns how many
 * it still maps, which stay in @s.
 */
static unsigned int blkfront_end_held(struct blk_shadow *s)
{
	unsigned int i, held = 0;

	for (i = 0; i < s->nr_grefs; i++)
		if (gnttab_end_foreign_access(s->refs->grefs[i]))
			s->refs->grefs[held++] = s->refs->grefs[i];
	s->nr_grefs = held;
	return held;
}

/*
 * Requests the backend never answered fail, once the backend no longer
 * maps their pages: until then a read could still land in the buffer,
 * so the bio stays in flight.  Returns the grants still held.
 */
static unsigned int blkfront_reclaim_slots(struct blkfront_info *info, struct bio **done)
{
	unsigned int id, held = 0, n;
	struct blk_shadow *s;

	for (id = 0; id < info->nr_slots; id++) {
		s = &info->shadow[id];
		if (s->bio) {
			blkfront_put_pgrants(info, s, false);
			n = blkfront_end_held(s);
			held += n;
			if (!n) {
				struct bio *bio = s->bio;

				blkfront_free_slot(info, id);
				blkfront_part_done(bio, -EIO, done);
			}
		}
		if (s->indirect_granted) {
			if (gnttab_end_foreign_access(s->indirect_gref))
				held++;
			else
				s->indirect_granted = false;
		}
	}
	return held;
}

static unsigned int blkfront_reclaim_ring(struct blkfront_info *info)
{
	unsigned int i, held = 0;

	for (i = 0; i < (1U << info->ring_order); i++) {
		if (info->ring_ref[i] == GNTTAB_LIST_END)
			continue;
		if (gnttab_end_foreign_access(info->ring_ref[i]))
			held++;
		else
			info->ring_ref[i] = GNTTAB_LIST_END;
	}
	return held;
}

static void blkfront_free_memory(struct blkfront_info *info)
{
	unsigned int i;

	if (info->shadow) {
		for (i = 0; i < info->nr_slots; i++) {
			if (info->shadow[i].indirect)
				free_page(info->shadow[i].indirect);
			if (info->shadow[i].refs)
				free_page(info->shadow[i].refs);
		}
		free_pages(info->shadow, info->shadow_order);
	}
	if (info->sring)
		free_pages(info->sring, info->ring_order);
	info->shadow = NULL;
	info->sring = NULL;
}

/*
 * After the connection (the lock held, or nobody else about): revoke
 * every grant, and free the ring, the shadow and the pool once the
 * backend maps none of them.  Linux's blkback may say Closed before it
 * has unmapped everything (persistent grants, requests still in its
 * hands), so what it still holds is left for later calls, from
 * blk_poll(), instead of being freed under it.  Returns grants held.
 */
static unsigned int blkfront_reclaim(struct blkfront_info *info, struct bio **done)
{
	unsigned int held = 0;

	if (info->shadow)
		held += blkfront_reclaim_slots(info, done);
	held += blkfront_free_pgrants(info);
	held += blkfront_reclaim_ring(info);
	if (!held)
		blkfront_free_memory(info);
	info->held_grants = held;
	return held;
}

static void blkfront_unbind(struct blkfront_info *info)
{
	if (info->evtchn_bound) {
		unbind_evtchn_from_handler(info->evtchn);
		xen_evtchn_close(info->evtchn);
		info->evtchn_bound = false;
	}
}

/* Undo a half-done setup: the backend has not mapped anything yet. */
static void blkfront_free_ring(struct blkfront_info *info)
{
	struct bio *done = NULL;

	blkfront_unbind(info);
	blkfront_reclaim(info, &done);
}

static int blkfront_alloc_ring(struct blkfront_info *info, unsigned int order)
{
	unsigned int i;
	int ref;

	info->ring_order = order;
	for (i = 0; i < BLKFRONT_MAX_RING_PAGES; i++)
		info->ring_ref[i] = GNTTAB_LIST_END;
	info->sring = alloc_pages(order);
	if (!info->sring)
		return -ENOMEM;
	/* Events for the first request and the first response. */
	info->sring->req_event = 1;
	info->sring->rsp_event = 1;
	info->nr_slots = xen_ring_slots(PAGE_SIZE << order, sizeof(union blkif_sring_entry));
	info->req_prod_pvt = 0;
	info->rsp_cons = 0;
	for (i = 0; i < (1U << order); i++) {
		ref = gnttab_grant_foreign_access(info->xbdev->otherend_id,
						  virt_to_pfn((char *)info->sring + i * PAGE_SIZE),
						  false);
		if (ref < 0)
			return ref;
		info->ring_ref[i] = (grant_ref_t)ref;
	}
	return 0;
}

static int blkfront_alloc_shadow(struct blkfront_info *info)
{
	unsigned int i;

	/* An indirect request's descriptors, and a slot's lists, fit in a page each. */
	BUILD_BUG_ON(BLKFRONT_MAX_INDIRECT * sizeof(struct blkif_request_segment) > PAGE_SIZE);
	BUILD_BUG_ON(sizeof(struct blk_seg_refs) > PAGE_SIZE);

	info->shadow_order = get_order(info->nr_slots * sizeof(*info->shadow));
	info->shadow = alloc_pages(info->shadow_order);
	if (!info->shadow)
		return -ENOMEM;
	for (i = 0; i < info->nr_slots; i++)
		info->shadow[i].next_free = i + 1 < info->nr_slots ? i + 1 : BLKFRONT_NO_SLOT;
	info->free_head = 0;
	info->in_flight = 0;
	return 0;
}

static int blkfront_bind(struct blkfront_info *info)
{
	int rc = xen_evtchn_alloc_unbound(info->xbdev->otherend_id, &info->evtchn);

	if (rc)
		return rc;
	rc = bind_evtchn_to_handler(info->evtchn, blkfront_interrupt, "blkfront", info);
	if (rc) {
		xen_evtchn_close(info->evtchn);
		return rc;
	}
	info->evtchn_bound = true;
	return 0;
}

static int blkfront_write_ring_refs(struct xenbus_transaction t, struct blkfront_info *info)
{
	const char *fe = info->xbdev->nodename;
	unsigned int i;
	char node[16];
	int rc;

	if (!info->ring_order)
		return xenbus_printf(t, fe, "ring-ref", "%u", info->ring_ref[0]);
	rc = xenbus_printf(t, fe, "ring-page-order", "%u", info->ring_order);
	for (i = 0; !rc && i < (1U << info->ring_order); i++) {
		snprintf(node, sizeof(node), "ring-ref%u", i);
		rc = xenbus_printf(t, fe, node, "%u", info->ring_ref[i]);
	}
	return rc;
}

static int blkfront_publish(struct xenbus_transaction t, void *arg)
{
	struct blkfront_info *info = arg;
	const char *fe = info->xbdev->nodename;
	int rc;

	rc = blkfront_write_ring_refs(t, info);
	if (!rc)
		rc = xenbus_printf(t, fe, "event-channel", "%u", info->evtchn);
	if (!rc)
		rc = xenbus_write(t, fe, "protocol", XEN_IO_PROTO_ABI_ARM);
	if (!rc)
		rc = xenbus_printf(t, fe, "feature-persistent", "%u",
				   READ_ONCE(xen_blkfront_persistent) ? 1 : 0);
	return rc;
}

/* Backend in InitWait: set up the ring and tell the backend where it is. */
static int blkfront_talk_to_backend(struct blkfront_info *info)
{
	struct xenbus_device *dev = info->xbdev;
	unsigned int order;
	int rc;

	order = xenbus_read_unsigned(dev->otherend, "max-ring-page-order", 0);
	order = min(order, READ_ONCE(xen_blkfront_max_ring_order));
	order = min(order, (unsigned int)BLKFRONT_MAX_RING_ORDER);
	info->max_indirect = xenbus_read_unsigned(dev->otherend,
						  "feature-max-indirect-segments", 0);
	info->max_indirect = min(info->max_indirect, READ_ONCE(xen_blkfront_max_indirect));
	info->max_indirect = min(info->max_indirect, (unsigned int)BLKFRONT_MAX_INDIRECT);
	/* Not worth it for fewer segments than a direct request carries. */
	if (info->max_indirect <= BLKIF_MAX_SEGMENTS_PER_REQUEST)
		info->max_indirect = 0;
	rc = blkfront_alloc_ring(info, order);
	if (!rc)
		rc = blkfront_alloc_shadow(info);
	if (!rc)
		rc = blkfront_bind(info);
	if (!rc)
		rc = xenbus_transaction_run(blkfront_publish, info, 0);
	if (!rc)
		rc = xenbus_switch_state(dev, XenbusStateInitialised);
	if (rc) {
		blkfront_free_ring(info);
		return rc;
	}
	info->state = BLKFRONT_INITIALISED;
	return 0;
}

/* A decimal u64 node (unsigned long is 32 bits on arm). */
static int read_u64(const char *dir, const char *node, u64 *val)
{
	char buf[24], *p;
	int rc = xenbus_read_buf(XBT_NIL, dir, node, buf, sizeof(buf));

	if (rc < 0)
		return rc;
	if (!rc || buf[0] < '0' || buf[0] > '9')
		return -EINVAL;
	*val = 0;
	for (p = buf; *p >= '0' && *p <= '9'; p++)
		*val = *val * 10 + (u64)(*p - '0');
	return *p ? -EINVAL : 0;
}

static int blkfront_read_disk(struct blkfront_info *info)
{
	const char *be = info->xbdev->otherend;
	unsigned int lbs;
	u64 sectors;
	int rc;

	rc = read_u64(be, "sectors", &sectors);
	if (rc)
		return rc;
	lbs = xenbus_read_unsigned(be, "sector-size", SECTOR_SIZE);
	if (lbs < SECTOR_SIZE || lbs > PAGE_SIZE || (lbs & (lbs - 1)))
		return -EINVAL;
	info->bdev.nr_sectors = sectors;
	info->bdev.lbs = lbs;
	info->bdev.read_only = xenbus_read_unsigned(be, "info", 0) & VDISK_READONLY;
	if (xenbus_read_unsigned(be, "feature-flush-cache", 0))
		info->flush_op = BLKIF_OP_FLUSH_DISKCACHE;
	else if (xenbus_read_unsigned(be, "feature-barrier", 0))
		info->flush_op = BLKIF_OP_WRITE_BARRIER;
	else
		info->flush_op = 0;
	/* Offered by us at Initialised; the backend says at Connected. */
	info->persistent = READ_ONCE(xen_blkfront_persistent) &&
			   xenbus_read_unsigned(be, "feature-persistent", 0);
	return 0;
}

/* Backend Connected: learn the disk and open it to the kernel. */
static int blkfront_connect(struct blkfront_info *info)
{
	unsigned long flags;
	int rc = blkfront_read_disk(info);

	if (rc)
		return rc;
	rc = xenbus_switch_state(info->xbdev, XenbusStateConnected);
	if (rc)
		return rc;
	spin_lock_irqsave(&info->lock, flags);
	info->state = BLKFRONT_CONNECTED;
	WRITE_ONCE(info->bdev.alive, true);
	spin_unlock_irqrestore(&info->lock, flags);
	if (!info->listed)
		add_disk(&info->bdev);
	info->listed = true;
	return 0;
}

/* Fail every queued bio; the lock is held. */
static void blkfront_fail_queue(struct blkfront_info *info, struct bio **done)
{
	struct bio *bio;

	while ((bio = info->queue_head)) {
		queue_pop(info);
		blkfront_fail_bio(bio, -EIO, done);
	}
}

/* Backend Closing: take no more bios, fail the queued ones, and close. */
static void blkfront_closing(struct blkfront_info *info)
{
	struct bio *done = NULL;
	unsigned long flags;

	spin_lock_irqsave(&info->lock, flags);
	if (info->state == BLKFRONT_CONNECTED || info->state == BLKFRONT_INITIALISED)
		info->state = BLKFRONT_CLOSING;
	WRITE_ONCE(info->bdev.alive, false);
	blkfront_fail_queue(info, &done);
	spin_unlock_irqrestore(&info->lock, flags);
	complete_list(done);
	if (info->xbdev->state != XenbusStateClosed)
		xenbus_frontend_closed(info->xbdev);
	pr_info("%s: backend closing\n", info->bdev.name);
}

/*
 * Backend Closed (or gone): it has unmapped the ring, so what it
 * answered is final and what it did not never will be.
 */
static void blkfront_teardown(struct blkfront_info *info)
{
	struct bio *done = NULL;
	unsigned long flags;
	unsigned int held;

	blkfront_unbind(info);
	spin_lock_irqsave(&info->lock, flags);
	if (info->sring && (info->state == BLKFRONT_CONNECTED ||
			    info->state == BLKFRONT_CLOSING))
		blkfront_reap(info, &done);
	info->state = BLKFRONT_DEAD;
	WRITE_ONCE(info->bdev.alive, false);
	blkfront_fail_queue(info, &done);
	held = blkfront_reclaim(info, &done);
	spin_unlock_irqrestore(&info->lock, flags);
	complete_list(done);
	if (info->xbdev->state != XenbusStateClosed)
		xenbus_frontend_closed(info->xbdev);
	pr_info("%s: disconnected, %u grant(s) still mapped by the backend\n",
		info->bdev.name, held);
}

static void blkfront_fail_setup(struct blkfront_info *info, int err, const char *what)
{
	xenbus_dev_error(info->xbdev, err, what);
	info->state = BLKFRONT_DEAD;
	xenbus_frontend_closed(info->xbdev);
}

/* Runs from xenbus watch callbacks, one vCPU at a time. */
static void blkfront_backend_changed(struct xenbus_device *dev, enum xenbus_state be)
{
	struct blkfront_info *info = dev->drvdata;
	int rc;

	switch (be) {
	case XenbusStateInitWait:
	case XenbusStateInitialised:
	case XenbusStateConnected:
		/* A backend may skip InitWait: do what that state asked first. */
		if (info->state == BLKFRONT_DISCONNECTED) {
			rc = blkfront_talk_to_backend(info);
			if (rc) {
				blkfront_fail_setup(info, rc, "setting up the ring");
				return;
			}
		}
		if (be == XenbusStateConnected && info->state == BLKFRONT_INITIALISED) {
			rc = blkfront_connect(info);
			if (rc)
				blkfront_fail_setup(info, rc, "reading the disk's size");
		}
		break;
	case XenbusStateClosing:
		if (info->state != BLKFRONT_DEAD)
			blkfront_closing(info);
		break;
	case XenbusStateClosed:
	case XenbusStateUnknown:
		if (info->state != BLKFRONT_DEAD && info->state != BLKFRONT_DISCONNECTED)
			blkfront_teardown(info);
		break;
	default:
		break;
	}
}

/* ---- probing ---- */

/* "xvda".."xvdz", "xvdaa"..: Linux's names for xvd disk @index. */
static void blkfront_disk_name(char *name, size_t size, unsigned int index)
{
	char letters[8];
	int n = 0, i;

	do {
		letters[n++] = 'a' + index % 26;
		index = index / 26;
	} while (index-- && n < (int)sizeof(letters));
	i = snprintf(name, size, "xvd");
	while (n-- && i + 1 < (int)size)
		name[i++] = letters[n];
	name[i] = '\0';
}

/* The disk index a "virtual-device" number names (blkif's vdev encoding). */
static unsigned int vdev_to_index(unsigned int vdev)
{
	if (vdev & (1U << 28))		/* extended: index in bits 8-27 */
		return (vdev >> 8) & 0xfffff;
	if ((vdev >> 8) == 202)		/* xvd: 16 minors a disk */
		return (vdev & 0xff) >> 4;
	return vdev & 0xff;
}

static int blkfront_probe(struct xenbus_device *dev)
{
	struct blkfront_info *info;
	unsigned int vdev;
	unsigned long flags;

	vdev = xenbus_read_unsigned(dev->nodename, "virtual-device", ~0U);
	if (vdev == ~0U)
		return -ENOENT;
	info = kzalloc(sizeof(*info));
	if (!info)
		return -ENOMEM;
	spin_lock_init(&info->lock);
	info->xbdev = dev;
	info->handle = (blkif_vdev_t)vdev;
	info->state = BLKFRONT_DISCONNECTED;
	info->bdev.ops = &blkfront_ops;
	blkfront_disk_name(info->bdev.name, sizeof(info->bdev.name), vdev_to_index(vdev));
	dev->drvdata = info;
	spin_lock_irqsave(&blkfront_list_lock, flags);
	info->next = blkfront_list;
	blkfront_list = info;
	spin_unlock_irqrestore(&blkfront_list_lock, flags);
	return 0;
}

/*
 * The device leaves the bus.  The block_device stays allocated (callers
 * may hold it), dead.
 */
static void blkfront_remove(struct xenbus_device *dev)
{
	struct blkfront_info *info = dev->drvdata;

	if (info->state != BLKFRONT_DEAD && info->state != BLKFRONT_DISCONNECTED)
		blkfront_teardown(info);
	info->state = BLKFRONT_DEAD;
}

static struct xenbus_driver blkfront_driver = {
	.type = "vbd",
	.probe = blkfront_probe,
	.otherend_changed = blkfront_backend_changed,
	.remove = blkfront_remove,
};

static bool blkfront_all_settled(void *arg)
{
	struct blkfront_info *info;
	unsigned long flags;
	bool settled = true;

	spin_lock_irqsave(&blkfront_list_lock, flags);
	for (info = blkfront_list; info; info = info->next)
		if (info->state == BLKFRONT_DISCONNECTED || info->state == BLKFRONT_INITIALISED)
			settled = false;
	spin_unlock_irqrestore(&blkfront_list_lock, flags);
	return settled;
}

/**
 * xen_blkfront_scan() - probe device/vbd and wait for the disks to connect
 * @timeout_ms: the bound on the wait
 *
 * Return: the number of disks listed, -ENODEV without xenstore, or
 * -ETIMEDOUT when a backend did not connect in time.
 */
int xen_blkfront_scan(unsigned int timeout_ms)
{
	int rc;

	if (!xenbus_available())
		return -ENODEV;
	if (!blkfront_registered) {
		rc = xenbus_register_frontend(&blkfront_driver);
		if (rc)
			return rc;
		blkfront_registered = true;
	} else {
		xenbus_probe_devices("device");
	}
	rc = xenbus_wait(blkfront_all_settled, NULL, timeout_ms);
	return rc ? rc : (int)blkdev_count();
}

/**
 * xen_blkfront_stats() - the driver's counters, across its disks; for tests
 * @st: filled in
 */
void xen_blkfront_stats(struct blkfront_stats *st)
{
	struct blkfront_info *info;
	unsigned long flags;

	memset(st, 0, sizeof(*st));
	spin_lock_irqsave(&blkfront_list_lock, flags);
	for (info = blkfront_list; info; info = info->next) {
		st->leaked_grants += info->leaked_grants;
		st->bad_responses += info->bad_responses;
		st->held_grants += info->held_grants;
		if (info->state == BLKFRONT_DEAD)
			continue;
		st->persistent_grants += info->nr_pgrants;
		if (info->persistent && info->shadow) {
			unsigned int i;

			for (i = 0; i < info->nr_slots; i++)
				st->persistent_grants += info->shadow[i].indirect_granted;
		}
	}
	spin_unlock_irqrestore(&blkfront_list_lock, flags);
}

/**
 * xen_blkfront_xenbus_state() - our state node as we last wrote it
 * @bdev: a disk of this driver
 */
enum xenbus_state xen_blkfront_xenbus_state(struct block_device *bdev)
{
	return to_info(bdev)->xbdev->state;
}

/**
 * xen_blkfront_dump() - print the ring's state, for a test that timed out
 * @bdev: a disk of this driver
 */
void xen_blkfront_dump(struct block_device *bdev)
{
	struct blkfront_info *info = to_info(bdev);
	struct blkif_sring *sring = READ_ONCE(info->sring);
	unsigned int queued = 0;
	struct bio *bio;
	unsigned long flags;

	spin_lock_irqsave(&info->lock, flags);
	for (bio = info->queue_head; bio; bio = bio->bi_next)
		queued++;
	pr_info("%s: state %d, req_prod_pvt %u rsp_cons %u in_flight %u queued %u evtchn %u "
		"pending %d masked %d\n", bdev->name, info->state, info->req_prod_pvt,
		info->rsp_cons, info->in_flight, queued, info->evtchn,
		xen_evtchn_is_pending(info->evtchn), xen_evtchn_is_masked(info->evtchn));
	if (sring)
		pr_info("%s: shared req_prod %u req_event %u rsp_prod %u rsp_event %u\n",
			bdev->name, READ_ONCE(sring->req_prod), READ_ONCE(sring->req_event),
			READ_ONCE(sring->rsp_prod), READ_ONCE(sring->rsp_event));
	spin_unlock_irqrestore(&info->lock, flags);
}

/**
 * xen_blkfront_disconnected() - the backend has closed and the ring is torn down
 * @bdev: a disk of this driver
 */
bool xen_blkfront_disconnected(struct block_device *bdev)
{
	return READ_ONCE(to_info(bdev)->state) == BLKFRONT_DEAD;
}
