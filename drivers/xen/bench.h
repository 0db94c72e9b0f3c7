/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _DRIVERS_XEN_BENCH_H
#define _DRIVERS_XEN_BENCH_H

#include <linux/types.h>

/* bench-smp.c: throughput on 1, 2, 4... vCPUs and cross-vCPU latency. */
void xen_bench_smp(u32 hz);

#endif /* _DRIVERS_XEN_BENCH_H */
