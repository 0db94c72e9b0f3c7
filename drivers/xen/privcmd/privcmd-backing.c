// SPDX-License-Identifier: GPL-2.0
/*
 * The backing of a privcmd VMA: as many dom0 frames with nothing behind
 * them as it has pages, for Xen to map the foreign frames at.  Where they
 * come from is chosen once per VMA, so as never to take from Linux what
 * its own backends (gntdev, blkback, netback) map grants at:
 *
 *  - a kernel with Linux's unpopulated-page allocator (Linux 6.12 with
 *    CONFIG_XEN_UNPOPULATED_ALLOC=y) owns Xen's extended regions and
 *    hands frames out of them to every user: take them from it;
 *  - else a run of frames in an extended region, claimed for just this
 *    VMA (privcmd-regions.c), which costs no RAM;
 *  - else frames of Linux's balloon, whose RAM was handed back to Xen.
 */
#define pr_fmt(fmt) "xen:" KBUILD_MODNAME ": " fmt

#include <linux/bitmap.h>
#include <linux/err.h>
#include <linux/ioport.h>
#include <linux/mm.h>
#include <linux/slab.h>

#include "privcmd.h"

/* More than this (4 GiB of frames) behind one VMA is refused. */
#define PRIVCMD_MAX_FRAMES	(1UL << 20)

/* Linux's allocators of struct pages with no RAM behind them. */
struct privcmd_page_source {
	int (*alloc)(unsigned int nr_pages, struct page **pages);
	void (*free)(unsigned int nr_pages, struct page **pages);
};

static const struct privcmd_page_source balloon_source = {
	.alloc = xen_alloc_ballooned_pages,
	.free = xen_free_ballooned_pages,
};

/* The allocator that owns the extended regions, if the kernel has one. */
#ifdef CONFIG_XEN_UNPOPULATED_ALLOC
static const struct privcmd_page_source unpopulated_source = {
	.alloc = xen_alloc_unpopulated_pages,
	.free = xen_free_unpopulated_pages,
};
static const struct privcmd_page_source *const regions_owner = &unpopulated_source;
#else
static const struct privcmd_page_source *const regions_owner;
#endif

/**
 * privcmd_frames_pfn() - the dom0 frame behind a page of a VMA
 * @frames: the VMA's frames
 * @i: index of the page in the VMA
 *
 * Return: the frame number, in Linux's and Xen's units alike.
 */
unsigned long privcmd_frames_pfn(const struct privcmd_frames *frames, unsigned long i)
{
	return frames->pages ? page_to_pfn(frames->pages[i]) :
			       PHYS_PFN(frames->region->start) + i;
}

static int frames_from(struct privcmd_frames *frames, const struct privcmd_page_source *src)
{
	frames->pages = kvcalloc(frames->nr, sizeof(*frames->pages), GFP_KERNEL);
	if (!frames->pages)
		return -ENOMEM;
	if (src->alloc(frames->nr, frames->pages)) {
		kvfree(frames->pages);
		frames->pages = NULL;
		return -ENOMEM;
	}
	frames->source = src;
	return 0;
}

static int frames_take(struct privcmd_frames *frames)
{
	if (regions_owner)
		return frames_from(frames, regions_owner);
	frames->region = privcmd_regions_claim(frames->nr);
	if (frames->region)
		return 0;
	return frames_from(frames, &balloon_source);
}

/**
 * privcmd_frames_alloc() - find empty frames to back a VMA with
 * @nr: pages in the VMA
 *
 * Return: the frames, none mapped, or ERR_PTR(-ENOMEM).
 */
struct privcmd_frames *privcmd_frames_alloc(unsigned long nr)
{
	struct privcmd_frames *frames;

	if (nr > PRIVCMD_MAX_FRAMES)
		return ERR_PTR(-ENOMEM);
	frames = kzalloc(sizeof(*frames), GFP_KERNEL);
	if (!frames)
		return ERR_PTR(-ENOMEM);
	frames->nr = nr;
	frames->mapped = kvcalloc(BITS_TO_LONGS(nr), sizeof(long), GFP_KERNEL);
	if (!frames->mapped)
		goto out_free;
	if (frames_take(frames))
		goto out_free_mapped;
	return frames;

out_free_mapped:
	kvfree(frames->mapped);
out_free:
	kfree(frames);
	return ERR_PTR(-ENOMEM);
}

/* Hand back the pages with nothing mapped; the others are lost. */
static void frames_return_pages(struct privcmd_frames *frames)
{
	unsigned long i, kept = 0;

	for (i = 0; i < frames->nr; i++) {
		if (!test_bit(i, frames->mapped))
			frames->pages[kept++] = frames->pages[i];
	}
	frames->source->free(kept, frames->pages);
	kvfree(frames->pages);
}

/**
 * privcmd_frames_free() - unmap all foreign frames and return the backing
 * @frames: a VMA's frames; no PTE may point at them any more
 *
 * A frame Xen would not unmap is never reused, and a warning says how many
 * were lost so; a region claim that holds one is kept for good.
 */
void privcmd_frames_free(struct privcmd_frames *frames)
{
	unsigned long lost;

	lost = privcmd_frames_unmap(frames);
	if (lost)
		pr_warn("leaking %lu frames that Xen would not unmap\n", lost);
	if (frames->pages)
		frames_return_pages(frames);
	else if (lost)
		privcmd_regions_leak(frames->region);
	else
		privcmd_regions_release(frames->region);
	kvfree(frames->mapped);
	kfree(frames);
}
