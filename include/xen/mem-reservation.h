/* SPDX-License-Identifier: GPL-2.0 */
/*
 * How much memory Xen lets this domain have, and handing single frames
 * back to Xen and getting them back (the ballooning primitives).
 */
#ifndef _XEN_MEM_RESERVATION_H
#define _XEN_MEM_RESERVATION_H

#include <linux/types.h>
#include <xen/interface/xen.h>

long xen_current_reservation(domid_t domid);
long xen_maximum_reservation(domid_t domid);
long xen_increase_reservation(unsigned long nr);
long xen_decrease_reservation(xen_pfn_t *frames, unsigned long nr);
long xen_populate_physmap(xen_pfn_t *frames, unsigned long nr);

#endif /* _XEN_MEM_RESERVATION_H */
