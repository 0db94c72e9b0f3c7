// SPDX-License-Identifier: GPL-2.0
/*
 * The benchmark variant's clock (built with PRIVCMD_BENCH=y only): the
 * time its foreign-mapping memory ops spend in Xen, which no dom0 driver
 * can make shorter, read from the xen_mem_ns parameter.
 */
#include <linux/atomic.h>
#include <linux/ktime.h>
#include <linux/moduleparam.h>
#include <linux/sysfs.h>

#include "privcmd.h"

static atomic64_t privcmd_xen_ns = ATOMIC64_INIT(0);

static int xen_mem_ns_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%lld\n", (long long)atomic64_read(&privcmd_xen_ns));
}

static const struct kernel_param_ops xen_mem_ns_ops = {
	.get = xen_mem_ns_get,
};
module_param_cb(xen_mem_ns, &xen_mem_ns_ops, NULL, 0444);
MODULE_PARM_DESC(xen_mem_ns, "Nanoseconds spent in Xen mapping and unmapping foreign frames");

/**
 * privcmd_xen_clock_start() - the time before a memory op
 *
 * Return: now, in nanoseconds, for privcmd_xen_clock_stop().
 */
u64 privcmd_xen_clock_start(void)
{
	return ktime_get_ns();
}

/**
 * privcmd_xen_clock_stop() - count the time since @start as Xen's
 * @start: what privcmd_xen_clock_start() returned
 */
void privcmd_xen_clock_stop(u64 start)
{
	atomic64_add(ktime_get_ns() - start, &privcmd_xen_ns);
}
