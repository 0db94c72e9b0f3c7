// SPDX-License-Identifier: GPL-2.0
/*
 * Bring up Xen support once the platform (MMU, GIC, timer) is running:
 * find the /hypervisor node, learn what Xen offers, place shared_info and
 * vcpu_info, then start events, grant tables and the console.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/delay.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
#include <linux/smp.h>
#include <xen/xen.h>
#include <xen/control.h>
#include <xen/features.h>
#include <xen/events.h>
#include <xen/grant_table.h>
#include <xen/hvc-console.h>
#include <xen/xenbus.h>
#include <xen/interface/memory.h>
#include <xen/interface/vcpu.h>
#include <xen/interface/version.h>
#include <asm/xen/hypercall.h>

struct shared_info *HYPERVISOR_shared_info;
struct xen_dt_info xen_dt;
domid_t xen_domid = DOMID_SELF;

/*
 * Each vCPU's vcpu_info and runstate area.  Xen requires a registered
 * vcpu_info not to cross a page; 64-byte alignment of a 48-byte structure
 * guarantees that wherever the linker puts it.
 */
struct xen_vcpu_area {
	struct vcpu_info info;
	struct vcpu_runstate_info runstate;
} __aligned(64);

static struct xen_vcpu_area xen_vcpu_areas[NR_CPUS];

/**
 * xen_initial_domain() - are we the hardware domain (dom0)?
 *
 * Return: what XENVER_get_features said (XENFEAT_dom0).
 */
bool xen_initial_domain(void)
{
	return xen_feature(XENFEAT_dom0);
}

/*
 * Xen's /hypervisor node (compatible "xen,xen"): the first "reg" range
 * is where the grant table goes, the first interrupt is the upcall.
 */
static int xen_dt_probe(struct xen_dt_info *info)
{
	int node = of_find_compatible_node(-1, "xen,xen");
	u64 base, size;
	int irq, rc;

	if (node < 0)
		return node;
	rc = of_get_reg(node, 0, &base, &size);
	if (rc)
		return rc;
	irq = of_irq_get(node, 0);
	if (irq < 0)
		return irq;
	info->gnttab_base = (phys_addr_t)base;
	info->gnttab_size = (size_t)size;
	info->evtchn_irq = (unsigned int)irq;
	return 0;
}

/* Ask Xen to put its shared_info frame where @page is. */
static int xen_map_shared_info(void)
{
	struct xen_add_to_physmap xatp = {
		.domid = DOMID_SELF,
		.space = XENMAPSPACE_shared_info,
		.idx = 0,
	};
	void *page = alloc_page();
	long rc;

	if (!page)
		return -ENOMEM;
	xatp.gpfn = virt_to_pfn(page);
	rc = HYPERVISOR_memory_op(XENMEM_add_to_physmap, &xatp);
	if (rc < 0) {
		pr_err("mapping shared_info failed: %ld\n", rc);
		free_page(page);
		return (int)rc;
	}
	HYPERVISOR_shared_info = page;
	return 0;
}

/**
 * xen_vcpu_nr() - the Xen vCPU id of CPU @cpu
 * @cpu: a CPU number (<linux/smp.h>)
 *
 * Xen names vCPU n's MPIDR Aff0 = n % 16, Aff1 = n / 16 (16 a cluster,
 * the GICv3's limit), in the device tree it writes and in the registers;
 * the kernel's CPU numbers follow /cpus order, which need not match.
 */
unsigned int xen_vcpu_nr(unsigned int cpu)
{
	u64 hwid = cpu_data[cpu].hwid;

	return (unsigned int)((hwid & 0xf) | ((hwid >> 8) & 0xff) << 4);
}

/*
 * Move this vCPU's event state out of shared_info: its legacy slots
 * cover vCPU 0 alone on ARM, and Linux-style guests always register, so
 * this is the path Xen keeps well trodden.  Allowed once per vCPU: a CPU
 * back from CPU_OFF keeps what it registered the first time.
 */
static int xen_register_vcpu_info(unsigned int cpu)
{
	struct vcpu_info *vi = &xen_vcpu_areas[cpu].info;
	struct vcpu_register_vcpu_info info = {
		.mfn = virt_to_pfn(vi),
		.offset = virt_to_phys(vi) & ~PAGE_MASK,
	};
	long rc;

	if (cpu_data[cpu].xen_vcpu)
		return 0;
	rc = HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, xen_vcpu_nr(cpu), &info);
	if (rc < 0) {
		pr_err("CPU%u: VCPUOP_register_vcpu_info failed: %ld\n", cpu, rc);
		return (int)rc;
	}
	WRITE_ONCE(cpu_data[cpu].xen_vcpu, vi);
	return 0;
}

