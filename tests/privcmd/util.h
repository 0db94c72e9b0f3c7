/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the privcmd test programs share: Xen's and Linux's interface
 * headers as Debian's libxen-dev installs them (the ABI the toolstack was
 * built with), and small wrappers around the raw device.
 */
#ifndef PRIVCMD_UTIL_H
#define PRIVCMD_UTIL_H

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <xen/xen.h>
#include <xen/sys/privcmd.h>

#define PAGE_SIZE	4096UL
#define GUEST_RAM_GFN	(GUEST_RAM0_BASE >> 12)

/* A domain id no domain has. */
#define NO_SUCH_DOMID	0x7fe0

extern const char *privcmd_path;
extern const char *hypercall_path;

int open_privcmd(void);
void *privcmd_vma(int fd, unsigned long pages);
long mmapbatch_v2(int fd, void *addr, unsigned int num, domid_t dom, const xen_pfn_t *arr,
		  int *err);
long mmapbatch_v1(int fd, void *addr, int num, domid_t dom, xen_pfn_t *arr);
long hypercall(int fd, uint64_t op, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4,
	       uint64_t a5);
int read_faults(const volatile void *p);

/*
 * What a dm_op nr_vcpus on the 1-vCPU domU may answer: the count, or
 * ENOSYS from a Xen built without device model support (CONFIG_IOREQ_SERVER,
 * off in Debian's ARM builds), which still shows the call reached Xen.
 */
#define dm_op_answered(rc, vcpus)	((rc) == 0 ? (vcpus) == 1 : errno == ENOSYS)
void *map_anywhere(unsigned long pages, int prot);

/* XENVER_version of the platform's Xen, from $XEN_SERIES ("4.20"); -1 if unset. */
long expected_xen_version(void);

/* Run fn(arg) in a forked child: true if it exited with status 0. */
bool child_ok(int (*fn)(void *arg), void *arg);

/* xorshift64*: plenty for picking test cases, the same sequence for a seed. */
uint64_t xorshift64s(uint64_t *state);

#endif /* PRIVCMD_UTIL_H */
