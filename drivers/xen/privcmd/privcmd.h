/* SPDX-License-Identifier: GPL-2.0 */
/*
 * armxen's privcmd module for a Linux dom0: what its files share.
 *
 * The module is built against a distribution's Linux headers but uses
 * armxen's Xen interface and hypercall stubs, never Linux's: Linux's
 * <xen/...> are not included anywhere (they define the same names), so
 * the few Linux Xen symbols the module needs are declared here.
 */
#ifndef _PRIVCMD_H
#define _PRIVCMD_H

#include <linux/atomic.h>
#include <linux/build_bug.h>
#include <linux/fs.h>
#include <linux/ioport.h>
#include <linux/ioctl.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/types.h>
#include <linux/version.h>

#include <xen/interface/xen.h>

/*
 * Linux's user-space ABI of /dev/xen/privcmd (include/uapi/xen/privcmd.h):
 * the ioctl numbers encode the structure sizes, so the layouts below are
 * checked against them.  Pointers are native: like Linux's, the device has
 * no 32-bit compat ioctls on a 64-bit kernel.
 */
struct privcmd_hypercall {
	__u64 op;
	__u64 arg[5];
};

struct privcmd_mmap {
	int num;
	domid_t dom;
	void __user *entry;
};

struct privcmd_mmapbatch {
	int num;
	domid_t dom;
	__u64 addr __aligned(8);	/* as EABI has it (sparse assumes 4) */
	xen_pfn_t __user *arr;		/* IN: frames; OUT: error flags or'ed in */
};

/* Version 1 reports a failed frame in the top bits of its array entry. */
#define PRIVCMD_MMAPBATCH_MFN_ERROR	0xf0000000U
#define PRIVCMD_MMAPBATCH_PAGED_ERROR	0x80000000U

struct privcmd_mmapbatch_v2 {
	unsigned int num;
	domid_t dom;
	__u64 addr;
	const xen_pfn_t __user *arr;
	int __user *err;		/* OUT: one errno per frame, 0 if mapped */
};

struct privcmd_dm_op_buf {
	void __user *uptr;
	size_t size;
};

struct privcmd_dm_op {
	domid_t dom;
	__u16 num;
	const struct privcmd_dm_op_buf __user *ubufs;
};

struct privcmd_mmap_resource {
	domid_t dom;
	__u32 type;
	__u32 id;
	__u32 idx;
	__u64 num;
	__u64 addr;
};

/*
 * Linux 6.7 to 6.12 added these; only their sizes matter here, as the
 * module answers them as Linux's does when built without their options.
 */
struct privcmd_irqfd {
	__u64 dm_op;
	__u32 size;
	__u32 fd;
	__u32 flags;
	domid_t dom;
	__u8 pad[2];
};

struct privcmd_ioeventfd {
	__u64 ioreq;
	__u64 ports;
	__u64 addr;
	__u32 addr_len;
	__u32 event_fd;
	__u32 vcpus;
	__u32 vq;
	__u32 flags;
	domid_t dom;
	__u8 pad[2];
};

struct privcmd_pcidev_get_gsi {
	__u32 sbdf;
	__u32 gsi;
};

#define PRIVCMD_IOC(nr, type)		_IOC(_IOC_NONE, 'P', nr, sizeof(type))
#define IOCTL_PRIVCMD_HYPERCALL		PRIVCMD_IOC(0, struct privcmd_hypercall)
#define IOCTL_PRIVCMD_MMAP		PRIVCMD_IOC(2, struct privcmd_mmap)
#define IOCTL_PRIVCMD_MMAPBATCH		PRIVCMD_IOC(3, struct privcmd_mmapbatch)
#define IOCTL_PRIVCMD_MMAPBATCH_V2	PRIVCMD_IOC(4, struct privcmd_mmapbatch_v2)
#define IOCTL_PRIVCMD_DM_OP		PRIVCMD_IOC(5, struct privcmd_dm_op)
#define IOCTL_PRIVCMD_RESTRICT		PRIVCMD_IOC(6, domid_t)
#define IOCTL_PRIVCMD_MMAP_RESOURCE	PRIVCMD_IOC(7, struct privcmd_mmap_resource)
#define IOCTL_PRIVCMD_IRQFD		_IOW('P', 8, struct privcmd_irqfd)
#define IOCTL_PRIVCMD_IOEVENTFD		_IOW('P', 9, struct privcmd_ioeventfd)
#define IOCTL_PRIVCMD_PCIDEV_GET_GSI	PRIVCMD_IOC(10, struct privcmd_pcidev_get_gsi)

/* The numbers Debian's Xen 4.17 tools were compiled with (xen/sys/privcmd.h). */
static_assert(IOCTL_PRIVCMD_HYPERCALL == 0x305000);
static_assert(IOCTL_PRIVCMD_MMAPBATCH == 0x185003);
static_assert(IOCTL_PRIVCMD_RESTRICT == 0x25006);
static_assert(IOCTL_PRIVCMD_MMAP_RESOURCE == 0x205007);
static_assert(IOCTL_PRIVCMD_IRQFD == 0x40185008);
static_assert(IOCTL_PRIVCMD_IOEVENTFD == 0x40305009);
static_assert(IOCTL_PRIVCMD_PCIDEV_GET_GSI == 0x8500a);
#ifdef CONFIG_64BIT
static_assert(IOCTL_PRIVCMD_MMAP == 0x105002);
static_assert(IOCTL_PRIVCMD_MMAPBATCH_V2 == 0x205004);
static_assert(IOCTL_PRIVCMD_DM_OP == 0x105005);
#else
static_assert(IOCTL_PRIVCMD_MMAP == 0xc5002);
static_assert(IOCTL_PRIVCMD_MMAPBATCH_V2 == 0x185004);
static_assert(IOCTL_PRIVCMD_DM_OP == 0x85005);
#endif

