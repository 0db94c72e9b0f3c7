// SPDX-License-Identifier: GPL-2.0
/*
 * KTAP suite "smp": every CPU /cpus lists is up, answers an IPI, and can
 * be powered off and on again with its interrupts and timer working.
 * On one CPU the cases that need another skip, saying so.
 */
#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/ktap.h>
#include <linux/psci.h>
#include <linux/smp.h>
#include <linux/string.h>
#include <clocksource/arm_arch_timer.h>

#define WORK_TIMEOUT_US		10000000
#define TIMER_WAIT_NS		500000000ULL

/* Every online CPU but the one running the test. */
#define for_each_other_cpu(cpu)	for_each_online_cpu(cpu) if ((cpu) != smp_processor_id())

static bool skip_uniprocessor(struct ktap_test *t)
{
	if (nr_cpu_ids > 1)
		return false;
	ktap_skip(t, "/cpus lists one CPU: nothing to bring up");
	return true;
}

/* Up as far as the kernel knows, and as far as the firmware knows. */
static void every_cpu_online(struct ktap_test *t)
{
	unsigned int cpu;

	if (skip_uniprocessor(t))
		return;
	ktap_expect_eq(t, num_online_cpus(), nr_cpu_ids);
	for_each_possible_cpu(cpu) {
		ktap_check(t, cpu_online(cpu), __FILE__, __LINE__, "CPU%u online", cpu);
		ktap_check(t, psci_ops.affinity_info(cpu_data[cpu].hwid) == PSCI_AFFINITY_ON,
			   __FILE__, __LINE__, "AFFINITY_INFO(CPU%u) = %d", cpu,
			   psci_ops.affinity_info(cpu_data[cpu].hwid));
	}
}

static void note_cpu(void *arg)
{
	*(unsigned int *)arg = smp_processor_id();
}

/* A call-function IPI to @cpu runs there and returns; false if not. */
static bool ipi_round_trip(struct ktap_test *t, unsigned int cpu)
{
	unsigned int ran_on = ~0U;
	unsigned long ipis = READ_ONCE(cpu_data[cpu].ipis);

	if (!ktap_expect_eq(t, smp_call_function_single(cpu, note_cpu, &ran_on), 0))
		return false;
	ktap_expect(t, READ_ONCE(cpu_data[cpu].ipis) > ipis);
	return ktap_expect_eq(t, ran_on, cpu);
}

static void ipi_to_each_cpu(struct ktap_test *t)
{
	unsigned int cpu;

	if (skip_uniprocessor(t))
		return;
	for_each_other_cpu(cpu)
		ipi_round_trip(t, cpu);
	ktap_expect_eq(t, irq_unexpected_count(), 0);
}

struct timer_probe {
	unsigned long before;
	bool fired;
};

/* On the CPU under test: its own virtual timer, its own PPI. */
static void timer_on_this_cpu(void *arg)
{
	struct timer_probe *tp = arg;
	unsigned int irq = arch_timer_irq();
	u64 start = get_cycles(), limit = ns_to_cycles(TIMER_WAIT_NS);

	tp->before = irq_count(irq);
	if (arch_timer_set_next_event(ns_to_cycles(1000000)))
		return;
	while (irq_count(irq) <= tp->before && get_cycles() - start < limit)
		cpu_relax();
	tp->fired = irq_count(irq) > tp->before;
}

static void timer_fires_on(struct ktap_test *t, unsigned int cpu)
{
	struct timer_probe tp = { 0 };

	if (!ktap_expect_eq(t, smp_start_on_cpu(cpu, timer_on_this_cpu, &tp), 0))
		return;
	ktap_expect_eq(t, smp_wait_on_cpu(cpu, WORK_TIMEOUT_US), 0);
	ktap_check(t, tp.fired, __FILE__, __LINE__, "CPU%u's timer fired", cpu);
}

