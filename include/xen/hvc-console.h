/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The PV console of a domU: a shared ring page and an event channel,
 * served by xenconsoled in the control domain.  dom0 writes to Xen's
 * console with console_io instead (xen_console_io_init()).
 */
#ifndef _XEN_HVC_CONSOLE_H
#define _XEN_HVC_CONSOLE_H

#include <linux/types.h>
#include <xen/interface/event_channel.h>
#include <xen/interface/io/console.h>

int xen_pv_console_init(void);

/* The ring driver itself, also usable on any ring/port pair (tests). */
int xen_pv_console_attach(struct xencons_interface *intf, evtchn_port_t port);
void xen_pv_console_detach(void);
struct xencons_interface *xen_pv_console_ring(evtchn_port_t *port);
int xen_pv_console_write(const char *s, unsigned int len);
int xen_pv_console_read(char *buf, unsigned int len);

#endif /* _XEN_HVC_CONSOLE_H */
