// SPDX-License-Identifier: GPL-2.0
/*
 * Mappings of /dev/xen/privcmd: user space mmap()s the device to reserve
 * address space, then IOCTL_PRIVCMD_MMAPBATCH(_V2) fills it with another
 * domain's frames, or IOCTL_PRIVCMD_MMAP_RESOURCE with a resource's (grant
 * table, ioreq pages).
 *
 * The frames reach user space through dom0's own physical address space:
 * each page of the VMA is backed by a dom0 frame that holds no RAM
 * (privcmd-p2m.c), Xen maps the foreign frame there, and the PTE points at
 * it.  The backing lives as long as the VMA and the copies mremap() makes.
 *
 * User memory is only ever copied with mmap_lock released: a fault on it
 * needs that lock.
 */
#define pr_fmt(fmt) "xen:" KBUILD_MODNAME ": " fmt

#include <linux/err.h>
#include <linux/mm.h>
#include <linux/refcount.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include <xen/interface/xen.h>
#include <xen/interface/memory.h>
#include <xen/arm/hypercall.h>

#include "privcmd.h"

/*
 * The state of one privcmd VMA, shared with its copies.  @frames is NULL
 * until the first IOCTL_PRIVCMD_MMAPBATCH or IOCTL_PRIVCMD_MMAP_RESOURCE
 * backs the whole VMA.  Changed only under mmap_lock held for writing.
 */
struct privcmd_vma {
	refcount_t users;
	struct privcmd_frames *frames;
};

/* One IOCTL_PRIVCMD_MMAPBATCH(_V2), in the shape of version 2. */
struct mmapbatch {
	int version;
	domid_t dom;
	unsigned long addr;
	unsigned long num;
	xen_pfn_t __user *arr;
	int __user *err;		/* version 2 only */
	bool enoent;			/* some frame failed with -ENOENT */
	struct privcmd_batch batch;
};

static_assert(sizeof(xen_pfn_t) == sizeof(xen_ulong_t));

static const struct vm_operations_struct privcmd_vm_ops;

static void privcmd_vma_open(struct vm_area_struct *vma)
{
	struct privcmd_vma *pv = vma->vm_private_data;

	refcount_inc(&pv->users);
}

/* The last user unmaps the foreign frames; the PTEs are gone by now. */
static void privcmd_vma_close(struct vm_area_struct *vma)
{
	struct privcmd_vma *pv = vma->vm_private_data;

	if (!refcount_dec_and_test(&pv->users))
		return;
	if (pv->frames)
		privcmd_frames_free(pv->frames);
	kfree(pv);
}

/* Frames are indexed from vm_start: a VMA is never cut in pieces. */
static int privcmd_vma_may_split(struct vm_area_struct *vma, unsigned long addr)
{
	return -EINVAL;
}

/* A page not filled by an ioctl, or whose frame failed to map. */
static vm_fault_t privcmd_vma_fault(struct vm_fault *vmf)
{
	return VM_FAULT_SIGBUS;
}

static const struct vm_operations_struct privcmd_vm_ops = {
	.open = privcmd_vma_open,
	.close = privcmd_vma_close,
	.may_split = privcmd_vma_may_split,
	.fault = privcmd_vma_fault,
};

/**
 * privcmd_mmap() - reserve address space for foreign frames
 * @file: an open /dev/xen/privcmd
 * @vma: the new mapping
 *
 * Return: 0, -EINVAL for a copy-on-write (private, writable) mapping, or
 * -ENOMEM.
 */
int privcmd_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct privcmd_vma *pv;

	if (is_cow_mapping(vma->vm_flags))
		return -EINVAL;
	pv = kzalloc(sizeof(*pv), GFP_KERNEL);
	if (!pv)
		return -ENOMEM;
	refcount_set(&pv->users, 1);
	/* No fork may copy the PTEs: the child would outlive the backing. */
	privcmd_vma_flags_set(vma, VM_IO | VM_PFNMAP | VM_DONTCOPY | VM_DONTEXPAND | VM_DONTDUMP);
	vma->vm_ops = &privcmd_vm_ops;
	vma->vm_private_data = pv;
	return 0;
}

