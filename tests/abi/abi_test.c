// SPDX-License-Identifier: GPL-2.0
/*
 * Host-side check of the hypercall stubs' register contract.
 *
 * Runs as a static Linux program under qemu-aarch64 / qemu-arm, linked with
 * the very hypercall.o a kernel build made.  HVC is undefined at EL0, so
 * every hypercall arrives here as SIGILL with the whole register file; the
 * handler plays the hypervisor:
 *
 *  - it checks the trapping instruction is "hvc #0xEA1" in the encoding of
 *    the stub's instruction set, the call number register and every
 *    argument register the call uses;
 *  - it answers with a chosen value in x0/r0;
 *  - it clobbers the number register and the argument registers the call
 *    uses, as a debug build of Xen does.
 *
 * The caller side (call-<arch>.S) loads sentinels into every callee-saved
 * register, records the stack pointer, calls the stub and reports what the
 * registers hold afterwards.  Results are unnumbered TAP lines.
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

struct call {
	const char *name;
	unsigned int nr;
	unsigned int nargs;
	void *fn;
};

#define XEN_HYPERCALL(name, nargs, ...) { #name, __HYPERVISOR_##name, nargs, HYPERVISOR_##name },
static const struct call calls[] = {
#include <xen/hypercall-table.h>
};
#undef XEN_HYPERCALL

/* The fake hypervisor's view of one trap. */
static struct {
	unsigned int traps;
	uint32_t insn[2];
	int thumb;
	unsigned long nr;
	unsigned long args[5];
	long answer;
	unsigned int clobber_args;
} trap;

#if defined(__aarch64__)
#define ISA_NAME "A64"
static const char *const nr_reg = "x16";
const char *const abi_callee_names[] = {
	"x19", "x20", "x21", "x22", "x23", "x24", "x25", "x26", "x27", "x28", "x29",
};

static void fake_hypervisor(int sig, siginfo_t *si, void *ctx)
{
	mcontext_t *mc = &((ucontext_t *)ctx)->uc_mcontext;
	unsigned int i;

	trap.traps++;
	trap.insn[0] = *(uint32_t *)mc->pc;
	trap.thumb = 0;
	trap.nr = mc->regs[16];
	for (i = 0; i < 5; i++)
		trap.args[i] = mc->regs[i];
	mc->regs[0] = (unsigned long)trap.answer;
	for (i = 1; i < trap.clobber_args; i++)
		mc->regs[i] = 0xdeadbeefUL;
	mc->regs[16] = 0xdeadbeefUL;
	mc->pc += 4;
}

static int insn_ok(void)
{
	return trap.insn[0] == 0xd401d422;	/* hvc #0xea1 */
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
	unsigned long *r = &mc->arm_r0;	/* r0-r10 are consecutive in sigcontext */
	unsigned int i;

	trap.traps++;
	trap.thumb = !!(mc->arm_cpsr & (1 << 5));
	if (trap.thumb) {
		trap.insn[0] = ((uint16_t *)mc->arm_pc)[0];
		trap.insn[1] = ((uint16_t *)mc->arm_pc)[1];
	} else {
		trap.insn[0] = *(uint32_t *)mc->arm_pc;
	}
	trap.nr = mc->arm_ip;
	for (i = 0; i < 5; i++)
		trap.args[i] = r[i];
	r[0] = (unsigned long)trap.answer;
	for (i = 1; i < trap.clobber_args; i++)
		r[i] = 0xdeadbeefUL;
	mc->arm_ip = 0xdeadbeefUL;
	mc->arm_pc += 4;
}

static int insn_ok(void)
{
#ifdef ABI_TEST_THUMB
	return trap.thumb && trap.insn[0] == 0xf7e0 && trap.insn[1] == 0x8ea1;
#else
	return !trap.thumb && trap.insn[0] == 0xe140ea71;
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

	printf("%s" ISA_NAME ": ", ok ? "ok " : "not ok ");
	va_start(args, fmt);
	vprintf(fmt, args);
	va_end(args);
	putchar('\n');
	failures += !ok;
}

static unsigned long sentinel_arg(unsigned int i)
{
	return 0xa1000000UL + 0x10101 * (i + 1);
}

/*
 * One call through @fn: params are what the C caller passes, @nargs how
 * many of them Xen should see as a1..a5 and @shift how many leading params
 * are not hypercall arguments (1 for privcmd_call's call number).
 */
static void check_call(const char *name, void *fn, unsigned int nr, unsigned int nargs,
		       unsigned int shift)
{
	static const long answers[] = { 0x1234, -XEN_EINVAL };
	unsigned long params[6] = { 0 };
	struct abi_regs regs;
	unsigned int i, a, bad_args = 0, bad_regs = 0;
	int bad_insn = 0, bad_nr = 0, bad_ret = 0, bad_traps = 0, bad_sp = 0;
	char detail[160] = "";

	if (shift)
		params[0] = nr;
	for (i = 0; i < 5; i++)
		params[i + shift] = sentinel_arg(i);

	for (a = 0; a < 2; a++) {
		long ret;

		memset(&trap, 0, sizeof(trap));
		memset(&regs, 0, sizeof(regs));
		trap.answer = answers[a];
		trap.clobber_args = nargs;
		ret = abi_call(fn, params, &regs);

		bad_traps |= trap.traps != 1;
		bad_insn |= !insn_ok();
		bad_nr |= trap.nr != nr;
		for (i = 0; i < nargs; i++)
			if (trap.args[i] != sentinel_arg(i))
				bad_args |= 1u << i;
		bad_ret |= ret != answers[a];
		for (i = 0; i < abi_nr_callee_saved; i++)
			if (regs.callee[i] != abi_sentinels[i])
				bad_regs |= 1u << i;
		bad_sp |= regs.sp_before != regs.sp_after;
	}

	report(!bad_traps, "%s: traps into the hypervisor exactly once per call", name);
	if (bad_insn)
		snprintf(detail, sizeof(detail), " # saw %#x %#x", trap.insn[0], trap.insn[1]);
	report(!bad_insn, "%s: the trap is hvc #0xEA1 in " ISA_NAME "%s", name, detail);
	if (bad_nr)
		printf("# %s: %s held %#lx\n", name, nr_reg, trap.nr);
	report(!bad_nr, "%s: %s holds %u", name, nr_reg, nr);
	if (bad_args)
		printf("# %s: wrong argument registers, mask %#x\n", name, bad_args);
	report(!bad_args, "%s: a1..a%u arrive in the first %u argument registers", name,
	       nargs, nargs);
	report(!bad_ret, "%s: the caller gets Xen's value, positive and -EINVAL", name);
	for (i = 0; i < abi_nr_callee_saved; i++)
		if (bad_regs & (1u << i))
			printf("# %s: %s changed across the call\n", name, abi_callee_names[i]);
	report(!bad_regs && !bad_sp,
	       "%s: callee-saved registers and sp survive a hypervisor that clobbers %s and a1..a%u",
	       name, nr_reg, nargs);
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
	for (i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		check_call(calls[i].name, calls[i].fn, calls[i].nr, calls[i].nargs, 0);

	/* privcmd_call(call, a1..a5): every call number, all five arguments. */
	check_call("privcmd_call", (void *)privcmd_call, __HYPERVISOR_hypfs_op, 5, 1);
	check_call("privcmd_call(0)", (void *)privcmd_call, 0, 5, 1);
	return failures ? 1 : 0;
}
