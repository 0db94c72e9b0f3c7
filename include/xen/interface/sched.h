/* SPDX-License-Identifier: MIT */
/*
 * Scheduler control: HYPERVISOR_sched_op(cmd, arg).
 */
#ifndef __XEN_INTERFACE_SCHED_H__
#define __XEN_INTERFACE_SCHED_H__

#include <xen/interface/event_channel.h>

#define SCHEDOP_yield		0	/* arg: NULL; give up the pCPU */
#define SCHEDOP_block		1	/* arg: NULL; ARM guests use WFI instead */
#define SCHEDOP_shutdown	2	/* arg: sched_shutdown */
#define SCHEDOP_poll		3	/* arg: sched_poll */
#define SCHEDOP_remote_shutdown	4	/* arg: sched_remote_shutdown */
#define SCHEDOP_shutdown_code	5	/* arg: sched_shutdown; record, don't stop */
#define SCHEDOP_watchdog	6	/* arg: sched_watchdog */
#define SCHEDOP_pin_override	7	/* arg: sched_pin_override; hw domain */

/* Shutdown reasons */
#define SHUTDOWN_poweroff	0	/* tear the domain down */
#define SHUTDOWN_reboot		1	/* tear down and start again */
#define SHUTDOWN_suspend	2	/* save state for a later resume */
#define SHUTDOWN_crash		3	/* the guest crashed */
#define SHUTDOWN_watchdog	4	/* a watchdog expired */
#define SHUTDOWN_soft_reset	5	/* reset state, keep the memory (kexec) */
#define SHUTDOWN_MAX		5

#ifndef __ASSEMBLY__

struct sched_shutdown {
	unsigned int reason;		/* SHUTDOWN_* */
};
DEFINE_GUEST_HANDLE_STRUCT(sched_shutdown);

/* Block until one of @ports is pending or @timeout passes. */
struct sched_poll {
	GUEST_HANDLE(evtchn_port_t) ports;
	unsigned int nr_ports;
	uint64_aligned_t timeout;	/* absolute system time (ns), 0 = none */
};
DEFINE_GUEST_HANDLE_STRUCT(sched_poll);

struct sched_remote_shutdown {
	domid_t domain_id;		/* domain to shut down */
	unsigned int reason;		/* SHUTDOWN_* */
};
DEFINE_GUEST_HANDLE_STRUCT(sched_remote_shutdown);

/* @id 0 creates a watchdog; else @timeout (s) re-arms it, or 0 removes it. */
struct sched_watchdog {
	uint32_t id;
	uint32_t timeout;
};
DEFINE_GUEST_HANDLE_STRUCT(sched_watchdog);

struct sched_pin_override {
	int32_t pcpu;			/* negative: drop the override */
};
DEFINE_GUEST_HANDLE_STRUCT(sched_pin_override);

#endif /* !__ASSEMBLY__ */

#endif /* __XEN_INTERFACE_SCHED_H__ */
