/* SPDX-License-Identifier: MIT */
/*
 * The xenbus handshake: each end of a split device keeps its state in a
 * "state" node of its own xenstore directory, as a decimal number, and
 * watches the other end's.
 */
#ifndef __XEN_INTERFACE_IO_XENBUS_H__
#define __XEN_INTERFACE_IO_XENBUS_H__

enum xenbus_state {
	XenbusStateUnknown	= 0,
	XenbusStateInitialising	= 1,
	XenbusStateInitWait	= 2,	/* backend: waiting for the frontend's details */
	XenbusStateInitialised	= 3,	/* frontend: its details are published */
	XenbusStateConnected	= 4,
	XenbusStateClosing	= 5,	/* going away, cleanly */
	XenbusStateClosed	= 6,
	XenbusStateReconfiguring = 7,
	XenbusStateReconfigured	= 8,
};

#endif /* __XEN_INTERFACE_IO_XENBUS_H__ */
