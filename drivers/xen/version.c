// SPDX-License-Identifier: GPL-2.0
/*
 * Which Xen is this?  Printed once at boot so a log says what the guest
 * actually ran on.
 */
#define pr_fmt(fmt) "xen: " fmt

#include <linux/kernel.h>
#include <xen/xen.h>
#include <xen/interface/version.h>
#include <asm/xen/hypercall.h>

/**
 * xen_version_init() - query and log the hypervisor's version
 *
 * Return: 0, or Xen's negative errno when the version cannot be read.
 */
int xen_version_init(void)
{
	char extra[XEN_EXTRAVERSION_LEN] = "";
	char caps[XEN_CAPABILITIES_INFO_LEN] = "";
	long version;

	version = HYPERVISOR_xen_version(XENVER_version, NULL);
	if (version < 0) {
		pr_err("XENVER_version failed: %ld\n", version);
		return (int)version;
	}
	/* Both strings are optional decoration: keep going without them. */
	if (HYPERVISOR_xen_version(XENVER_extraversion, extra) < 0)
		extra[0] = '\0';
	if (HYPERVISOR_xen_version(XENVER_capabilities, caps) < 0)
		caps[0] = '\0';
	extra[sizeof(extra) - 1] = '\0';
	caps[sizeof(caps) - 1] = '\0';

	pr_info("Xen version %ld.%ld%s, capabilities \"%s\"\n",
		version >> 16, version & 0xffff, extra, caps);
	return 0;
}
