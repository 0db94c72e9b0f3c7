// SPDX-License-Identifier: GPL-2.0
/*
 * Secondary CPUs: started through PSCI CPU_ON at secondary_entry
 * (arch/<arch>/kernel/head.S), they take the boot CPU's page tables, set
 * up their own interrupt controller interface, timer and Xen state, then
 * wait for work in WFI.  Work arrives as a call-function IPI (an SGI);
 * cpu_down() is one such call that leaves the CPU to power itself off
 * with PSCI CPU_OFF once back out of the interrupt.
 */
#define pr_fmt(fmt) "smp: " fmt

#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <linux/pgtable.h>
#include <linux/psci.h>
#include <linux/smp.h>
#include <asm/processor.h>
#include <xen/xen.h>

/* head.S reads the first two members with the MMU off. */
BUILD_BUG_ON(offsetof(struct cpu_data, stack_top) != 0);
BUILD_BUG_ON(offsetof(struct cpu_data, cpu) != sizeof(unsigned long));

#define SECONDARY_STACK_ORDER	2	/* 16 KiB, as the boot CPU's */
/*
 * Generous: a vCPU runs only when its QEMU thread gets a host core, and
 * on a loaded host that can take seconds.
 */
#define CPU_UP_TIMEOUT_US	10000000
#define CALL_TIMEOUT_US		10000000

struct cpu_data cpu_data[NR_CPUS];
unsigned int nr_cpu_ids = 1;

unsigned int num_online_cpus(void)
{
	unsigned int cpu, n = 0;

	for_each_online_cpu(cpu)
		n++;
	return n;
}

static void cpu_data_init(unsigned int cpu, u64 hwid)
{
	struct cpu_data *cd = &cpu_data[cpu];

	cd->cpu = cpu;
	cd->hwid = hwid;
	spin_lock_init(&cd->call_lock);
}

void smp_prepare_boot_cpu(void)
{
	set_smp_processor_id(0);
	cpu_data_init(0, read_cpuid_hwid());
	WRITE_ONCE(cpu_data[0].online, true);
}

static bool request_pending(struct cpu_request *rq)
{
	return smp_load_acquire(&rq->seq) != rq->done;
}

/* On the CPU asked: run the request, if there is one. */
static void request_run(struct cpu_request *rq)
{
	unsigned int seq = smp_load_acquire(&rq->seq);

	if (seq == rq->done)
		return;
	rq->fn(rq->arg);
	smp_store_release(&rq->done, seq);
}

/* On the asking CPU, the only one posting to @rq at the time. */
static void request_post(struct cpu_request *rq, void (*fn)(void *arg), void *arg)
{
	rq->fn = fn;
	rq->arg = arg;
	smp_store_release(&rq->seq, rq->seq + 1);
}

static int request_wait(struct cpu_request *rq, unsigned int timeout_us)
{
	u64 end = deadline_in_us(timeout_us);

	while (request_pending(rq)) {
		if (deadline_passed(end))
			return -ETIMEDOUT;
		cpu_relax();
	}
	return 0;
}

/* The call-function IPI: run what the caller left in our slot. */
static void ipi_call_handler(unsigned int irq, void *dev)
{
	struct cpu_data *cd = this_cpu_data();

	cd->ipis++;
	request_run(&cd->call);
}

int smp_call_function_single(unsigned int cpu, void (*fn)(void *arg), void *arg)
{
	struct cpu_data *cd = &cpu_data[cpu];
	unsigned long flags;
	int rc;

	if (cpu == smp_processor_id()) {
		local_irq_save(flags);
		fn(arg);
		local_irq_restore(flags);
		return 0;
	}
	if (!cpu_online(cpu))
		return -EINVAL;
	spin_lock_irqsave(&cd->call_lock, flags);
	request_post(&cd->call, fn, arg);
	irq_send_sgi(cpu, IPI_CALL_FUNC);
	spin_unlock_irqrestore(&cd->call_lock, flags);

	rc = request_wait(&cd->call, CALL_TIMEOUT_US);
	if (rc)
		pr_err("CPU%u did not answer a call in %u us\n", cpu, CALL_TIMEOUT_US);
	return rc;
}

/*
 * Everything a CPU brings up for itself, in dependency order: Xen's
 * per-vCPU state before the interrupt that reads it is enabled.
 */
static void cpu_online_setup(void)
{
	if (IS_ENABLED(CONFIG_XEN))
		xen_cpu_online();
	irq_cpu_online();
}

int smp_send_wakeup(unsigned int cpu)
{
	if (cpu == smp_processor_id() || !cpu_online(cpu))
		return -EINVAL;
	/* Any interrupt ends a WFI; the call IPI with nothing queued is one. */
	return irq_send_sgi(cpu, IPI_CALL_FUNC);
}

int smp_start_on_cpu(unsigned int cpu, void (*fn)(void *arg), void *arg)
{
	struct cpu_data *cd = &cpu_data[cpu];

	if (cpu == smp_processor_id() || !cpu_online(cpu))
		return -EINVAL;
	if (request_pending(&cd->work))
		return -EBUSY;
	request_post(&cd->work, fn, arg);
	return smp_send_wakeup(cpu);
}

int smp_wait_on_cpu(unsigned int cpu, unsigned int timeout_us)
{
	return request_wait(&cpu_data[cpu].work, timeout_us);
}

/*
 * Idle: sleep until an interrupt, run work, leave when cpu_down() asks.
 * The check and the WFI happen with interrupts masked, so an IPI that
 * lands between them still ends the WFI instead of being handled just
 * before it and leaving the CPU asleep with work queued.
 */
