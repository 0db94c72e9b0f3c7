/* SPDX-License-Identifier: GPL-2.0 */
/*
 * CPUs: what each one keeps for itself, bringing them up and down, and
 * running a function on another one.
 *
 * Per-CPU state is one array, cpu_data[], indexed by the CPU number that
 * the architecture keeps in a register (TPIDR_EL1 / TPIDRPRW): CPU 0 is
 * the one Xen started, the others are numbered in /cpus order.  Nothing
 * else in the kernel may stand for "the current CPU" implicitly.
 */
#ifndef _LINUX_SMP_H
#define _LINUX_SMP_H

#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <linux/types.h>
#include <asm/smp.h>

#define NR_CPUS		8

/* The SGI (INTID 0-15) that carries smp_call_function_single() requests. */
#define IPI_CALL_FUNC	8

struct vcpu_info;
struct vcpu_runstate_info;

/**
 * struct cpu_request - a function another CPU asks this one to run
 * @fn: the function, called with @arg
 * @arg: its argument
 * @seq: bumped by the asking CPU for each request
 * @done: set to @seq by this CPU once @fn has returned
 */
struct cpu_request {
	void (*fn)(void *arg);
	void *arg;
	unsigned int seq;
	unsigned int done;
};

/**
 * struct cpu_data - one CPU's own state
 * @stack_top: initial stack pointer of a secondary; read by its entry code
 *	with the MMU off, so it must stay the first member
 * @cpu: the CPU number; second member, also read by the entry code
 * @hwid: MPIDR affinity (the /cpus "reg"): PSCI's and the GICv3's name
 * @stack: the secondary's stack pages (NULL for CPU 0)
 * @online: running the kernel, with its interrupts set up
 * @dying: asked to power itself off (cpu_down())
 * @xen_vcpu: this vCPU's registered vcpu_info, NULL before registration
 * @xen_runstate: this vCPU's registered runstate area
 * @call_lock: serialises callers of smp_call_function_single() on it
 * @call: smp_call_function_single()'s request, run in the IPI handler
 * @work: smp_start_on_cpu()'s request, run in the idle loop
 * @ipis: call-function IPIs this CPU has taken
 */
struct cpu_data {
	unsigned long stack_top;
	unsigned long cpu;
	u64 hwid;
	void *stack;
	bool online;
	bool dying;
	struct vcpu_info *xen_vcpu;
	struct vcpu_runstate_info *xen_runstate;
	spinlock_t call_lock;
	struct cpu_request call;
	struct cpu_request work;
	unsigned long ipis;
};

extern struct cpu_data cpu_data[NR_CPUS];

/* How many CPUs /cpus lists (at least 1), so CPU numbers are below it. */
extern unsigned int nr_cpu_ids;

static inline unsigned int smp_processor_id(void)
{
	return raw_smp_processor_id();
}

static inline struct cpu_data *this_cpu_data(void)
{
	return &cpu_data[smp_processor_id()];
}

static inline bool cpu_online(unsigned int cpu)
{
	return cpu < nr_cpu_ids && READ_ONCE(cpu_data[cpu].online);
}

#define for_each_possible_cpu(cpu)	for ((cpu) = 0; (cpu) < nr_cpu_ids; (cpu)++)
#define for_each_online_cpu(cpu)	for_each_possible_cpu(cpu) if (cpu_online(cpu))

unsigned int num_online_cpus(void);

/* The boot CPU's entry in cpu_data[]; before anything reads the CPU number. */
void smp_prepare_boot_cpu(void);

/**
 * smp_init() - start every CPU /cpus lists through PSCI
 *
 * Called once, by CPU 0, with interrupts enabled and the drivers that
 * keep per-CPU state initialised.  A CPU that does not come up is
 * reported and left off.
 */
void smp_init(void);

/**
 * cpu_up() - start secondary CPU @cpu and wait until it is online
 * @cpu: 1 .. nr_cpu_ids - 1
 *
 * Return: 0, -EINVAL, -ENODEV without PSCI CPU_ON, -EIO when PSCI
 * refused, or -ETIMEDOUT when it did not report in.
 */
int cpu_up(unsigned int cpu);

/**
 * cpu_down() - have secondary CPU @cpu power itself off (PSCI CPU_OFF)
 * @cpu: an online CPU other than the caller
 *
 * Return: 0 once PSCI's AFFINITY_INFO calls it off, or a negative errno.
 */
int cpu_down(unsigned int cpu);

/**
 * smp_call_function_single() - run @fn(@arg) on @cpu and wait for it
 * @cpu: an online CPU (the caller's own runs @fn directly)
 * @fn: runs in interrupt context on @cpu, with interrupts masked
 * @arg: passed to @fn
 *
 * The caller must have interrupts enabled: two CPUs calling each other
 * with them masked would wait for ever.
 *
 * Return: 0, -EINVAL for a CPU that is not online, -ETIMEDOUT.
 */
int smp_call_function_single(unsigned int cpu, void (*fn)(void *arg), void *arg);

/**
 * smp_send_wakeup() - end @cpu's WFI, if it is in one
 * @cpu: an online CPU other than the caller
 *
 * For a CPU napping until something another CPU completes for it (a
 * reply the event handler took): it wakes now instead of at its timer.
 * Harmless when it is not napping.  Callable with interrupts masked.
 *
 * Return: 0, or -EINVAL.
 */
int smp_send_wakeup(unsigned int cpu);

/**
 * smp_start_on_cpu() - have idle secondary @cpu run @fn(@arg) and go on
 * @cpu: an online CPU other than the caller, not running earlier work
 * @fn: runs in @cpu's idle loop, interrupts enabled, so it may wait for
 *	events and timers there
 * @arg: passed to @fn
 *
 * Return: 0, -EINVAL, or -EBUSY while earlier work is unfinished.
 */
int smp_start_on_cpu(unsigned int cpu, void (*fn)(void *arg), void *arg);

/**
 * smp_wait_on_cpu() - wait for smp_start_on_cpu()'s work to finish
 * @cpu: as passed to it
 * @timeout_us: give up after this long
 *
 * Return: 0, or -ETIMEDOUT.
 */
int smp_wait_on_cpu(unsigned int cpu, unsigned int timeout_us);

/* Entered by a secondary from arch/<arch>/kernel/head.S, MMU still off. */
void __noreturn secondary_start_kernel(struct cpu_data *cd);

/* The secondaries' entry point in head.S (a physical address: MMU off). */
void secondary_entry(void);

#endif /* _LINUX_SMP_H */
