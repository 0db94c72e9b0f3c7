#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The stubs' register contract, checked without a hypervisor: for each
# build (A64, A32, T32) link the hypercall.o the kernel build made into a
# static Linux program and run it under qemu-user, where HVC traps as
# SIGILL and a signal handler plays Xen (tests/abi/abi_test.c).

set -u
. "$(dirname "$0")/lib/tap.sh"

build_and_run() {
	local config=$1 arch=$2 cc=$3 qemu=$4 extra=$5
	local obj=$srctree/out/$config exe

	make -s -C "$srctree" O="$obj" "${config}_defconfig" >/dev/null &&
		make -s -C "$srctree" O="$obj" >/dev/null ||
		{ echo "not ok $config: kernel build failed"; return 1; }
	exe=$obj/tests/abi_test
	mkdir -p "$obj/tests"
	# The stubs pass no floating-point arguments, so the soft-float
	# kernel object links with the hard-float C library as it is.
	# -idirafter: the C library's <linux/types.h> must win over the
	# guest kernel's; only the Xen headers are taken from the tree.
	$cc -static -O1 -g -Wall -Werror $extra -idirafter "$srctree/include" \
		-idirafter "$srctree/arch/$arch/include" -o "$exe" \
		"$srctree/tests/abi/abi_test.c" "$srctree/tests/abi/call-$arch.S" \
		"$obj/arch/$arch/xen/hypercall.o" -Wl,--no-warn-mismatch ||
		{ echo "not ok $config: test program build failed"; return 1; }
	$qemu "$exe"
}

tap_run "" build_and_run arm64 arm64 aarch64-linux-gnu-gcc qemu-aarch64 ""
tap_run "" build_and_run arm arm arm-linux-gnueabihf-gcc qemu-arm "-marm"
tap_run "" build_and_run arm-thumb2 arm arm-linux-gnueabihf-gcc qemu-arm "-marm -DABI_TEST_THUMB"
tap_done