/* The privcmd VMA holding all of [addr, addr + nr pages), or NULL. */
static struct vm_area_struct *privcmd_vma_find(struct mm_struct *mm, unsigned long addr,
					       unsigned long nr)
{
	struct vm_area_struct *vma = vma_lookup(mm, addr);

	if (!vma || vma->vm_ops != &privcmd_vm_ops)
		return NULL;
	if (nr > (vma->vm_end - addr) >> PAGE_SHIFT)
		return NULL;
	return vma;
}

static unsigned long vma_index(const struct vm_area_struct *vma, unsigned long addr)
{
	return (addr - vma->vm_start) >> PAGE_SHIFT;
}

static int privcmd_insert_pte(struct vm_area_struct *vma, unsigned long addr,
			      unsigned long pfn)
{
	return vmf_insert_pfn(vma, addr, pfn) == VM_FAULT_NOPAGE ? 0 : -ENOMEM;
}

/* An address range from user space, checked to be one the process can map. */
static int privcmd_check_range(u64 addr, u64 nr)
{
	if (offset_in_page(addr) || addr >= TASK_SIZE)
		return -EINVAL;
	if (!nr || nr > (TASK_SIZE - addr) >> PAGE_SHIFT)
		return -EINVAL;
	return 0;
}

/*
 * Map one batch at @addr, all in one privcmd VMA that is backed already
 * and has no frame in that range yet; PTEs go in for the frames Xen maps.
 */
static int privcmd_map_batch(struct mm_struct *mm, unsigned long addr, domid_t dom,
			     struct privcmd_batch *batch)
{
	struct vm_area_struct *vma;
	struct privcmd_vma *pv;
	unsigned long first;
	unsigned int i;
	int rc = -EINVAL;

	mmap_write_lock(mm);
	vma = privcmd_vma_find(mm, addr, batch->nr);
	if (!vma)
		goto out;
	pv = vma->vm_private_data;
	first = vma_index(vma, addr);
	if (!pv->frames || privcmd_frames_any_mapped(pv->frames, first, batch->nr))
		goto out;
	privcmd_frames_map(pv->frames, first, dom, batch);
	rc = 0;
	for (i = 0; i < batch->nr && !rc; i++) {
		if (!batch->errs[i])
			rc = privcmd_insert_pte(vma, addr + i * PAGE_SIZE, batch->gpfns[i]);
	}
out:
	mmap_write_unlock(mm);
	return rc;
}

static int mmapbatch_read_args(struct mmapbatch *mb, void __user *udata, int version)
{
	struct privcmd_mmapbatch v1;
	struct privcmd_mmapbatch_v2 v2;
	u64 addr;

	mb->version = version;
	mb->enoent = false;
	if (version == 1) {
		if (copy_from_user(&v1, udata, sizeof(v1)))
			return -EFAULT;
		if (v1.num <= 0)
			return -EINVAL;
		mb->num = v1.num;
		mb->dom = v1.dom;
		mb->arr = v1.arr;
		mb->err = NULL;
		addr = v1.addr;
	} else {
		if (copy_from_user(&v2, udata, sizeof(v2)))
			return -EFAULT;
		mb->num = v2.num;
		mb->dom = v2.dom;
		mb->arr = (xen_pfn_t __user *)v2.arr;
		mb->err = v2.err;
		addr = v2.addr;
	}
	if (privcmd_check_range(addr, mb->num))
		return -EINVAL;
	mb->addr = addr;
	return 0;
}

/*
 * Where the call reports failed frames must take a write before any frame
 * is mapped, or it would map frames and then fail, leaving user space
 * without word of them.  Version 2's error array is cleared, as Linux
 * does; version 1 writes its flags into the frame array, which is written
 * back unchanged here.
 */
