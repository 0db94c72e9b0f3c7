/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The guest kernel's entry points into its Xen support, and the state
 * every Xen driver shares: shared_info and each vCPU's vcpu_info.
 */
#ifndef _XEN_XEN_H
#define _XEN_XEN_H

#include <linux/compiler.h>
#include <linux/smp.h>
#include <linux/types.h>
#include <xen/interface/xen.h>

/* Mapped by xen_guest_init(); NULL before. */
extern struct shared_info *HYPERVISOR_shared_info;

/* CPU @cpu's vcpu_info (VCPUOP_register_vcpu_info), NULL before. */
static inline struct vcpu_info *xen_vcpu_info(unsigned int cpu)
{
	return READ_ONCE(cpu_data[cpu].xen_vcpu);
}

/* The calling CPU's vcpu_info. */
static inline struct vcpu_info *xen_this_vcpu(void)
{
	return xen_vcpu_info(smp_processor_id());
}

unsigned int xen_vcpu_nr(unsigned int cpu);
void xen_cpu_online(void);
int xen_cpu_wait_descheduled(unsigned int cpu, unsigned int timeout_us);

/* What the device tree's /hypervisor node says. */
struct xen_dt_info {
	phys_addr_t gnttab_base;	/* first "reg" range: grant table frames */
	size_t gnttab_size;
	unsigned int evtchn_irq;	/* GIC INTID of the event upcall */
};

extern struct xen_dt_info xen_dt;

/* This domain's id, learnt by xen_guest_init(); DOMID_SELF before. */
extern domid_t xen_domid;

/* True when running as the hardware domain (dom0). */
bool xen_initial_domain(void);

int xen_console_io_init(void);
int xen_version_init(void);
void __noreturn xen_shutdown(unsigned int reason);
long xen_sched_yield(void);
void xen_idle_until(u64 deadline, u64 max_ns);

/* CONFIG_XEN_XENBUS: xl shutdown and xl reboot (drivers/xen/manage.c). */
int xen_manage_init(void);
void xen_manage_linger(void);

/* CONFIG_XEN_BENCH: runs instead of the KTAP suites. */
int xen_bench_run(void);
/* CONFIG_XEN_BLK_BENCH: the PV block benchmark, instead of the suites too. */
int xen_blk_bench_run(void);

#endif /* _XEN_XEN_H */
