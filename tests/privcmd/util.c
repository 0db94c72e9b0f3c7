// SPDX-License-Identifier: GPL-2.0
/* Small wrappers around /dev/xen/privcmd for the privcmd test programs. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

const char *privcmd_path = "/dev/xen/privcmd";
const char *hypercall_path = "/dev/xen/hypercall";

int open_privcmd(void)
{
	int fd = open(privcmd_path, O_RDWR | O_CLOEXEC);

	if (fd < 0) {
		printf("Bail out! cannot open %s: %s\n", privcmd_path, strerror(errno));
		exit(1);
	}
	return fd;
}

/* A fresh privcmd VMA of @pages pages, or NULL. */
void *privcmd_vma(int fd, unsigned long pages)
{
	void *p = mmap(NULL, pages * PAGE_SIZE, PROT_READ, MAP_SHARED, fd, 0);

	return p == MAP_FAILED ? NULL : p;
}

void *map_anywhere(unsigned long pages, int prot)
{
	void *p = mmap(NULL, pages * PAGE_SIZE, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	return p == MAP_FAILED ? NULL : p;
}

long mmapbatch_v2(int fd, void *addr, unsigned int num, domid_t dom, const xen_pfn_t *arr,
		  int *err)
{
	struct privcmd_mmapbatch_v2 m = {
		.num = num,
		.dom = dom,
		.addr = (uintptr_t)addr,
		.arr = arr,
		.err = err,
	};

	return ioctl(fd, IOCTL_PRIVCMD_MMAPBATCH_V2, &m);
}

long mmapbatch_v1(int fd, void *addr, int num, domid_t dom, xen_pfn_t *arr)
{
	struct privcmd_mmapbatch m = {
		.num = num,
		.dom = dom,
		.addr = (uintptr_t)addr,
		.arr = arr,
	};

	return ioctl(fd, IOCTL_PRIVCMD_MMAPBATCH, &m);
}

long hypercall(int fd, uint64_t op, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4,
	       uint64_t a5)
{
	struct privcmd_hypercall call = { op, { a1, a2, a3, a4, a5 } };

	return ioctl(fd, IOCTL_PRIVCMD_HYPERCALL, &call);
}

static sigjmp_buf fault_jmp;

static void fault_handler(int sig)
{
	siglongjmp(fault_jmp, sig);
}

/*
 * Read *p: the signal it raised (SIGBUS, SIGSEGV), or 0 if the read
 * worked.  In this process: a child would not inherit privcmd mappings.
 */
int read_faults(const volatile void *p)
{
	struct sigaction sa = { .sa_handler = fault_handler }, old_bus, old_segv;
	int sig;

	sigaction(SIGBUS, &sa, &old_bus);
	sigaction(SIGSEGV, &sa, &old_segv);
	sig = sigsetjmp(fault_jmp, 1);
	if (!sig)
		(void)*(const volatile char *)p;
	sigaction(SIGBUS, &old_bus, NULL);
	sigaction(SIGSEGV, &old_segv, NULL);
	return sig;
}

long expected_xen_version(void)
{
	const char *series = getenv("XEN_SERIES");
	unsigned int major, minor;

	if (!series || sscanf(series, "%u.%u", &major, &minor) != 2)
		return -1;
	return (long)major << 16 | minor;
}

bool child_ok(int (*fn)(void *arg), void *arg)
{
	int status;
	pid_t pid = fork();

	if (!pid)
		_exit(fn(arg));
	return pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
	       !WEXITSTATUS(status);
}

uint64_t xorshift64s(uint64_t *state)
{
	*state ^= *state >> 12;
	*state ^= *state << 25;
	*state ^= *state >> 27;
	return *state * 2685821657736338717ULL;
}
