// SPDX-License-Identifier: GPL-2.0
/*
 * Host-side check of the hypercall register contract, for the stubs and
 * for the inline calls (CONFIG_XEN_HYPERCALL_INLINE).
 *
 * Runs as a static Linux program under qemu-aarch64 / qemu-arm, compiled
 * with the kernel build's configuration and linked with the hypercall.o it
 * made.  HVC is undefined at EL0, so every hypercall arrives here as
 * SIGILL with the whole register file; the handler plays the hypervisor:
 *
 *  - it records the trapping instruction, the call number register and
 *    the argument registers, to be checked against "hvc #0xEA1" in the
 *    encoding of the instruction set, the number and the arguments as
 *    Xen reads them;
 *  - it answers with a chosen value in x0/r0 and writes to memory;
 *  - it clobbers the number register and the argument registers the call
 *    uses, as a debug build of Xen does.
 *
 * Each HYPERVISOR_* is driven through a C caller generated from the table,
 * which makes the call twice with the same arguments: the second trap
 * must see them again (the compiler knew Xen may clobber them), and the
 * caller must see what Xen wrote to memory.  In a stub build each stub is
 * also called directly with a raw register file.  Either way abi_call()
 * (call-<arch>.S) loads sentinels into every callee-saved register,
 * records the stack pointer and reports what they hold afterwards.
 * Results are unnumbered TAP lines.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#include <xen/interface/xen.h>
#include <asm/xen/hypercall.h>

#define XEN_EINVAL 22

#define NR_CALLEE_SAVED_MAX 11
#define MAX_TRAPS 2

/* Filled by abi_call() in call-<arch>.S. */
struct abi_regs {
	unsigned long callee[NR_CALLEE_SAVED_MAX];
	unsigned long sp_before;
	unsigned long sp_after;
};

/* What abi_call() loaded into the callee-saved registers, in order. */
extern const unsigned long abi_sentinels[];
extern const unsigned int abi_nr_callee_saved;
extern const char *const abi_callee_names[];
long abi_call(void *fn, const unsigned long params[6], struct abi_regs *out);

/* The C prototype the privcmd stub must have: every register whole. */
static long (*const privcmd_call_type)(unsigned long, unsigned long, unsigned long,
				       unsigned long, unsigned long, unsigned long)
	__attribute__((used)) = privcmd_call;

/*
 * What Xen 4.17 reads of each argument, written down independently of the
 * table it checks: the types of xen/include/hypercall-defs.c, to which the
 * ARM dispatcher converts each register.  L: unsigned long, the whole
 * register; P: a guest handle, the whole register; I: 32 bits; H: 16 bits
 * (domid_t).  The length is the arity Xen's debug build clobbers.
 */
static const struct {
	const char *name;
	const char *reads;
} xen_reads[] = {
	{ "platform_op", "P" },		{ "memory_op", "LP" },
	{ "multicall", "PI" },		{ "xen_version", "IP" },
	{ "console_io", "IIP" },	{ "grant_table_op", "IPI" },
	{ "vm_assist", "II" },		{ "vcpu_op", "IIP" },
	{ "xsm_op", "P" },		{ "sched_op", "IP" },
	{ "event_channel_op", "IP" },	{ "physdev_op", "IP" },
	{ "hvm_op", "LP" },		{ "sysctl", "P" },
	{ "domctl", "P" },		{ "argo_op", "IPPLL" },
	{ "dm_op", "HIP" },		{ "hypfs_op", "IPLPL" },
};

static unsigned long xen_bits(char reads, unsigned long v)
{
	switch (reads) {
	case 'I':
		return (uint32_t)v;
	case 'H':
		return (uint16_t)v;
	default:
		return v;
	}
}

static size_t xen_width(char reads)
{
	return reads == 'I' ? 4 : reads == 'H' ? 2 : sizeof(long);
}

/* Where the fake hypervisor writes; the C callers read it back. */
static unsigned long xen_memory;
#define XEN_MEMORY_MARK 0x600d0000UL