static void __noreturn cpu_idle(struct cpu_data *cd)
{
	for (;;) {
		local_irq_disable();
		if (!request_pending(&cd->work) && !READ_ONCE(cd->dying))
			wfi();
		local_irq_enable();
		if (READ_ONCE(cd->dying))
			break;
		request_run(&cd->work);
	}
	local_irq_disable();
	WRITE_ONCE(cd->online, false);
	smp_mb();
	psci_ops.cpu_off();
	/* Only a refused CPU_OFF gets here; there is no way back in. */
	pr_err("CPU%lu: CPU_OFF failed\n", cd->cpu);
	for (;;)
		wfi();
}

void secondary_start_kernel(struct cpu_data *cd)
{
	cpu_switch_mmu_on(swapper_pg_dir);
	cpu_online_setup();
	smp_mb();
	WRITE_ONCE(cd->online, true);
	local_irq_enable();
	cpu_idle(cd);
}

/*
 * The new CPU reads its cpu_data, the page table root and then its stack
 * with the MMU and caches off, straight from memory: write back what this
 * CPU has in its caches for them, and drop the stack's lines so nothing
 * stale is found there once the new CPU's caches are on.
 */
static void cpu_up_flush(struct cpu_data *cd)
{
	dcache_clean_inval_poc((unsigned long)cd, (unsigned long)(cd + 1));
	dcache_clean_inval_poc((unsigned long)&swapper_pg_dir,
			       (unsigned long)(&swapper_pg_dir + 1));
	dcache_clean_inval_poc((unsigned long)cd->stack, cd->stack_top);
}

int cpu_up(unsigned int cpu)
{
	struct cpu_data *cd = &cpu_data[cpu];
	u64 end;
	int rc;

	if (cpu == 0 || cpu >= nr_cpu_ids || cpu_online(cpu))
		return -EINVAL;
	if (!psci_ops.cpu_on)
		return -ENODEV;
	if (!cd->stack) {
		cd->stack = alloc_pages(SECONDARY_STACK_ORDER);
		if (!cd->stack)
			return -ENOMEM;
	}
	cd->stack_top = (unsigned long)cd->stack + (PAGE_SIZE << SECONDARY_STACK_ORDER);
	WRITE_ONCE(cd->dying, false);
	cpu_up_flush(cd);
	rc = psci_ops.cpu_on(cd->hwid, virt_to_phys((void *)secondary_entry),
			     virt_to_phys(cd));
	if (rc) {
		pr_err("CPU%u (%#llx): CPU_ON refused: %d\n", cpu, (unsigned long long)cd->hwid, rc);
		return -EIO;
	}
	end = deadline_in_us(CPU_UP_TIMEOUT_US);
	while (!cpu_online(cpu)) {
		if (deadline_passed(end)) {
			pr_err("CPU%u (%#llx) did not come online\n", cpu, (unsigned long long)cd->hwid);
			return -ETIMEDOUT;
		}
		cpu_relax();
	}
	return 0;
}

static void cpu_ask_to_die(void *arg)
{
	WRITE_ONCE(this_cpu_data()->dying, true);
}

int cpu_down(unsigned int cpu)
{
	struct cpu_data *cd = &cpu_data[cpu];
	u64 end;
	int rc;

	if (cpu == 0 || cpu == smp_processor_id() || !cpu_online(cpu))
		return -EINVAL;
	if (!psci_ops.cpu_off || !psci_ops.affinity_info)
		return -ENODEV;
	rc = smp_call_function_single(cpu, cpu_ask_to_die, NULL);
	if (rc)
		return rc;
	end = deadline_in_us(CPU_UP_TIMEOUT_US);
	while (psci_ops.affinity_info(cd->hwid) != PSCI_AFFINITY_OFF) {
		if (deadline_passed(end))
			return -ETIMEDOUT;
		udelay(10);
	}
	/*
	 * Off for PSCI is not yet off the physical CPU: Xen marks the vCPU
	 * down and deschedules it a little later, and a CPU_ON that came in
	 * between would have its new context overwritten by the old one as
	 * the vCPU is switched out.
	 */
	if (IS_ENABLED(CONFIG_XEN))
		return xen_cpu_wait_descheduled(cpu, CPU_UP_TIMEOUT_US);
	return 0;
}

static int smp_read_cpus(void)
{
	u64 hwids[NR_CPUS], self = cpu_data[0].hwid;
	int n = of_get_cpu_hwids(hwids, NR_CPUS), i;

	if (n < 0)
		return n;
	if (n > NR_CPUS) {
		pr_warn("%d CPUs in /cpus, using the first %d\n", n, NR_CPUS);
		n = NR_CPUS;
	}
	for (i = 0; i < n; i++) {
		if (hwids[i] == self || nr_cpu_ids == NR_CPUS)
			continue;
		cpu_data_init(nr_cpu_ids++, hwids[i]);
	}
	return 0;
}

void smp_init(void)
{
	unsigned int cpu;
	int rc;

	rc = request_irq(IPI_CALL_FUNC, ipi_call_handler, "IPI call", NULL);
	if (rc)
		panic("no call-function IPI: %d", rc);
	rc = psci_dt_init();
	if (rc)
		pr_info("no PSCI: this CPU only\n");
	else
		smp_read_cpus();
	for (cpu = 1; cpu < nr_cpu_ids; cpu++) {
		rc = cpu_up(cpu);
		if (rc)
			pr_err("CPU%u stays off: %d\n", cpu, rc);
	}
	pr_info("%u of %u CPUs online\n", num_online_cpus(), nr_cpu_ids);
}
