/* SPDX-License-Identifier: MIT */
/*
 * Event channels: HYPERVISOR_event_channel_op(cmd, arg), plus the shared
 * memory layout of the FIFO event ABI.
 */
#ifndef __XEN_INTERFACE_EVENT_CHANNEL_H__
#define __XEN_INTERFACE_EVENT_CHANNEL_H__

#include <xen/interface/xen.h>

#define EVTCHNOP_bind_interdomain	0
#define EVTCHNOP_bind_virq		1
#define EVTCHNOP_bind_pirq		2
#define EVTCHNOP_close			3
#define EVTCHNOP_send			4
#define EVTCHNOP_status			5
#define EVTCHNOP_alloc_unbound		6
#define EVTCHNOP_bind_ipi		7
#define EVTCHNOP_bind_vcpu		8
#define EVTCHNOP_unmask			9
#define EVTCHNOP_reset			10
#define EVTCHNOP_init_control		11
#define EVTCHNOP_expand_array		12
#define EVTCHNOP_set_priority		13
/* Xen-internal continuation of EVTCHNOP_reset; guests never issue it. */
#define EVTCHNOP_reset_cont		14

/* evtchn_bind_pirq.flags: the physical IRQ may be shared with others. */
#define BIND_PIRQ__WILL_SHARE		1

/* evtchn_status.status */
#define EVTCHNSTAT_closed		0	/* port free */
#define EVTCHNSTAT_unbound		1	/* waiting for a remote domain */
#define EVTCHNSTAT_interdomain		2	/* connected to a remote port */
#define EVTCHNSTAT_pirq			3	/* bound to a physical IRQ */
#define EVTCHNSTAT_virq			4	/* bound to a VIRQ_* */
#define EVTCHNSTAT_ipi			5	/* bound for IPIs */

/*
 * 2-level ABI: one bit per port in shared_info's pending/mask arrays,
 * XEN_ULONG_BITS words of XEN_ULONG_BITS bits (4096 ports on ARM).
 */
#define EVTCHN_2L_NR_CHANNELS		(XEN_ULONG_BITS * XEN_ULONG_BITS)

/*
 * FIFO ABI: one 32-bit event word per port in guest-provided array pages,
 * linked into per-vCPU, per-priority queues whose heads live in a control
 * block registered with EVTCHNOP_init_control.  0 is the most urgent
 * priority.
 */
#define EVTCHN_FIFO_PRIORITY_MAX	0
#define EVTCHN_FIFO_PRIORITY_DEFAULT	7
#define EVTCHN_FIFO_PRIORITY_MIN	15
#define EVTCHN_FIFO_MAX_QUEUES		(EVTCHN_FIFO_PRIORITY_MIN + 1)

/* Bit numbers in an event word; the low bits link to the next port. */
#define EVTCHN_FIFO_PENDING		31
#define EVTCHN_FIFO_MASKED		30
#define EVTCHN_FIFO_LINKED		29
#define EVTCHN_FIFO_BUSY		28

#define EVTCHN_FIFO_LINK_BITS		17
#define EVTCHN_FIFO_LINK_MASK		((1 << EVTCHN_FIFO_LINK_BITS) - 1)
#define EVTCHN_FIFO_NR_CHANNELS		(1 << EVTCHN_FIFO_LINK_BITS)

#ifndef __ASSEMBLY__

typedef uint32_t evtchn_port_t;
DEFINE_GUEST_HANDLE(evtchn_port_t, evtchn_port_t);

/* Allocate a port in @dom that @remote_dom may later bind to. */
struct evtchn_alloc_unbound {
	domid_t dom;			/* IN, usually DOMID_SELF */
	domid_t remote_dom;		/* IN */
	evtchn_port_t port;		/* OUT */
};

/* Connect a new local port to an unbound port of another domain. */
struct evtchn_bind_interdomain {
	domid_t remote_dom;		/* IN */
	evtchn_port_t remote_port;	/* IN */
	evtchn_port_t local_port;	/* OUT */
};

struct evtchn_bind_virq {
	uint32_t virq;			/* IN: VIRQ_* */
	uint32_t vcpu;			/* IN */
	evtchn_port_t port;		/* OUT */
};

struct evtchn_bind_pirq {
	uint32_t pirq;			/* IN */
	uint32_t flags;			/* IN: BIND_PIRQ__* */
	evtchn_port_t port;		/* OUT */
};

struct evtchn_bind_ipi {
	uint32_t vcpu;			/* IN: vCPU that gets notified */
	evtchn_port_t port;		/* OUT */
};

struct evtchn_close {
	evtchn_port_t port;		/* IN */
};

struct evtchn_send {
	evtchn_port_t port;		/* IN */
};

struct evtchn_status {
	domid_t dom;			/* IN */
	evtchn_port_t port;		/* IN */
	uint32_t status;		/* OUT: EVTCHNSTAT_* */
	uint32_t vcpu;			/* OUT: vCPU the port notifies */
	union {
		struct {
			domid_t dom;
		} unbound;
		struct {
			domid_t dom;
			evtchn_port_t port;
		} interdomain;
		uint32_t pirq;
		uint32_t virq;
	} u;				/* OUT: selected by @status */
};

/* Move notifications for @port to another vCPU. */
struct evtchn_bind_vcpu {
	evtchn_port_t port;		/* IN */
	uint32_t vcpu;			/* IN */
};

/* Unmask @port, re-raising the upcall if it became pending meanwhile. */
struct evtchn_unmask {
	evtchn_port_t port;		/* IN */
};

/* Close every port of @dom (and fall back to the 2-level ABI). */
struct evtchn_reset {
	domid_t dom;			/* IN */
};

/* Switch to the FIFO ABI: register @vcpu's control block. */
struct evtchn_init_control {
	uint64_aligned_t control_gfn;	/* IN: frame holding the block */
	uint32_t offset;		/* IN: byte offset within that frame */
	uint32_t vcpu;			/* IN */
	uint8_t link_bits;		/* OUT: usable link bits */
	uint8_t _pad[7];
};

/* Add one more page to the FIFO event word array. */
struct evtchn_expand_array {
	uint64_aligned_t array_gfn;	/* IN */
};

struct evtchn_set_priority {
	evtchn_port_t port;		/* IN */
	uint32_t priority;		/* IN: EVTCHN_FIFO_PRIORITY_* */
};

typedef uint32_t event_word_t;

struct evtchn_fifo_control_block {
	uint32_t ready;			/* bit per queue with work queued */
	uint32_t _rsvd;
	uint32_t head[EVTCHN_FIFO_MAX_QUEUES];	/* first port of each queue */
};

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_EVENT_CHANNEL_H__ */
