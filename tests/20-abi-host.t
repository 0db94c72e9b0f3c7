#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The hypercall register contract, checked without a hypervisor: for each
# build (A64, A32, T32; stubs, then inline calls) compile tests/abi/abi_test.c
# with the kernel build's configuration, link it with the hypercall.o that
# build made into a static Linux program and run it under qemu-user, where
# HVC traps as SIGILL and a signal handler plays Xen.  Then check that every
# HVC in the kernel itself is hvc #0xEA1 in the instruction set's encoding,
# but for the PSCI conduit's single hvc #0.

set -u
. "$(dirname "$0")/lib/tap.sh"
. "$srctree/tests/lib/kernel.sh"

# hvc #0xEA1 as objdump prints its encoding, and hvc #0 (PSCI/SMCCC).
declare -A hvc_encoding=([arm64]=d401d422 [arm]=e140ea71 [arm-thumb2]="f7e0 8ea1")
declare -A hvc0_encoding=([arm64]=d4000002 [arm]=e1400070 [arm-thumb2]="f7e0 8000")

# The one function allowed another HVC: the PSCI conduit
# (arch/*/kernel/psci-call.S), whose hvc #0 is SMCCC's, not Xen's tag.
PSCI_CONDUIT=__invoke_psci_fn_hvc

# kernel_hvcs OBJ CONFIG VARIANT: every HVC instruction in vmlinux, as
# "FUNCTION: LINE", outside the PSCI conduit, then the conduit's.
kernel_hvcs() {
	local obj=$1 config=$2 variant=$3 objdump dis all good psci
	objdump=$(sed -n 's/^CONFIG_ARM64=y$/aarch64-linux-gnu-/p' "$obj/.config")
	objdump=${objdump:-arm-linux-gnueabihf-}objdump
	dis=$($objdump -d "$obj/vmlinux" |
		awk '/^[0-9a-f]+ <.*>:$/ { fn = $2 } /\thvc\t/ { print fn ": " $0 }')
	all=$(grep -v -F "<$PSCI_CONDUIT>:" <<<"$dis")
	psci=$(grep -F "<$PSCI_CONDUIT>:" <<<"$dis")
	good=$(grep -c -F "${hvc_encoding[$config]}" <<<"$all")
	if [ -n "$all" ] && [ "$good" = "$(wc -l <<<"$all")" ]; then
		echo "ok $config$variant: all $good HVCs in vmlinux outside $PSCI_CONDUIT are hvc #0xEA1 (${hvc_encoding[$config]})"
	else
		echo "not ok $config$variant: all HVCs in vmlinux outside $PSCI_CONDUIT are hvc #0xEA1 (${hvc_encoding[$config]})"
		grep -v -F "${hvc_encoding[$config]}" <<<"$all" | head -n 5 | sed 's/^/# /'
	fi
	if [ "$(wc -l <<<"$psci")" = 1 ] && grep -q -F "${hvc0_encoding[$config]}" <<<"$psci"; then
		echo "ok $config$variant: $PSCI_CONDUIT holds the one hvc #0 (${hvc0_encoding[$config]})"
	else
		echo "not ok $config$variant: $PSCI_CONDUIT holds the one hvc #0 (${hvc0_encoding[$config]})"
		head -n 5 <<<"$psci" | sed 's/^/# /'
	fi
	[ "$variant" ] || return 0
	# Inline means inline: no call left to an out-of-line copy.
	if $objdump -t "$obj/vmlinux" | grep -qP '\sF\s.*\sHYPERVISOR_'; then
		echo "not ok $config$variant: no out-of-line HYPERVISOR_* function in vmlinux"
	else
		echo "ok $config$variant: no out-of-line HYPERVISOR_* function in vmlinux"
	fi
}

# The PV block frontend publishes requests in blkif_publish_requests()
# (drivers/block/xen-blkfront.c): a store barrier, then the store of
# req_prod.  QEMU's TCG on an x86 host does not reorder stores, so no
# boot can catch a missing barrier; the disassembly can.  GCC may clone
# and rename the function (.isra.0, .constprop.0); the one copy counts.
BLKIF_PUBLISH=blkif_publish_requests