static int mmapbatch_check_writable(struct mmapbatch *mb)
{
	xen_pfn_t *buf = mb->batch.gpfns;
	unsigned long done, nr;

	if (mb->version == 2)
		return clear_user(mb->err, mb->num * sizeof(*mb->err)) ? -EFAULT : 0;
	for (done = 0; done < mb->num; done += nr) {
		nr = min_t(unsigned long, mb->num - done, PRIVCMD_BATCH);
		if (copy_from_user(buf, mb->arr + done, nr * sizeof(*buf)) ||
		    copy_to_user(mb->arr + done, buf, nr * sizeof(*buf)))
			return -EFAULT;
	}
	return 0;
}

/*
 * The first call on a VMA must cover all of it, which backs it; a later
 * one (retrying frames that failed) may name any part with no frame yet.
 */
static int mmapbatch_prepare(struct mm_struct *mm, const struct mmapbatch *mb)
{
	struct privcmd_frames *frames;
	struct vm_area_struct *vma;
	struct privcmd_vma *pv;
	int rc = -EINVAL;

	mmap_write_lock(mm);
	vma = privcmd_vma_find(mm, mb->addr, mb->num);
	if (!vma)
		goto out;
	pv = vma->vm_private_data;
	if (pv->frames) {
		if (!privcmd_frames_any_mapped(pv->frames, vma_index(vma, mb->addr), mb->num))
			rc = 0;
		goto out;
	}
	if (mb->addr != vma->vm_start || mb->num != vma_pages(vma))
		goto out;
	frames = privcmd_frames_alloc(mb->num);
	if (IS_ERR(frames)) {
		rc = PTR_ERR(frames);
		goto out;
	}
	pv->frames = frames;
	rc = 0;
out:
	mmap_write_unlock(mm);
	return rc;
}

/* Each version's way of telling which frames failed, and why. */
static int mmapbatch_report(struct mmapbatch *mb, unsigned long done)
{
	const struct privcmd_batch *batch = &mb->batch;
	unsigned int i;

	for (i = 0; i < batch->nr; i++)
		mb->enoent |= batch->errs[i] == -ENOENT;
	if (mb->version == 2) {
		if (copy_to_user(mb->err + done, batch->errs, batch->nr * sizeof(*batch->errs)))
			return -EFAULT;
		return 0;
	}
	for (i = 0; i < batch->nr; i++) {
		xen_pfn_t gfn = batch->idxs[i];

		if (!batch->errs[i])
			continue;
		gfn |= batch->errs[i] == -ENOENT ? PRIVCMD_MMAPBATCH_PAGED_ERROR :
						   PRIVCMD_MMAPBATCH_MFN_ERROR;
		if (put_user(gfn, mb->arr + done + i))
			return -EFAULT;
	}
	return 0;
}

static int mmapbatch_step(struct mm_struct *mm, struct mmapbatch *mb, unsigned long done)
{
	struct privcmd_batch *batch = &mb->batch;
	int rc;

	batch->nr = min_t(unsigned long, mb->num - done, PRIVCMD_BATCH);
	if (copy_from_user(batch->idxs, mb->arr + done, batch->nr * sizeof(*mb->arr)))
		return -EFAULT;
	rc = privcmd_map_batch(mm, mb->addr + done * PAGE_SIZE, mb->dom, batch);
	if (rc)
		return rc;
	rc = mmapbatch_report(mb, done);
	cond_resched();
	return rc;
}

/**
 * privcmd_ioctl_mmapbatch() - IOCTL_PRIVCMD_MMAPBATCH and _V2
 * @file: an open /dev/xen/privcmd
 * @udata: struct privcmd_mmapbatch (@version 1) or privcmd_mmapbatch_v2 (2)
 * @version: 1 or 2
 *
 * Maps frames of a domain at consecutive pages of a privcmd VMA.  A frame
 * that fails does not fail the call: version 1 or's an error flag into
 * its array entry, version 2 stores the errno in the err array.
 *
 * Return: 0; -ENOENT if a frame failed with -ENOENT (paged out: try it
 * again); -EPERM for a domain the file is restricted from; -EINVAL for a
 * range that is not (all) in one privcmd VMA or is mapped already;
 * -EFAULT; -ENOMEM.
 */
