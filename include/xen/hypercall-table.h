/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The hypercalls Xen 4.17 accepts from an ARM guest, one line each:
 *
 *	XEN_HYPERCALL(name, number of arguments, type1, arg1, type2, arg2, ...)
 *
 * This list is the single source of the assembly stubs (arch/{arm,arm64}/
 * xen/hypercall.S, which use name and arity), of the C prototypes and of
 * the inline calls (include/xen/arm/hypercall.h, which use all of it).
 * The call number is __HYPERVISOR_<name> from <xen/interface/xen.h>.
 * Types and names come in pairs so that C code can both declare the
 * parameters and pass them on; a line whose arity does not match its
 * pairs does not compile.
 *
 * Each integer type is the one Xen 4.17's handler declares (do_<name>() in
 * xen/include/hypercall-defs.c), because Xen converts the register to it
 * and reads only that many bits.  Where Xen declares unsigned long - the
 * command of memory_op and the op of hvm_op, whose upper bits carry a
 * continuation's progress - the whole register counts, and a 32-bit type
 * here would leave the upper half of an A64 register to chance.
 * multicall's count is a 32-bit unsigned int in Xen (do_multicall(...,
 * uint32_t nr_calls), cast so by the ARM dispatcher), and stays one here.
 *
 * Include it only after defining XEN_HYPERCALL(); it has no include guard
 * on purpose.  Every argument fits one register: Xen's ARM ABI never splits
 * a hypercall argument across two.
 */
XEN_HYPERCALL(platform_op,	1, struct xen_platform_op *, op)
XEN_HYPERCALL(memory_op,	2, unsigned long, cmd, void *, arg)
XEN_HYPERCALL(multicall,	2, struct multicall_entry *, calls, unsigned int, nr_calls)
XEN_HYPERCALL(xen_version,	2, int, cmd, void *, arg)
XEN_HYPERCALL(console_io,	3, unsigned int, cmd, unsigned int, count, char *, str)
XEN_HYPERCALL(grant_table_op,	3, unsigned int, cmd, void *, uop, unsigned int, count)
XEN_HYPERCALL(vm_assist,	2, unsigned int, cmd, unsigned int, type)
XEN_HYPERCALL(vcpu_op,		3, int, cmd, unsigned int, vcpuid, void *, extra_args)
XEN_HYPERCALL(xsm_op,		1, void *, op)
XEN_HYPERCALL(sched_op,		2, int, cmd, void *, arg)
XEN_HYPERCALL(event_channel_op,	2, int, cmd, void *, arg)
XEN_HYPERCALL(physdev_op,	2, int, cmd, void *, arg)
XEN_HYPERCALL(hvm_op,		2, unsigned long, op, void *, arg)
XEN_HYPERCALL(sysctl,		1, struct xen_sysctl *, sysctl)
XEN_HYPERCALL(domctl,		1, struct xen_domctl *, domctl)
XEN_HYPERCALL(argo_op,		5, unsigned int, cmd, void *, arg1, void *, arg2,
				   unsigned long, arg3, unsigned long, arg4)
XEN_HYPERCALL(dm_op,		3, domid_t, domid, unsigned int, nr_bufs, void *, bufs)
XEN_HYPERCALL(hypfs_op,		5, unsigned int, cmd, const char *, path,
				   unsigned long, path_len, void *, buf, unsigned long, buf_len)
