// SPDX-License-Identifier: GPL-2.0
/*
 * /dev/xen/privcmd: how Xen's tool libraries (libxencall,
 * libxenforeignmemory, libxendevicemodel) reach the hypervisor from a Linux
 * dom0, issued through armxen's hypercall stubs.
 *
 * A drop-in for Linux's xen-privcmd.ko: the same device names, ioctl
 * numbers and structure layouts, and the same exported xen_privcmd_fops,
 * which Linux's xenfs.ko serves as /proc/xen/privcmd.
 */
#define pr_fmt(fmt) "xen:" KBUILD_MODNAME ": " fmt

#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
/*
 * Not used here, but they complete types that the symbol version of
 * xen_privcmd_fops is computed over (genksyms expands every structure
 * reachable from struct file_operations that the file defines), as Linux's
 * privcmd.c has them.  Without them the version differs from the one
 * xenfs.ko was built against, and xenfs.ko refuses to load.
 */
#include <linux/cdev.h>
#include <linux/mman.h>
#include <linux/poll.h>
#include <linux/swap.h>

#include <xen/interface/xen.h>
#include <xen/interface/hvm/dm_op.h>
#include <xen/arm/hypercall.h>

#include "privcmd.h"

MODULE_DESCRIPTION("armxen privcmd: Xen hypercalls and foreign mappings for dom0 tools");
MODULE_LICENSE("GPL");

/* Linux's parameter names, so that existing modprobe options still apply. */
static unsigned int dm_op_max_nr_bufs = 16;
module_param(dm_op_max_nr_bufs, uint, 0644);
MODULE_PARM_DESC(dm_op_max_nr_bufs, "Maximum number of buffers per dm_op hypercall");

static unsigned int dm_op_buf_max_size = 4096;
module_param(dm_op_buf_max_size, uint, 0644);
MODULE_PARM_DESC(dm_op_buf_max_size, "Maximum size of a dm_op hypercall buffer");

/* Whatever the parameters say, a dm_op never pins more than this. */
#define DM_OP_MAX_BUFS		256
#define DM_OP_MAX_BUF_SIZE	(1024 * 1024)

static char *privcmd_name = "xen/privcmd";
module_param(privcmd_name, charp, 0444);
MODULE_PARM_DESC(privcmd_name, "Device name of the ioctl interface (default xen/privcmd)");

static char *hypercall_name = "xen/hypercall";
module_param(hypercall_name, charp, 0444);
MODULE_PARM_DESC(hypercall_name, "Device name of the hypercall buffers (default xen/hypercall)");

/* Linux's own verdict on whether it runs on Xen (XEN_NATIVE: it does not). */
enum xen_domain_type { XEN_NATIVE, XEN_PV_DOMAIN, XEN_HVM_DOMAIN };
extern enum xen_domain_type xen_domain_type;

static bool privcmd_restricted(struct file *file)
{
	struct privcmd_file *pf = file->private_data;

	return atomic_read(&pf->restrict_domid) != DOMID_INVALID;
}

/**
 * privcmd_may_target() - whether a file may act on a domain
 * @file: an open /dev/xen/privcmd
 * @dom: the domain an ioctl names
 *
 * Return: true unless IOCTL_PRIVCMD_RESTRICT tied @file to another domain.
 */
bool privcmd_may_target(struct file *file, domid_t dom)
{
	struct privcmd_file *pf = file->private_data;
	int allowed = atomic_read(&pf->restrict_domid);

	return allowed == DOMID_INVALID || allowed == dom;
}

/*
 * Any hypercall, with arguments straight from user space: they may point
 * into the caller's memory, which privcmd_call() opens to Xen for the
 * duration of the trap.
 */
static long privcmd_ioctl_hypercall(struct file *file, void __user *udata)
{
	struct privcmd_hypercall call;

	if (privcmd_restricted(file))
		return -EPERM;
	if (copy_from_user(&call, udata, sizeof(call)))
		return -EFAULT;
	/* The number register is 32 bits wide on arm; never call a truncation. */
	if (call.op > UINT_MAX)
		return -EINVAL;
	return privcmd_call(call.op, call.arg[0], call.arg[1], call.arg[2], call.arg[3],
			    call.arg[4]);
}

static unsigned int dm_op_buf_pages(const struct privcmd_dm_op_buf *buf)
{
	if (!buf->size)
		return 0;
	return DIV_ROUND_UP(offset_in_page(buf->uptr) + buf->size, PAGE_SIZE);
}

