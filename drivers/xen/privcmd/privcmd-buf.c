// SPDX-License-Identifier: GPL-2.0
/*
 * /dev/xen/hypercall: memory for hypercall arguments.  Xen reads and writes
 * a buffer that a hypercall names through the guest's page tables and
 * cannot take a page fault doing so, so libxencall puts its buffers in
 * this device's mappings: kernel pages, present for as long as they are
 * mapped, never swapped, migrated or compacted.
 *
 * Each page is held by the PTEs that map it and freed with the last of
 * them, so nothing is left to track after mmap().
 */
#define pr_fmt(fmt) "xen:" KBUILD_MODNAME ": " fmt

#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

#include "privcmd.h"

/* More than this (256 MiB) in one mapping is refused. */
#define PRIVCMD_BUF_MAX_PAGES	(1UL << 16)

/* A page the process unmapped with madvise() does not come back. */
static vm_fault_t privcmd_buf_fault(struct vm_fault *vmf)
{
	return VM_FAULT_SIGBUS;
}

static const struct vm_operations_struct privcmd_buf_vm_ops = {
	.fault = privcmd_buf_fault,
};

static void privcmd_buf_put_pages(struct page **pages, unsigned long nr)
{
	unsigned long i;

	for (i = 0; i < nr; i++)
		put_page(pages[i]);
}

static int privcmd_buf_mmap(struct file *file, struct vm_area_struct *vma)
{
	unsigned long nr = vma_pages(vma), got;
	struct page **pages;
	int rc = -ENOMEM;

	if (!(vma->vm_flags & VM_SHARED) || vma->vm_pgoff)
		return -EINVAL;
	if (nr > PRIVCMD_BUF_MAX_PAGES)
		return -ENOMEM;
	pages = kvcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	for (got = 0; got < nr; got++) {
		pages[got] = alloc_page(GFP_KERNEL | __GFP_ZERO);
		if (!pages[got])
			goto out;
	}
	privcmd_vma_flags_set(vma, VM_IO | VM_DONTEXPAND | VM_DONTDUMP);
	vma->vm_ops = &privcmd_buf_vm_ops;
	/* On failure, what went in is unmapped by mmap()'s own error path. */
	rc = vm_map_pages_zero(vma, pages, nr);
out:
	privcmd_buf_put_pages(pages, got);
	kvfree(pages);
	return rc;
}

const struct file_operations privcmd_buf_fops = {
	.owner = THIS_MODULE,
	.mmap = privcmd_buf_mmap,
};
