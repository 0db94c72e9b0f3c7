// SPDX-License-Identifier: GPL-2.0
/*
 * The FIFO event channel ABI: one 32-bit event word per port in pages
 * the guest hands to Xen (EVTCHNOP_expand_array), linked by Xen into 16
 * priority queues whose heads sit in a per-vCPU control block
 * (EVTCHNOP_init_control).  The guest walks each ready queue from its
 * head, unlinking words as it goes.  Each vCPU has its own control block
 * and queues, and walks only those: Xen links a port into the queue of
 * the vCPU it is bound to.
 */
#define pr_fmt(fmt) "xen:events-fifo: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/bitops.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <xen/xen.h>
#include <linux/atomic.h>
#include <asm/xen/hypercall.h>
#include "events_internal.h"

#define EVENT_WORDS_PER_PAGE	(PAGE_SIZE / sizeof(event_word_t))
#define MAX_EVENT_ARRAY_PAGES	(EVTCHN_FIFO_NR_CHANNELS / EVENT_WORDS_PER_PAGE)

#define FIFO_BIT(b)		(1U << (b))

static event_word_t *event_array[MAX_EVENT_ARRAY_PAGES];
static unsigned int event_array_pages;	/* grows under expand_lock */
static DEFINE_SPINLOCK(expand_lock);
static struct evtchn_fifo_control_block *control_blocks[NR_CPUS];

/*
 * Where the walk of each of a CPU's queues resumes: 0 means "reached the
 * tail, take the head from the control block next time".
 */
static u32 queue_heads[NR_CPUS][EVTCHN_FIFO_MAX_QUEUES];

static event_word_t *event_word(evtchn_port_t port)
{
	unsigned int page = port / EVENT_WORDS_PER_PAGE;

	/* The count is published after the page it covers. */
	if (page >= smp_load_acquire(&event_array_pages))
		return NULL;
	return &event_array[page][port % EVENT_WORDS_PER_PAGE];
}

static unsigned int evtchn_fifo_max_channels(void)
{
	return EVTCHN_FIFO_NR_CHANNELS;
}

/*
 * A new page of event words starts with every word MASKED.  Xen re-raises,
 * as soon as the page is added, any event that became pending on one of
 * its ports while it had no word (a port allocated and signalled before
 * the guest set it up); an unmasked word would be linked and delivered
 * before the driver masked the port, then dropped as spurious.  Masked,
 * the event waits for the handler's bind to unmask it.
 */
static void *event_page_alloc(void)
{
	event_word_t *page = alloc_page();
	unsigned int i;

	if (!page)
		return NULL;
	for (i = 0; i < EVENT_WORDS_PER_PAGE; i++)
		page[i] = FIFO_BIT(EVTCHN_FIFO_MASKED);
	return page;
}

/* Called with expand_lock held. */
static int evtchn_fifo_expand(void)
{
	struct evtchn_expand_array op;
	void *page;
	long rc;

	if (event_array_pages >= MAX_EVENT_ARRAY_PAGES)
		return -ENOSPC;
	page = event_page_alloc();
	if (!page)
		return -ENOMEM;
	op.array_gfn = virt_to_pfn(page);
	rc = HYPERVISOR_event_channel_op(EVTCHNOP_expand_array, &op);
	if (rc < 0) {
		free_page(page);
		return (int)rc;
	}
	event_array[event_array_pages] = page;
	smp_store_release(&event_array_pages, event_array_pages + 1);
	return 0;
}

/* Give Xen event words up to @port. */
static int evtchn_fifo_setup(evtchn_port_t port)
{
	unsigned long flags;
	int rc = 0;

	if (event_word(port))
		return 0;
	spin_lock_irqsave(&expand_lock, flags);
	while (!rc && !event_word(port))
		rc = evtchn_fifo_expand();
	spin_unlock_irqrestore(&expand_lock, flags);
	return rc;
}

/*
 * Change bits of an event word that Xen updates concurrently: a
 * compare-and-exchange loop on the 32-bit word itself.
 */
static u32 event_word_update(event_word_t *word, u32 set, u32 clear)
{
	u32 old, seen = READ_ONCE(*word);

	do {
		old = seen;
		seen = cmpxchg(word, old, (old & ~clear) | set);
	} while (seen != old);
	return old;
}

static void evtchn_fifo_mask(evtchn_port_t port)
{
	event_word_t *word = event_word(port);

	if (word)
		event_word_update(word, FIFO_BIT(EVTCHN_FIFO_MASKED), 0);
}

/*
 * Clear MASKED ourselves while the event is not pending.  Xen sets BUSY
 * on a word while it links another event behind it and the guest must
 * not unmask then, so the exchange only succeeds against a non-BUSY
 * value.  A pending event needs Xen to link it: EVTCHNOP_unmask.
 */
static void evtchn_fifo_unmask(evtchn_port_t port)
{
	event_word_t *word = event_word(port);
	u32 old, seen;

	if (!word)
		return;
	seen = READ_ONCE(*word);
	for (;;) {
		if (seen & FIFO_BIT(EVTCHN_FIFO_PENDING)) {
			xen_evtchn_unmask_hypercall(port);
			return;
		}
		old = seen & ~FIFO_BIT(EVTCHN_FIFO_BUSY);
		seen = cmpxchg(word, old, old & ~FIFO_BIT(EVTCHN_FIFO_MASKED));
		if (seen == old)
			return;
	}
}