/* What a C caller saw: the second call's result, memory after the first. */
static long c_second;
static unsigned long c_seen;

#define ABI_NAME(n, t, a)	a
#define ABI_SIZEOF(n, t, a)	sizeof(t)

/*
 * One C caller per table line, with the table's parameter types: abi_call()
 * passes it raw registers, so a narrow type's upper bits arrive as junk
 * that the call must not hand on to where Xen reads them.
 */
#define XEN_HYPERCALL(name, nargs, ...)						\
static long c_##name(__XEN_MAP(nargs, __XEN_PARAM, __VA_ARGS__))		\
{										\
	long first;								\
										\
	xen_memory = 0;								\
	first = HYPERVISOR_##name(__XEN_MAP(nargs, ABI_NAME, __VA_ARGS__));	\
	c_seen = xen_memory;							\
	c_second = HYPERVISOR_##name(__XEN_MAP(nargs, ABI_NAME, __VA_ARGS__));	\
	return first;								\
}
#include <xen/hypercall-table.h>
#undef XEN_HYPERCALL

struct call {
	const char *name;
	unsigned int nr;
	unsigned int nargs;
	void *stub;		/* NULL when the calls are inline */
	void *c_caller;
	size_t sizes[5];	/* of the table's parameter types */
};

#ifdef CONFIG_XEN_HYPERCALL_INLINE
#define VARIANT " inline"
#define STUB(name) NULL
#else
#define VARIANT ""
#define STUB(name) (void *)HYPERVISOR_##name
#endif

#define XEN_HYPERCALL(name, nargs, ...)						\
	{ #name, __HYPERVISOR_##name, nargs, STUB(name), (void *)c_##name,	\
	  { __XEN_MAP(nargs, ABI_SIZEOF, __VA_ARGS__) } },
static const struct call calls[] = {
#include <xen/hypercall-table.h>
};
#undef XEN_HYPERCALL

/* The fake hypervisor's view of the traps of one abi_call(). */
struct trap {
	uint32_t insn[2];
	int thumb;
	unsigned long nr;
	unsigned long args[5];
};

static struct {
	unsigned int traps;
	struct trap trap[MAX_TRAPS];
	long answer;
	unsigned int clobber_args;
} hyp;

/* Record trap @r[] (argument registers) and @nr, answer, clobber. */
static struct trap *hyp_enter(unsigned long *r, unsigned long *nr)
{
	struct trap *t = &hyp.trap[hyp.traps < MAX_TRAPS ? hyp.traps : MAX_TRAPS - 1];
	unsigned int i;

	hyp.traps++;
	t->nr = *nr;
	for (i = 0; i < 5; i++)
		t->args[i] = r[i];
	r[0] = (unsigned long)hyp.answer;
	for (i = 1; i < hyp.clobber_args; i++)
		r[i] = 0xdeadbeefUL;
	*nr = 0xdeadbeefUL;
	xen_memory = XEN_MEMORY_MARK + hyp.traps;
	return t;
}

#if defined(__aarch64__)
#define ISA_NAME "A64"
static const char *const nr_reg = "x16";
const char *const abi_callee_names[] = {
	"x19", "x20", "x21", "x22", "x23", "x24", "x25", "x26", "x27", "x28", "x29",
};

static void fake_hypervisor(int sig, siginfo_t *si, void *ctx)
{
	mcontext_t *mc = &((ucontext_t *)ctx)->uc_mcontext;
	struct trap *t = hyp_enter((unsigned long *)mc->regs, (unsigned long *)&mc->regs[16]);

	t->insn[0] = *(uint32_t *)mc->pc;
	t->thumb = 0;
	mc->pc += 4;
}

static int insn_ok(const struct trap *t)
{
	return t->insn[0] == 0xd401d422;	/* hvc #0xea1 */
}
#elif defined(__arm__)
#ifdef ABI_TEST_THUMB
#define ISA_NAME "T32"
#else
#define ISA_NAME "A32"
#endif
static const char *const nr_reg = "r12";
const char *const abi_callee_names[] = {
	"r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11",
};