/* Check every buffer; returns how many pages they span, or an errno. */
static long dm_op_check_bufs(const struct privcmd_dm_op_buf *bufs, unsigned int num)
{
	size_t max_size = min_t(size_t, READ_ONCE(dm_op_buf_max_size), DM_OP_MAX_BUF_SIZE);
	unsigned int i;
	long nr_pages = 0;

	for (i = 0; i < num; i++) {
		if (bufs[i].size > max_size)
			return -E2BIG;
		if (!access_ok(bufs[i].uptr, bufs[i].size))
			return -EFAULT;
		nr_pages += dm_op_buf_pages(&bufs[i]);
	}
	return nr_pages;
}

/*
 * Xen cannot take a page fault on a guest's behalf: pin the buffers so
 * that they are present while it copies them.  On failure the pages pinned
 * so far are in @pages[0 .. *pinned).
 */
static int dm_op_pin_bufs(const struct privcmd_dm_op_buf *bufs, unsigned int num,
			  struct page **pages, unsigned int *pinned)
{
	unsigned int i;

	for (i = 0; i < num; i++) {
		unsigned int want = dm_op_buf_pages(&bufs[i]);
		int got;

		if (!want)
			continue;
		got = pin_user_pages_fast((unsigned long)bufs[i].uptr, want, FOLL_WRITE,
					  pages + *pinned);
		if (got < 0)
			return got;
		*pinned += got;
		if (got != want)
			return -EFAULT;
	}
	return 0;
}

static long dm_op_call(domid_t dom, const struct privcmd_dm_op_buf *bufs, unsigned int num,
		       struct page **pages)
{
	struct xen_dm_op_buf *xbufs;
	unsigned int i, pinned = 0;
	long rc;

	xbufs = kcalloc(num, sizeof(*xbufs), GFP_KERNEL);
	if (!xbufs)
		return -ENOMEM;
	rc = dm_op_pin_bufs(bufs, num, pages, &pinned);
	if (rc)
		goto out;
	/* Xen reads the buffers at their user addresses, in this process. */
	for (i = 0; i < num; i++) {
		set_xen_guest_handle(xbufs[i].h, (void __force *)bufs[i].uptr);
		xbufs[i].size = bufs[i].size;
	}
	/* privcmd_call(), not HYPERVISOR_dm_op(): the buffers are user memory. */
	rc = privcmd_call(__HYPERVISOR_dm_op, dom, num, (unsigned long)xbufs, 0, 0);
out:
	unpin_user_pages_dirty_lock(pages, pinned, true);
	kfree(xbufs);
	return rc;
}

static long privcmd_ioctl_dm_op(struct file *file, void __user *udata)
{
	struct privcmd_dm_op op;
	struct privcmd_dm_op_buf *bufs;
	struct page **pages;
	long rc;

	if (copy_from_user(&op, udata, sizeof(op)))
		return -EFAULT;
	if (!privcmd_may_target(file, op.dom))
		return -EPERM;
	if (!op.num)
		return 0;
	if (op.num > min_t(unsigned int, READ_ONCE(dm_op_max_nr_bufs), DM_OP_MAX_BUFS))
		return -E2BIG;

	bufs = memdup_user(op.ubufs, array_size(op.num, sizeof(*bufs)));
	if (IS_ERR(bufs))
		return PTR_ERR(bufs);
	rc = dm_op_check_bufs(bufs, op.num);
	if (rc < 0)
		goto out_bufs;
	pages = kcalloc(rc ?: 1, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		rc = -ENOMEM;
		goto out_bufs;
	}
	rc = dm_op_call(op.dom, bufs, op.num, pages);
	kfree(pages);
out_bufs:
	kfree(bufs);
	return rc;
}

/* A one-way latch: the first domain named is the only one, for good. */
static long privcmd_ioctl_restrict(struct file *file, void __user *udata)
{
	struct privcmd_file *pf = file->private_data;
	int old = DOMID_INVALID;
	domid_t dom;

	if (copy_from_user(&dom, udata, sizeof(dom)))
		return -EFAULT;
	if (!atomic_try_cmpxchg(&pf->restrict_domid, &old, dom) && old != dom)
		return -EINVAL;
	return 0;
}

/*
 * The ioctls Linux added after 6.1, answered as the module of the kernel
 * it loads into answers them without CONFIG_XEN_PRIVCMD_EVENTFD (virtio
 * backends' irqfd and ioeventfd: off in Debian's 6.12) and without
 * CONFIG_XEN_ACPI (x86 only): EOPNOTSUPP and EINVAL whatever the
 * argument.  A kernel older than an ioctl does not know it: ENOTTY.
 */
