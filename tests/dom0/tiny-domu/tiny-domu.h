/* SPDX-License-Identifier: GPL-2.0 */
/* Xen ABI numbers the tiny domU needs (xen/include/public/{xen,sched}.h). */
#ifndef TINY_DOMU_H
#define TINY_DOMU_H

#define __HYPERVISOR_sched_op	29
#define SCHEDOP_shutdown	2

#define SHUTDOWN_poweroff	0
#define SHUTDOWN_reboot		1
#define SHUTDOWN_suspend	2
#define SHUTDOWN_crash		3

/* The reason the guest reports; the toolstack test expects reboot. */
#ifndef TINY_DOMU_REASON
#define TINY_DOMU_REASON	SHUTDOWN_reboot
#endif

#endif