/* Where Xen accounts this vCPU's time in each run state (xl vcpu-list's). */
static void xen_register_runstate(unsigned int cpu)
{
	struct vcpu_runstate_info *rs = &xen_vcpu_areas[cpu].runstate;
	struct vcpu_register_runstate_memory_area area = { .addr.v = rs };
	long rc;

	rc = HYPERVISOR_vcpu_op(VCPUOP_register_runstate_memory_area, xen_vcpu_nr(cpu), &area);
	if (rc < 0)
		pr_warn("CPU%u: no runstate area: %ld\n", cpu, rc);
	else
		WRITE_ONCE(cpu_data[cpu].xen_runstate, rs);
}

/**
 * xen_cpu_wait_descheduled() - wait until Xen has switched CPU @cpu out
 * @cpu: a CPU that PSCI (AFFINITY_INFO) reports off
 * @timeout_us: give up after this long
 *
 * Xen updates the runstate area as it switches the vCPU out; until then
 * the vCPU still runs on its physical CPU (RUNSTATE_running).  Without a
 * runstate area, a fixed wait stands in.
 *
 * Return: 0, or -ETIMEDOUT.
 */
int xen_cpu_wait_descheduled(unsigned int cpu, unsigned int timeout_us)
{
	struct vcpu_runstate_info *rs = READ_ONCE(cpu_data[cpu].xen_runstate);
	u64 end = deadline_in_us(timeout_us);

	if (!rs) {
		mdelay(10);
		return 0;
	}
	while (READ_ONCE(rs->state) == RUNSTATE_running) {
		if (deadline_passed(end))
			return -ETIMEDOUT;
		cpu_relax();
	}
	return 0;
}

/**
 * xen_cpu_online() - this CPU's own Xen state, before its interrupts
 *
 * Called on each secondary as it comes online (kernel/smp.c): its
 * vcpu_info and runstate area, and its event queues.  A failure leaves
 * the CPU without events, which the suites see; it does not stop it.
 */
void xen_cpu_online(void)
{
	unsigned int cpu = smp_processor_id();

	if (xen_register_vcpu_info(cpu))
		return;
	if (!cpu_data[cpu].xen_runstate)
		xen_register_runstate(cpu);
	xen_evtchn_cpu_online(cpu);
}

static void xen_log_platform(void)
{
	long pagesize = HYPERVISOR_xen_version(XENVER_pagesize, NULL);

	pr_info("%s, features %s%s, page size %ld\n",
		xen_initial_domain() ? "dom0" : "domU",
		xen_feature(XENFEAT_auto_translated_physmap) ? "auto-translated " : "",
		xen_feature(XENFEAT_direct_mapped) ? "direct-mapped" : "not-direct-mapped",
		pagesize);
	pr_info("grant table region %#lx+%#zx, event upcall on INTID %u\n",
		(unsigned long)xen_dt.gnttab_base, xen_dt.gnttab_size, xen_dt.evtchn_irq);
}

/**
 * xen_guest_init() - set up everything the kernel needs from Xen
 *
 * Return: 0, or a negative errno when this is not a usable Xen guest.
 */
int xen_guest_init(void)
{
	int rc;

	rc = xen_dt_probe(&xen_dt);
	if (rc) {
		pr_err("no usable /hypervisor node in the device tree (%d)\n", rc);
		return rc;
	}
	rc = xen_version_init();
	if (rc)
		return rc;
	rc = xen_setup_features();
	if (rc)
		return rc;
	xen_log_platform();
	/* The toolstack interfaces are optional: without them the kernel runs. */
	if (IS_ENABLED(CONFIG_XEN_CONTROL))
		xen_control_init();

	rc = xen_map_shared_info();
	if (rc)
		return rc;
	rc = xen_register_vcpu_info(0);
	if (rc)
		return rc;
	xen_register_runstate(0);
	rc = xen_init_events(xen_dt.evtchn_irq);
	if (rc)
		return rc;
	rc = xen_evtchn_self_domid(&xen_domid);
	if (rc)
		return rc;
	pr_info("domain id %u\n", xen_domid);
	if (IS_ENABLED(CONFIG_XEN_GRANT_TABLE)) {
		rc = gnttab_init(xen_dt.gnttab_base, xen_dt.gnttab_size);
		if (rc)
			return rc;
	}
	/* A domU without a console still runs; it just cannot print. */
	if (IS_ENABLED(CONFIG_XEN_PV_CONSOLE) && !xen_initial_domain()) {
		rc = xen_pv_console_init();
		if (rc)
			pr_warn("no PV console: %d\n", rc);
	}
	/* Without xenstore the kernel runs; it just has no devices. */
	if (IS_ENABLED(CONFIG_XEN_XENBUS)) {
		rc = xenbus_init();
		if (rc)
			pr_info("no xenstore: %d\n", rc);
		else if (!xen_initial_domain() && (rc = xen_manage_init()))
			pr_warn("xl shutdown and xl reboot will go unanswered: %d\n", rc);
	}
	return 0;
}
