// SPDX-License-Identifier: GPL-2.0
/*
 * Bring up Xen support once the platform (MMU, GIC, timer) is running:
 * find the /hypervisor node, learn what Xen offers, place shared_info and
 * vcpu_info, then start events, grant tables and the console.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/of_fdt.h>
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
struct vcpu_info *xen_vcpu;
struct xen_dt_info xen_dt;
domid_t xen_domid = DOMID_SELF;

/*
 * Xen requires a registered vcpu_info not to cross a page; 64-byte
 * alignment of a 48-byte structure guarantees that wherever the linker
 * puts it.
 */
static struct vcpu_info xen_vcpu_info_area __aligned(64);

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

/*
 * Move vCPU 0's event state out of the legacy shared_info slot: that slot
 * exists only for vCPU 0 on ARM, and Linux-style guests always register,
 * so this is the path Xen keeps well trodden.
 */
static int xen_register_vcpu_info(void)
{
	struct vcpu_info *vi = &xen_vcpu_info_area;
	struct vcpu_register_vcpu_info info = {
		.mfn = virt_to_pfn(vi),
		.offset = virt_to_phys(vi) & ~PAGE_MASK,
	};
	long rc;

	rc = HYPERVISOR_vcpu_op(VCPUOP_register_vcpu_info, 0, &info);
	if (rc < 0) {
		pr_err("VCPUOP_register_vcpu_info failed: %ld\n", rc);
		return (int)rc;
	}
	xen_vcpu = vi;
	return 0;
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
	rc = xen_register_vcpu_info();
	if (rc)
		return rc;
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
	}
	return 0;
}
