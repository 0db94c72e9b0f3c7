// SPDX-License-Identifier: GPL-2.0
/*
 * kzalloc(): power-of-two size classes from 16 to 1024 bytes, each served
 * from pages carved into equal objects; anything larger gets whole pages.
 * Every page this hands out starts with a header saying which kind it is,
 * so kfree() finds everything it needs from the pointer alone.  A slab
 * page whose objects are all free goes back to the page allocator, so a
 * balanced sequence of kzalloc()/kfree() leaves nr_free_pages() as it was.
 */
#define pr_fmt(fmt) "slab: " fmt

#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/interrupt.h>
#include <linux/mm.h>
#include <linux/string.h>

/* Any CPU may allocate and free: the state below is changed under this. */
static DEFINE_SPINLOCK(slab_lock);

#define SLAB_MAGIC	0x51ab0000U
#define LARGE_MAGIC	0x1a7e0000U
#define MIN_SHIFT	4	/* 16 bytes: the alignment kzalloc() promises */
#define MAX_SHIFT	10
#define NR_CLASSES	(MAX_SHIFT - MIN_SHIFT + 1)

struct page_header {
	u32 magic;		/* SLAB_MAGIC | class, or LARGE_MAGIC | order */
	u32 inuse;		/* objects handed out from this slab page */
	void *freelist;		/* first free object; each free one links the next */
	struct page_header *next, *prev;	/* the class's pages with free objects */
};

#define HEADER_SIZE	ALIGN(sizeof(struct page_header), 1UL << MIN_SHIFT)

static struct page_header *partial[NR_CLASSES];

static size_t class_size(unsigned int class)
{
	return 1UL << (class + MIN_SHIFT);
}

static void list_add(struct page_header *pg, unsigned int class)
{
	pg->prev = NULL;
	pg->next = partial[class];
	if (pg->next)
		pg->next->prev = pg;
	partial[class] = pg;
}

static void list_del(struct page_header *pg, unsigned int class)
{
	if (pg->prev)
		pg->prev->next = pg->next;
	else
		partial[class] = pg->next;
	if (pg->next)
		pg->next->prev = pg->prev;
}

static struct page_header *slab_grow(unsigned int class)
{
	struct page_header *pg = alloc_page();
	size_t size = class_size(class);
	char *obj, *end;

	if (!pg)
		return NULL;
	pg->magic = SLAB_MAGIC | class;
	end = (char *)pg + PAGE_SIZE - size;
	for (obj = (char *)pg + HEADER_SIZE; obj <= end; obj += size) {
		*(void **)obj = pg->freelist;
		pg->freelist = obj;
	}
	list_add(pg, class);
	return pg;
}

static void *slab_alloc(unsigned int class)
{
	struct page_header *pg = partial[class];
	void *obj;

	if (!pg)
		pg = slab_grow(class);
	if (!pg)
		return NULL;
	obj = pg->freelist;
	pg->freelist = *(void **)obj;
	pg->inuse++;
	if (!pg->freelist)
		list_del(pg, class);
	return obj;
}

static void slab_free(struct page_header *pg, void *obj)
{
	unsigned int class = pg->magic & 0xffff;
	size_t offset = (char *)obj - (char *)pg - HEADER_SIZE;

	if (class >= NR_CLASSES || offset % class_size(class) || !pg->inuse) {
		pr_err("kfree(%p): not an allocated object\n", obj);
		return;
	}
	if (!pg->freelist)
		list_add(pg, class);
	*(void **)obj = pg->freelist;
	pg->freelist = obj;
	if (--pg->inuse)
		return;
	list_del(pg, class);
	pg->magic = 0;
	free_page(pg);
}

static void *large_alloc(size_t size)
{
	unsigned int order = get_order(size + HEADER_SIZE);
	struct page_header *pg = alloc_pages(order);

	if (!pg)
		return NULL;
	pg->magic = LARGE_MAGIC | order;
	return (char *)pg + HEADER_SIZE;
}

/**
 * kzalloc() - @size zeroed bytes, 16-byte aligned
 * @size: any size; above 1 KiB whole pages are used
 *
 * May be called with IRQs masked and from interrupt handlers.
 *
 * Return: the memory, or NULL when RAM is exhausted.
 */
void *kzalloc(size_t size)
{
	unsigned int class = 0;
	unsigned long flags;
	void *p;

	if (size > class_size(NR_CLASSES - 1))
		return large_alloc(size);
	while (class_size(class) < size)
		class++;
	spin_lock_irqsave(&slab_lock, flags);
	p = slab_alloc(class);
	spin_unlock_irqrestore(&slab_lock, flags);
	if (p)
		memset(p, 0, class_size(class));
	return p;
}

/**
 * kfree() - give back memory from kzalloc()
 * @p: what kzalloc() returned, or NULL
 */
void kfree(void *p)
{
	struct page_header *pg = (void *)((unsigned long)p & PAGE_MASK);
	unsigned long flags;
	unsigned int order;

	if (!p)
		return;
	if ((pg->magic & 0xffff0000U) == LARGE_MAGIC &&
	    (char *)p == (char *)pg + HEADER_SIZE) {
		order = pg->magic & 0xffff;
		pg->magic = 0;
		free_pages(pg, order);
		return;
	}
	if ((pg->magic & 0xffff0000U) != SLAB_MAGIC) {
		pr_err("kfree(%p): not from kzalloc()\n", p);
		return;
	}
	spin_lock_irqsave(&slab_lock, flags);
	slab_free(pg, p);
	spin_unlock_irqrestore(&slab_lock, flags);
}
