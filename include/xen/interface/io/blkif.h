/* SPDX-License-Identifier: MIT */
/*
 * The PV block protocol (Xen's public io/blkif.h): what a frontend puts
 * on the shared ring, what the backend answers, and the xenstore nodes
 * they negotiate with.
 *
 * Sector numbers and a segment's first/last sector count 512-byte units
 * whatever the disk's "sector-size" (unless the frontend asked for
 * feature-large-sector-size, which Linux's blkback does not offer).
 * A segment is a granted page and the inclusive range of 512-byte
 * sectors of it to transfer.
 */
#ifndef __XEN_INTERFACE_IO_BLKIF_H__
#define __XEN_INTERFACE_IO_BLKIF_H__

#include <xen/interface/grant_table.h>
#include <xen/interface/io/ring.h>

typedef uint16_t blkif_vdev_t;
typedef uint64_aligned_t blkif_sector_t;

/* Operations. */
#define BLKIF_OP_READ			0
#define BLKIF_OP_WRITE			1
#define BLKIF_OP_WRITE_BARRIER		2	/* "feature-barrier" */
#define BLKIF_OP_FLUSH_DISKCACHE	3	/* "feature-flush-cache" */
#define BLKIF_OP_DISCARD		5	/* "feature-discard" */
#define BLKIF_OP_INDIRECT		6	/* "feature-max-indirect-segments" */

/* Segments a direct request carries. */
#define BLKIF_MAX_SEGMENTS_PER_REQUEST		11
/* Pages of segment descriptors an indirect request names. */
#define BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST	8

struct blkif_request_segment {
	grant_ref_t gref;
	uint8_t first_sect;	/* inclusive, 512-byte units in the page */
	uint8_t last_sect;	/* inclusive */
};

/* 512 descriptors fill one indirect page. */
#define BLKIF_SEGS_PER_INDIRECT_FRAME \
	(4096 / sizeof(struct blkif_request_segment))

struct blkif_request {
	uint8_t operation;
	uint8_t nr_segments;
	blkif_vdev_t handle;
	uint64_aligned_t id;		/* the frontend's, echoed in the response */
	blkif_sector_t sector_number;
	struct blkif_request_segment seg[BLKIF_MAX_SEGMENTS_PER_REQUEST];
};

/* In a slot when operation == BLKIF_OP_INDIRECT. */
struct blkif_request_indirect {
	uint8_t operation;
	uint8_t indirect_op;	/* BLKIF_OP_READ or BLKIF_OP_WRITE */
	uint16_t nr_segments;
	uint64_aligned_t id;
	blkif_sector_t sector_number;
	blkif_vdev_t handle;
	grant_ref_t indirect_grefs[BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST];
};

struct blkif_response {
	uint64_aligned_t id;
	uint8_t operation;
	int16_t status;
};

/* Response status. */
#define BLKIF_RSP_EOPNOTSUPP	-2
#define BLKIF_RSP_ERROR		-1
#define BLKIF_RSP_OKAY		0

XEN_DEFINE_SRING(blkif, struct blkif_request, struct blkif_response);

/* Bits of the backend's "info" node. */
#define VDISK_CDROM		0x1
#define VDISK_REMOVABLE		0x2
#define VDISK_READONLY		0x4

/* The ABI a frontend names in its "protocol" node on ARM (both widths). */
#define XEN_IO_PROTO_ABI_ARM	"arm-abi"

#endif /* __XEN_INTERFACE_IO_BLKIF_H__ */