long privcmd_ioctl_mmapbatch(struct file *file, void __user *udata, int version)
{
	struct mm_struct *mm = current->mm;
	struct mmapbatch *mb;
	unsigned long done;
	long rc;

	mb = kmalloc(sizeof(*mb), GFP_KERNEL);
	if (!mb)
		return -ENOMEM;
	rc = mmapbatch_read_args(mb, udata, version);
	if (!rc && !privcmd_may_target(file, mb->dom))
		rc = -EPERM;
	if (!rc)
		rc = mmapbatch_check_writable(mb);
	if (!rc)
		rc = mmapbatch_prepare(mm, mb);
	for (done = 0; !rc && done < mb->num; done += mb->batch.nr)
		rc = mmapbatch_step(mm, mb, done);
	if (!rc && mb->enoent)
		rc = -ENOENT;
	kfree(mb);
	return rc;
}

/* With neither address nor size: how many frames the resource has. */
static long mmap_resource_size(struct privcmd_mmap_resource __user *ures,
			       const struct privcmd_mmap_resource *res)
{
	u64 nr;
	int rc;

	rc = privcmd_resource_size(res->dom, res->type, res->id, &nr);
	if (rc)
		return rc;
	return put_user(nr, &ures->num);
}

/*
 * Xen says how big the resource is before any backing is taken for it: a
 * range beyond its end is refused without costing dom0 a frame.
 */
static long mmap_resource_check(const struct privcmd_mmap_resource *res)
{
	u64 nr;
	int rc;

	rc = privcmd_resource_size(res->dom, res->type, res->id, &nr);
	if (rc)
		return rc;
	if (res->idx > nr || res->num > nr - res->idx)
		return -EINVAL;
	return 0;
}

/* The whole of a fresh privcmd VMA receives the resource's frames. */
static long mmap_resource_map(struct mm_struct *mm, const struct privcmd_mmap_resource *res)
{
	struct privcmd_frames *frames;
	struct vm_area_struct *vma;
	struct privcmd_vma *pv;
	unsigned long i;
	long rc = -EINVAL;

	mmap_write_lock(mm);
	vma = privcmd_vma_find(mm, res->addr, res->num);
	if (!vma || res->addr != vma->vm_start || res->num != vma_pages(vma))
		goto out;
	pv = vma->vm_private_data;
	if (pv->frames)
		goto out;
	frames = privcmd_frames_alloc(res->num);
	if (IS_ERR(frames)) {
		rc = PTR_ERR(frames);
		goto out;
	}
	rc = privcmd_frames_acquire(frames, res->dom, res->type, res->id, res->idx);
	if (rc) {
		privcmd_frames_free(frames);
		goto out;
	}
	pv->frames = frames;
	for (i = 0; i < res->num && !rc; i++)
		rc = privcmd_insert_pte(vma, res->addr + i * PAGE_SIZE,
					privcmd_frames_pfn(frames, i));
out:
	mmap_write_unlock(mm);
	return rc;
}

/**
 * privcmd_ioctl_mmap_resource() - IOCTL_PRIVCMD_MMAP_RESOURCE
 * @file: an open /dev/xen/privcmd
 * @udata: struct privcmd_mmap_resource
 *
 * With @addr and @num zero, reports the resource's size in @num; else maps
 * @num of its frames, from @idx, over the whole privcmd VMA at @addr.
 *
 * Return: 0, Xen's error, -EPERM for a domain the file is restricted from,
 * -EINVAL for a bad range or type, -EFAULT, -ENOMEM.
 */
long privcmd_ioctl_mmap_resource(struct file *file, void __user *udata)
{
	struct privcmd_mmap_resource res;
	long rc;

	if (copy_from_user(&res, udata, sizeof(res)))
		return -EFAULT;
	if (!privcmd_may_target(file, res.dom))
		return -EPERM;
	if (!res.addr != !res.num || res.type > U16_MAX)
		return -EINVAL;
	if (!res.addr)
		return mmap_resource_size(udata, &res);
	if (privcmd_check_range(res.addr, res.num))
		return -EINVAL;
	rc = mmap_resource_check(&res);
	if (rc)
		return rc;
	return mmap_resource_map(current->mm, &res);
}