static long privcmd_ioctl_later(unsigned int cmd)
{
	switch (cmd) {
	case IOCTL_PRIVCMD_IRQFD:
		return LINUX_VERSION_CODE >= KERNEL_VERSION(6, 7, 0) ? -EOPNOTSUPP : -ENOTTY;
	case IOCTL_PRIVCMD_IOEVENTFD:
		return LINUX_VERSION_CODE >= KERNEL_VERSION(6, 8, 0) ? -EOPNOTSUPP : -ENOTTY;
	case IOCTL_PRIVCMD_PCIDEV_GET_GSI:
		return LINUX_VERSION_CODE >= KERNEL_VERSION(6, 12, 0) ? -EINVAL : -ENOTTY;
	default:
		return -ENOTTY;
	}
}

static long privcmd_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	void __user *udata = (void __user *)arg;

	switch (cmd) {
	case IOCTL_PRIVCMD_HYPERCALL:
		return privcmd_ioctl_hypercall(file, udata);
	case IOCTL_PRIVCMD_MMAP:
		/* Only for guests whose page tables hold machine frames: not ARM. */
		return -ENOSYS;
	case IOCTL_PRIVCMD_MMAPBATCH:
		return privcmd_ioctl_mmapbatch(file, udata, 1);
	case IOCTL_PRIVCMD_MMAPBATCH_V2:
		return privcmd_ioctl_mmapbatch(file, udata, 2);
	case IOCTL_PRIVCMD_DM_OP:
		return privcmd_ioctl_dm_op(file, udata);
	case IOCTL_PRIVCMD_RESTRICT:
		return privcmd_ioctl_restrict(file, udata);
	case IOCTL_PRIVCMD_MMAP_RESOURCE:
		return privcmd_ioctl_mmap_resource(file, udata);
	default:
		return privcmd_ioctl_later(cmd);
	}
}

static int privcmd_open(struct inode *inode, struct file *file)
{
	struct privcmd_file *pf = kzalloc(sizeof(*pf), GFP_KERNEL);

	if (!pf)
		return -ENOMEM;
	atomic_set(&pf->restrict_domid, DOMID_INVALID);
	file->private_data = pf;
	return 0;
}

static int privcmd_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}

/*
 * xen_privcmd_fops - the file operations of /dev/xen/privcmd
 *
 * Exported, as Linux's xen-privcmd.ko does, for xenfs.ko, which serves
 * them as /proc/xen/privcmd.  Declared exactly as Linux declares it, so
 * that its symbol version matches what xenfs.ko was built against.
 */
const struct file_operations xen_privcmd_fops = {
	.owner = THIS_MODULE,
	.unlocked_ioctl = privcmd_ioctl,
	.open = privcmd_open,
	.release = privcmd_release,
	.mmap = privcmd_mmap,
};
#ifndef PRIVCMD_NO_EXPORT
EXPORT_SYMBOL_GPL(xen_privcmd_fops);
#endif

static struct miscdevice privcmd_dev = {
	.minor = MISC_DYNAMIC_MINOR,
	.fops = &xen_privcmd_fops,
};

static struct miscdevice privcmd_buf_dev = {
	.minor = MISC_DYNAMIC_MINOR,
	.fops = &privcmd_buf_fops,
};

static int __init privcmd_init(void)
{
	int rc;

	if (xen_domain_type == XEN_NATIVE)
		return -ENODEV;
	if (!*privcmd_name || !*hypercall_name)
		return -EINVAL;

	rc = privcmd_regions_init();
	if (rc)
		return rc;
	privcmd_dev.name = privcmd_name;
	rc = misc_register(&privcmd_dev);
	if (rc) {
		pr_err("cannot register /dev/%s: %d\n", privcmd_name, rc);
		goto out_regions;
	}
	privcmd_buf_dev.name = hypercall_name;
	rc = misc_register(&privcmd_buf_dev);
	if (rc) {
		pr_err("cannot register /dev/%s: %d\n", hypercall_name, rc);
		goto out_privcmd;
	}
	return 0;

out_privcmd:
	misc_deregister(&privcmd_dev);
out_regions:
	privcmd_regions_exit();
	return rc;
}

static void __exit privcmd_exit(void)
{
	misc_deregister(&privcmd_buf_dev);
	misc_deregister(&privcmd_dev);
	privcmd_regions_exit();
}

module_init(privcmd_init);
module_exit(privcmd_exit);