static void timer_on_each_cpu(struct ktap_test *t)
{
	unsigned int cpu;

	if (skip_uniprocessor(t))
		return;
	for_each_other_cpu(cpu)
		timer_fires_on(t, cpu);
}

/*
 * PSCI CPU_OFF, then CPU_ON, of the last CPU; after it, IPIs and its
 * timer work (irq_cpu_online() enabled its PPIs again).  The events
 * suites, which run later, bind a port to every CPU, this one included.
 */
static void cpu_off_then_on(struct ktap_test *t)
{
	unsigned int cpu = nr_cpu_ids - 1;
	u64 hwid = cpu_data[cpu].hwid;

	if (skip_uniprocessor(t))
		return;
	if (!ktap_expect_eq(t, cpu_down(cpu), 0))
		return;
	ktap_expect(t, !cpu_online(cpu));
	ktap_expect_eq(t, psci_ops.affinity_info(hwid), PSCI_AFFINITY_OFF);
	ktap_expect_eq(t, smp_call_function_single(cpu, note_cpu, &cpu), -EINVAL);

	if (!ktap_expect_eq(t, cpu_up(cpu), 0))
		return;
	ktap_expect(t, cpu_online(cpu));
	ktap_expect_eq(t, psci_ops.affinity_info(hwid), PSCI_AFFINITY_ON);
	if (ipi_round_trip(t, cpu))
		timer_fires_on(t, cpu);
	ktap_expect_eq(t, num_online_cpus(), nr_cpu_ids);
}

/*
 * Ticket locks under contention from every CPU, for a fixed time: no
 * increment lost.  Bounded by time, not rounds: a fair lock hands over in
 * ticket order, and when the next owner's QEMU thread is not running on
 * the host every handover waits for the host to schedule it.
 */
#define LOCK_NS		100000000ULL

static DEFINE_SPINLOCK(test_lock);
static unsigned long test_counter;
static unsigned long test_mine[NR_CPUS];
static u64 test_end;

static void lock_hammer(void *arg)
{
	unsigned long flags, n = 0;

	while (get_cycles() < READ_ONCE(test_end)) {
		spin_lock_irqsave(&test_lock, flags);
		/* A torn read-modify-write if two CPUs were in here at once. */
		WRITE_ONCE(test_counter, READ_ONCE(test_counter) + 1);
		spin_unlock_irqrestore(&test_lock, flags);
		n++;
	}
	test_mine[smp_processor_id()] = n;
}

static void spinlock_counts_every_cpu(struct ktap_test *t)
{
	unsigned int cpu, started = 1;
	unsigned long sum = 0;

	if (skip_uniprocessor(t))
		return;
	test_counter = 0;
	memset(test_mine, 0, sizeof(test_mine));
	test_end = get_cycles() + ns_to_cycles(LOCK_NS);
	for_each_other_cpu(cpu)
		started += !smp_start_on_cpu(cpu, lock_hammer, NULL);
	lock_hammer(NULL);
	for_each_other_cpu(cpu)
		ktap_expect_eq(t, smp_wait_on_cpu(cpu, WORK_TIMEOUT_US * 3), 0);
	for_each_online_cpu(cpu)
		sum += test_mine[cpu];
	printk("    # %lu locks taken in %llu ms by %u CPUs\n", sum, LOCK_NS / 1000000,
	       started);
	ktap_expect_eq(t, started, num_online_cpus());
	ktap_expect_eq(t, READ_ONCE(test_counter), sum);
	ktap_expect(t, !spin_is_locked(&test_lock));
}

static const struct ktap_case smp_cases[] = {
	KTAP_CASE(every_cpu_online),
	KTAP_CASE(ipi_to_each_cpu),
	KTAP_CASE(timer_on_each_cpu),
	KTAP_CASE(spinlock_counts_every_cpu),
	KTAP_CASE(cpu_off_then_on),
	{}
};

static const struct ktap_suite smp_suite = {
	.name = "smp",
	.cases = smp_cases,
};
ktap_test_suite(smp_suite);