static void fake_hypervisor(int sig, siginfo_t *si, void *ctx)
{
	mcontext_t *mc = &((ucontext_t *)ctx)->uc_mcontext;
	/* r0-r10 are consecutive in sigcontext */
	struct trap *t = hyp_enter(&mc->arm_r0, &mc->arm_ip);

	t->thumb = !!(mc->arm_cpsr & (1 << 5));
	if (t->thumb) {
		t->insn[0] = ((uint16_t *)mc->arm_pc)[0];
		t->insn[1] = ((uint16_t *)mc->arm_pc)[1];
	} else {
		t->insn[0] = *(uint32_t *)mc->arm_pc;
	}
	mc->arm_pc += 4;
}

static int insn_ok(const struct trap *t)
{
#ifdef ABI_TEST_THUMB
	return t->thumb && t->insn[0] == 0xf7e0 && t->insn[1] == 0x8ea1;
#else
	return !t->thumb && t->insn[0] == 0xe140ea71;
#endif
}
#else
#error "the ABI test is for arm and arm64"
#endif

static unsigned int failures;

static void report(int ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void report(int ok, const char *fmt, ...)
{
	va_list args;

	printf("%s" ISA_NAME VARIANT ": ", ok ? "ok " : "not ok ");
	va_start(args, fmt);
	vprintf(fmt, args);
	va_end(args);
	putchar('\n');
	failures += !ok;
}

/* Distinct in every byte, and in both halves of an A64 register. */
static unsigned long sentinel_arg(unsigned int i)
{
	unsigned long v = 0xa1000000UL + 0x10101 * (i + 1);

	if (sizeof(long) == 8)
		v |= (0xc0de0000UL + 0x1111 * (i + 1)) << 16 << 16;
	return v;
}

static const char *xen_reads_of(const char *name)
{
	unsigned int i;

	for (i = 0; i < sizeof(xen_reads) / sizeof(xen_reads[0]); i++)
		if (!strcmp(xen_reads[i].name, name))
			return xen_reads[i].reads;
	return NULL;
}

/* The arguments of @t as Xen reads them: a mask of the wrong ones. */
static unsigned int bad_args(const struct trap *t, const char *reads, unsigned int nargs)
{
	unsigned int i, bad = 0;

	for (i = 0; i < nargs; i++)
		if (xen_bits(reads[i], t->args[i]) != xen_bits(reads[i], sentinel_arg(i)))
			bad |= 1u << i;
	return bad;
}

/*
 * Calls through @fn, once answering positive and once -EINVAL: params are
 * what abi_call() passes, @nargs how many of them Xen should see as
 * a1..a5, @shift how many leading params are not hypercall arguments (1
 * for privcmd_call's call number) and @via_c whether @fn is a C caller,
 * which traps twice.
 */
static void check_call(const char *name, void *fn, unsigned int nr, unsigned int nargs,
		       const char *reads, unsigned int shift, int via_c)
{
	static const long answers[] = { 0x1234, -XEN_EINVAL };
	unsigned int traps = via_c ? 2 : 1;
	unsigned long params[6] = { 0 };
	struct abi_regs regs;
	unsigned int i, a, bad_first = 0, bad_regs = 0;
	int bad_insn = 0, bad_nr = 0, bad_ret = 0, bad_traps = 0, bad_sp = 0;
	int bad_again = 0, bad_memory = 0;
	char detail[160] = "";
	const char *how = via_c ? " from C" : "";

	if (shift)
		params[0] = nr;
	for (i = 0; i < 5; i++)
		params[i + shift] = sentinel_arg(i);

	for (a = 0; a < 2; a++) {
		long ret;

		memset(&hyp, 0, sizeof(hyp));
		memset(&regs, 0, sizeof(regs));
		c_second = 0;
		c_seen = 0;
		hyp.answer = answers[a];
		hyp.clobber_args = nargs;
		ret = abi_call(fn, params, &regs);

		bad_traps |= hyp.traps != traps;
		for (i = 0; i < traps; i++)
			bad_insn |= !insn_ok(&hyp.trap[i]);
		bad_nr |= hyp.trap[0].nr != nr;
		bad_first |= bad_args(&hyp.trap[0], reads, nargs);
		bad_ret |= ret != answers[a] || (via_c && c_second != answers[a]);
		for (i = 0; i < abi_nr_callee_saved; i++)
			if (regs.callee[i] != abi_sentinels[i])
				bad_regs |= 1u << i;
		bad_sp |= regs.sp_before != regs.sp_after;
		bad_again |= via_c && (hyp.trap[1].nr != nr ||
				       bad_args(&hyp.trap[1], reads, nargs));
		bad_memory |= via_c && c_seen != XEN_MEMORY_MARK + 1;
	}

	report(!bad_traps, "%s%s: traps into the hypervisor exactly once per call", name, how);
	if (bad_insn)
		snprintf(detail, sizeof(detail), " # saw %#x %#x",
			 hyp.trap[0].insn[0], hyp.trap[0].insn[1]);
	report(!bad_insn, "%s%s: the trap is hvc #0xEA1 in " ISA_NAME "%s", name, how, detail);
	if (bad_nr)
		printf("# %s: %s held %#lx\n", name, nr_reg, hyp.trap[0].nr);
	report(!bad_nr, "%s%s: %s holds %u", name, how, nr_reg, nr);
	if (bad_first)
		printf("# %s: wrong argument registers, mask %#x\n", name, bad_first);
	report(!bad_first, "%s%s: a1..a%u arrive in the first %u argument registers, "
	       "as wide as Xen reads them", name, how, nargs, nargs);
	report(!bad_ret, "%s%s: the caller gets Xen's value, positive and -EINVAL", name, how);
	for (i = 0; i < abi_nr_callee_saved; i++)
		if (bad_regs & (1u << i))
			printf("# %s: %s changed across the call\n", name, abi_callee_names[i]);
	report(!bad_regs && !bad_sp,
	       "%s%s: callee-saved registers and sp survive a hypervisor that clobbers %s and a1..a%u",
	       name, how, nr_reg, nargs);
	if (!via_c)
		return;
	report(!bad_again, "%s%s: a second call with the same arguments passes them all again",
	       name, how);
	report(!bad_memory, "%s%s: the caller sees what Xen wrote to memory during the call",
	       name, how);
}

/* The table's types against what Xen reads, argument by argument. */
static void check_types(const struct call *c, const char *reads)
{
	unsigned int i;
	int ok = reads && strlen(reads) == c->nargs;

	for (i = 0; ok && i < c->nargs; i++)
		ok = c->sizes[i] == xen_width(reads[i]);
	report(ok, "%s: %u arguments, each as wide as Xen 4.17 reads it (%s)", c->name,
	       c->nargs, reads ? reads : "not a Xen 4.17 ARM hypercall");
}

int main(void)
{
	struct sigaction sa = { .sa_sigaction = fake_hypervisor, .sa_flags = SA_SIGINFO };
	unsigned int i;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (sigaction(SIGILL, &sa, NULL)) {
		perror("sigaction");
		return 2;
	}
	for (i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
		const struct call *c = &calls[i];
		const char *reads = xen_reads_of(c->name);

		check_types(c, reads);
		if (!reads)
			continue;
		if (c->stub)
			check_call(c->name, c->stub, c->nr, c->nargs, reads, 0, 0);
		check_call(c->name, c->c_caller, c->nr, c->nargs, reads, 0, 1);
	}

	/* privcmd_call(call, a1..a5): every call number, all five arguments. */
	check_call("privcmd_call", (void *)privcmd_call, __HYPERVISOR_hypfs_op, 5, "LLLLL", 1, 0);
	check_call("privcmd_call(0)", (void *)privcmd_call, 0, 5, "LLLLL", 1, 0);
	return failures ? 1 : 0;
}