# blkif_barrier OBJ CONFIG VARIANT: in every copy of $BLKIF_PUBLISH, a
# DMB ISHST (or a stronger DMB ISH) comes before the first and only store.
blkif_barrier() {
	local obj=$1 config=$2 variant=$3 objdump dis copies what dmb str nstr
	what="$config$variant: $BLKIF_PUBLISH has a store barrier before its one store (req_prod)"
	objdump=$(sed -n 's/^CONFIG_ARM64=y$/aarch64-linux-gnu-/p' "$obj/.config")
	objdump=${objdump:-arm-linux-gnueabihf-}objdump
	dis=$($objdump -d --no-show-raw-insn "$obj/vmlinux" | awk -v fn="$BLKIF_PUBLISH" '
		/^[0-9a-f]+ <.*>:$/ { name = substr($2, 2, length($2) - 3); sub(/\..*/, "", name)
			in_fn = name == fn; if (in_fn) print "FUNCTION " $2; next }
		in_fn && NF { print }')
	copies=$(grep -c '^FUNCTION ' <<<"$dis")
	if [ "$copies" = 0 ]; then
		echo "not ok $what # no $BLKIF_PUBLISH in vmlinux"
		return
	fi
	dmb=$(grep -n -m 1 -P '\tdmb\tish(st)?\s*$' <<<"$dis" | cut -d: -f1)
	str=$(grep -n -m 1 -P '\tstr\w*\t' <<<"$dis" | cut -d: -f1)
	nstr=$(grep -c -P '\tstr\w*\t' <<<"$dis")
	if [ "$copies" = 1 ] && [ "$nstr" = 1 ] && [ -n "$dmb" ] && [ "$dmb" -lt "$str" ]; then
		echo "ok $what"
	else
		echo "not ok $what"
		sed 's/^/# /' <<<"$dis" | head -n 12
	fi
}

# build_and_run CONFIG ARCH CC QEMU "EXTRA CFLAGS" [CONFIG_X=y ...]
build_and_run() {
	local config=$1 arch=$2 cc=$3 qemu=$4 extra=$5 variant= obj exe
	shift 5
	[ $# = 0 ] || variant=-inline
	obj=$srctree/out/abi-$config$variant
	build "$obj" "$config" "$@" >/dev/null ||
		{ echo "not ok $config$variant: kernel build failed"; return 1; }
	exe=$obj/tests/abi_test
	mkdir -p "$obj/tests"
	# The calls pass no floating-point arguments, so the soft-float
	# kernel object links with the hard-float C library as it is.
	# -idirafter: the C library's <linux/types.h> must win over the
	# guest kernel's; only the Xen headers are taken from the tree.
	$cc -static -O2 -g -Wall -Werror $extra -include "$obj/include/generated/autoconf.h" \
		-idirafter "$srctree/include" -idirafter "$srctree/arch/$arch/include" -o "$exe" \
		"$srctree/tests/abi/abi_test.c" "$srctree/tests/abi/call-$arch.S" \
		"$obj/arch/$arch/xen/hypercall.o" -Wl,--no-warn-mismatch ||
		{ echo "not ok $config$variant: test program build failed"; return 1; }
	kernel_hvcs "$obj" "$config" "$variant"
	blkif_barrier "$obj" "$config" "$variant"
	$qemu "$exe"
}

a32="-march=armv7ve+fp -marm"
inline=CONFIG_XEN_HYPERCALL_INLINE=y
tap_run "" build_and_run arm64 arm64 aarch64-linux-gnu-gcc qemu-aarch64 ""
tap_run "" build_and_run arm arm arm-linux-gnueabihf-gcc qemu-arm "$a32"
tap_run "" build_and_run arm-thumb2 arm arm-linux-gnueabihf-gcc qemu-arm "$a32 -DABI_TEST_THUMB"
tap_run "" build_and_run arm64 arm64 aarch64-linux-gnu-gcc qemu-aarch64 "" $inline
tap_run "" build_and_run arm arm arm-linux-gnueabihf-gcc qemu-arm "$a32" $inline
# The inline calls are in the C caller, so it is T32 code itself.
tap_run "" build_and_run arm-thumb2 arm arm-linux-gnueabihf-gcc qemu-arm \
	"-march=armv7ve+fp -mthumb -DABI_TEST_THUMB" $inline
tap_done