static bool evtchn_fifo_test(evtchn_port_t port, unsigned int bit, bool absent)
{
	event_word_t *word = event_word(port);

	return word ? !!(READ_ONCE(*word) & FIFO_BIT(bit)) : absent;
}

static bool evtchn_fifo_is_pending(evtchn_port_t port)
{
	return evtchn_fifo_test(port, EVTCHN_FIFO_PENDING, false);
}

static bool evtchn_fifo_is_masked(evtchn_port_t port)
{
	return evtchn_fifo_test(port, EVTCHN_FIFO_MASKED, true);
}

static void evtchn_fifo_clear_pending(evtchn_port_t port)
{
	event_word_t *word = event_word(port);

	if (word)
		event_word_update(word, 0, FIFO_BIT(EVTCHN_FIFO_PENDING));
}

/* Unlink @word from its queue; returns the next port (0: it was the tail). */
static u32 clear_linked(event_word_t *word)
{
	u32 old = event_word_update(word, 0, FIFO_BIT(EVTCHN_FIFO_LINKED) |
					     EVTCHN_FIFO_LINK_MASK);

	return old & EVTCHN_FIFO_LINK_MASK;
}

/* Take the event at the head of queue @q; drop @q from @ready when empty. */
static void consume_one_event(struct evtchn_fifo_control_block *cb, u32 *queue_head,
			      unsigned int q, u32 *ready)
{
	evtchn_port_t port = queue_head[q];
	event_word_t *word;
	u32 old;

	if (!port) {
		/* The words Xen linked must be visible before their head. */
		smp_rmb();
		port = READ_ONCE(cb->head[q]);
	}
	word = event_word(port);
	if (!port || !word) {
		*ready &= ~(1U << q);
		queue_head[q] = 0;
		return;
	}
	queue_head[q] = clear_linked(word);
	if (!queue_head[q])
		*ready &= ~(1U << q);

	/* A masked event stays pending for the unmask to relink. */
	if (READ_ONCE(*word) & FIFO_BIT(EVTCHN_FIFO_MASKED))
		return;
	old = event_word_update(word, 0, FIFO_BIT(EVTCHN_FIFO_PENDING));
	if (old & FIFO_BIT(EVTCHN_FIFO_PENDING))
		xen_evtchn_handle_port(port);
}

/* Most urgent queue first: priority 0 is the lowest bit. */
static void evtchn_fifo_handle_events(void)
{
	unsigned int cpu = smp_processor_id();
	struct evtchn_fifo_control_block *cb = control_blocks[cpu];
	u32 ready;

	if (!cb)
		return;
	ready = xchg(&cb->ready, 0);
	while (ready) {
		consume_one_event(cb, queue_heads[cpu], __ffs(ready), &ready);
		ready |= xchg(&cb->ready, 0);
	}
}

/*
 * Give Xen CPU @cpu's control block.  Any vCPU may register another's,
 * so the switch below covers every online CPU from the one making it;
 * a CPU that comes online later registers its own (cpu_online).  Once
 * per vCPU: a CPU back from CPU_OFF keeps its block.
 */
static int evtchn_fifo_init_control(unsigned int cpu)
{
	struct evtchn_init_control op = { .offset = 0, .vcpu = xen_vcpu_nr(cpu) };
	void *page;
	long rc;

	if (control_blocks[cpu])
		return 0;
	page = alloc_page();
	if (!page)
		return -ENOMEM;
	op.control_gfn = virt_to_pfn(page);
	rc = HYPERVISOR_event_channel_op(EVTCHNOP_init_control, &op);
	if (rc < 0) {
		pr_err("CPU%u: EVTCHNOP_init_control failed: %ld\n", cpu, rc);
		free_page(page);
		return (int)rc;
	}
	WRITE_ONCE(control_blocks[cpu], page);
	return 0;
}

static const struct evtchn_ops evtchn_ops_fifo = {
	.name = "FIFO",
	.max_channels = evtchn_fifo_max_channels,
	.setup = evtchn_fifo_setup,
	.mask = evtchn_fifo_mask,
	.unmask = evtchn_fifo_unmask,
	.is_pending = evtchn_fifo_is_pending,
	.is_masked = evtchn_fifo_is_masked,
	.clear_pending = evtchn_fifo_clear_pending,
	.handle_events = evtchn_fifo_handle_events,
	.cpu_online = evtchn_fifo_init_control,
};

/*
 * Register the control blocks, vCPU 0's first: from then on Xen queues
 * events instead of setting 2-level bits.  Called with interrupts masked.
 */
int xen_evtchn_fifo_init(void)
{
	unsigned int cpu;
	int rc;

	rc = evtchn_fifo_init_control(0);
	if (rc)
		return rc;
	for_each_online_cpu(cpu) {
		rc = evtchn_fifo_init_control(cpu);
		if (rc)
			return rc;
	}
	evtchn_ops = &evtchn_ops_fifo;
	return 0;
}