/*
 * Per-open-file state of /dev/xen/privcmd.  @restrict_domid is
 * DOMID_INVALID until IOCTL_PRIVCMD_RESTRICT latches it, once, to the only
 * domain the file may act on afterwards.
 */
struct privcmd_file {
	atomic_t restrict_domid;
};

bool privcmd_may_target(struct file *file, domid_t dom);

/*
 * Linux 6.3 made vma->vm_flags read-only outside its own setters, which
 * also take the VMA's write lock; before, the flags were set directly.
 */
static inline void privcmd_vma_flags_set(struct vm_area_struct *vma, vm_flags_t flags)
{
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 3, 0)
	vm_flags_set(vma, flags);
#else
	vma->vm_flags |= flags;
#endif
}

/* The file operations of /dev/xen/privcmd, for xenfs.ko. */
extern const struct file_operations xen_privcmd_fops;

/* privcmd-mmap.c: the VMAs of /dev/xen/privcmd and the ioctls that fill them. */
int privcmd_mmap(struct file *file, struct vm_area_struct *vma);
long privcmd_ioctl_mmapbatch(struct file *file, void __user *udata, int version);
long privcmd_ioctl_mmap_resource(struct file *file, void __user *udata);

/*
 * Foreign frames in dom0's own physical address space (its "p2m", which
 * Xen keeps).  A struct privcmd_frames is the set of dom0 frames behind
 * one VMA, frames with nothing behind them (privcmd-backing.c says from
 * where); @mapped says which of them hold a foreign frame now.  The
 * kernel's page size must be Xen's.
 */
#define PRIVCMD_XEN_PAGE_SHIFT	12
static_assert(PAGE_SHIFT == PRIVCMD_XEN_PAGE_SHIFT, "only 4 KiB kernel pages are supported");

struct privcmd_page_source;

struct privcmd_frames {
	unsigned long nr;
	unsigned long *mapped;
	struct page **pages;		/* from one of Linux's allocators: */
	const struct privcmd_page_source *source;
	struct resource *region;	/* or, without pages, a region claim */
};

/* Frames per XENMEM_add_to_physmap_range, and per copy to and from user space. */
#define PRIVCMD_BATCH		512

/* One batch of foreign frames to map at consecutive pages of a VMA. */
struct privcmd_batch {
	unsigned int nr;
	xen_ulong_t idxs[PRIVCMD_BATCH];	/* IN: the foreign domain's frames */
	xen_pfn_t gpfns[PRIVCMD_BATCH];		/* OUT: dom0 frames they appear at */
	int errs[PRIVCMD_BATCH];		/* OUT: 0, or why it is not mapped */
};

/* privcmd-backing.c: the frames behind a VMA, and where they come from. */
struct privcmd_frames *privcmd_frames_alloc(unsigned long nr);
void privcmd_frames_free(struct privcmd_frames *frames);
unsigned long privcmd_frames_pfn(const struct privcmd_frames *frames, unsigned long i);

/* privcmd-map.c: foreign frames mapped there, a batch at a time. */
bool privcmd_frames_any_mapped(const struct privcmd_frames *frames, unsigned long first,
			       unsigned long nr);
void privcmd_frames_map(struct privcmd_frames *frames, unsigned long first, domid_t dom,
			struct privcmd_batch *batch);

/* privcmd-resource.c: a domain's resources (XENMEM_acquire_resource). */
int privcmd_resource_size(domid_t dom, unsigned int type, unsigned int id, u64 *nr);
int privcmd_frames_acquire(struct privcmd_frames *frames, domid_t dom, unsigned int type,
			   unsigned int id, unsigned long idx);

/* privcmd-unmap.c: emptying the frames again. */
unsigned long privcmd_frames_unmap(struct privcmd_frames *frames);

/*
 * privcmd-clock.c, in the benchmark variant only: the time its
 * foreign-mapping memory ops spend in Xen (the xen_mem_ns parameter),
 * what no dom0 driver can make faster, so what a ratio against Linux can
 * come down to.
 */
#ifdef PRIVCMD_XEN_CLOCK
u64 privcmd_xen_clock_start(void);
void privcmd_xen_clock_stop(u64 start);
#else
static inline u64 privcmd_xen_clock_start(void)
{
	return 0;
}

static inline void privcmd_xen_clock_stop(u64 start)
{
}
#endif

/* privcmd-regions.c: Xen's extended regions, claimed a VMA at a time. */
int privcmd_regions_init(void);
void privcmd_regions_exit(void);
struct resource *privcmd_regions_claim(unsigned long nr);
void privcmd_regions_release(struct resource *res);
void privcmd_regions_leak(struct resource *res);

/* privcmd-buf.c: /dev/xen/hypercall, locked-down buffers for hypercall arguments. */
extern const struct file_operations privcmd_buf_fops;

/* Linux's, declared here because Linux's <xen/...> collide with armxen's. */
int xen_alloc_ballooned_pages(unsigned int nr_pages, struct page **pages);
void xen_free_ballooned_pages(unsigned int nr_pages, struct page **pages);
#ifdef CONFIG_XEN_UNPOPULATED_ALLOC
int xen_alloc_unpopulated_pages(unsigned int nr_pages, struct page **pages);
void xen_free_unpopulated_pages(unsigned int nr_pages, struct page **pages);
#endif

#endif /* _PRIVCMD_H */
