/* SPDX-License-Identifier: MIT */
/*
 * The xenstore protocol as a guest speaks it over its shared ring page
 * (HVM_PARAM_STORE_PFN, signalled over HVM_PARAM_STORE_EVTCHN).
 *
 * Every message is a struct xsd_sockmsg header followed by @len payload
 * bytes.  A request's @req_id comes back unchanged in its reply; a reply
 * is either of the request's own type or XS_ERROR, whose payload is an
 * errno name such as "ENOENT" with a terminating NUL.  XS_WATCH_EVENT
 * messages arrive unrequested, with the payload "PATH\0TOKEN\0".
 */
#ifndef __XEN_INTERFACE_IO_XS_WIRE_H__
#define __XEN_INTERFACE_IO_XS_WIRE_H__

#include <xen/interface/xen.h>

/* Message types; the values are positions in the protocol's list. */
enum xsd_sockmsg_type {
	XS_CONTROL		= 0,	/* also known as XS_DEBUG */
	XS_DIRECTORY		= 1,
	XS_READ			= 2,
	XS_GET_PERMS		= 3,
	XS_WATCH		= 4,
	XS_UNWATCH		= 5,
	XS_TRANSACTION_START	= 6,
	XS_TRANSACTION_END	= 7,
	XS_INTRODUCE		= 8,
	XS_RELEASE		= 9,
	XS_GET_DOMAIN_PATH	= 10,
	XS_WRITE		= 11,
	XS_MKDIR		= 12,
	XS_RM			= 13,
	XS_SET_PERMS		= 14,
	XS_WATCH_EVENT		= 15,
	XS_ERROR		= 16,
	XS_IS_DOMAIN_INTRODUCED	= 17,
	XS_RESUME		= 18,
	XS_SET_TARGET		= 19,
	/* 20 was XS_RESTRICT, withdrawn */
	XS_RESET_WATCHES	= 21,
	XS_DIRECTORY_PART	= 22,
	XS_TYPE_COUNT		= 23,
	XS_INVALID		= 0xffff,
};

/* The header in front of every message, in the guest's byte order. */
struct xsd_sockmsg {
	uint32_t type;		/* enum xsd_sockmsg_type */
	uint32_t req_id;	/* chosen by the client, echoed in the reply */
	uint32_t tx_id;		/* transaction, 0 outside one */
	uint32_t len;		/* payload bytes after the header */
};

/* Field order of an XS_WATCH_EVENT payload. */
enum xs_watch_type {
	XS_WATCH_PATH = 0,
	XS_WATCH_TOKEN,
};

/*
 * Permissions travel as strings: one letter, then a domain id in decimal.
 * The first entry names the node's owner and, with its letter, what every
 * domain not listed after it may do.
 */
#define XS_PERM_CHAR_NONE	'n'
#define XS_PERM_CHAR_READ	'r'
#define XS_PERM_CHAR_WRITE	'w'
#define XS_PERM_CHAR_BOTH	'b'

/*
 * The ring page.  The counters run freely and are masked to index the
 * arrays; the guest produces into @req and consumes from @rsp.
 */
#define XENSTORE_RING_SIZE	1024
typedef uint32_t XENSTORE_RING_IDX;
#define MASK_XENSTORE_IDX(idx)	((idx) & (XENSTORE_RING_SIZE - 1))

struct xenstore_domain_interface {
	char req[XENSTORE_RING_SIZE];
	char rsp[XENSTORE_RING_SIZE];
	XENSTORE_RING_IDX req_cons, req_prod;
	XENSTORE_RING_IDX rsp_cons, rsp_prod;
	uint32_t server_features;	/* XENSTORE_SERVER_FEATURE_* */
	uint32_t connection;		/* XENSTORE_CONNECTED, XENSTORE_RECONNECT */
	uint32_t error;			/* XENSTORE_ERROR_* */
};

/* Largest payload of one message, and of a path in it. */
#define XENSTORE_PAYLOAD_MAX	4096
#define XENSTORE_ABS_PATH_MAX	3072
#define XENSTORE_REL_PATH_MAX	2048

/* server_features bits */
#define XENSTORE_SERVER_FEATURE_RECONNECTION	1
#define XENSTORE_SERVER_FEATURE_ERROR		2

/* connection */
#define XENSTORE_CONNECTED	0
#define XENSTORE_RECONNECT	1

/* error */
#define XENSTORE_ERROR_NONE	0
#define XENSTORE_ERROR_COMM	1
#define XENSTORE_ERROR_RINGIDX	2
#define XENSTORE_ERROR_PROTO	3

#endif /* __XEN_INTERFACE_IO_XS_WIRE_H__ */
