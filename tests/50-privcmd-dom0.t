#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# armxen's privcmd module instead of Linux's xen-privcmd.ko, in the dom0
# of every platform (Debian 12's arm64 and armhf under its release and its
# debug Xen 4.17, Debian 13's arm64 under Xen 4.20), in QEMU
# (scripts/dom0/run --privcmd): the toolstack test (tests/dom0/toolstack.sh: xenstored,
# xen-init-dom0, xenconsoled, xl info/list/vcpu-list/dmesg, xenstore, xl
# create and destroy) runs through it, then tests/privcmd/dom0-privcmd.sh
# (Xen's libraries and the raw ioctls against a paused domU, the bad-input
# matrix, the fuzzer, the kernel log and Xen's memory afterwards), then
# tests/privcmd/dom0-unload.sh (rmmod refused while mapped, clean after;
# Linux's own xen-privcmd.ko, loaded while armxen's is out, answers the
# ioctls Linux added after 6.1 as armxen's does).

# test-lane: privcmd (scripts/test: after the suites before it, whose modules it uses)

set -u
# shellcheck source=tests/lib/tap.sh
. "$(dirname "$0")/lib/tap.sh"
# shellcheck source=tests/privcmd/host.sh
. "$srctree/tests/privcmd/host.sh"

# prepare PLATFORM ARCH: the module and the test programs for that
# platform's kernel, built before any boot starts (the boots go side by
# side; the debug platform shares Debian 12's builds).  Records the
# module's path in $module[PLATFORM ARCH], and Linux's own module's in
# $stock[PLATFORM ARCH].
declare -A module=() stock=()
prepare() {
	if ! privcmd_build "$1" "$2"; then
		tap_not_ok "$1 $2: armxen-privcmd.ko builds" "see ${build_log#"$srctree"/}"
		return
	fi
	if ! privcmd_programs "$1" "$2" >&2; then
		tap_not_ok "$1 $2: the test programs build"
		return
	fi
	if ! stock["$1 $2"]=$(stock_privcmd "$1" "$2"); then
		tap_not_ok "$1 $2: Linux's own xen-privcmd.ko is in the unpacked kernel"
		return
	fi
	module["$1 $2"]=$ko
}

# run_platform PLATFORM ARCH KO
run_platform() {
	local platform=$1 arch=$2 adds=()
	progs=$srctree/out/privcmd-tests/$arch	# privcmd_programs built them there
	privcmd_adds
	dom0_run "$arch" --platform "$platform" --privcmd "$3" "${adds[@]}" \
		--add "$srctree/tests/privcmd/dom0-privcmd.sh:/tests/50-privcmd" \
		--add "$srctree/tests/privcmd/dom0-unload.sh:/tests/90-privcmd-unload" \
		--add "${stock["$platform $arch"]}:/usr/lib/armxen/linux-xen-privcmd.ko" \
		--out "$srctree/out/privcmd-$platform-$arch"
}

for platform in "${PLATFORMS[@]}"; do
	for arch in $(platform_arches "$platform"); do
		prepare "$platform" "$arch"
	done
done
for platform in "${PLATFORMS[@]}"; do
	for arch in $(platform_arches "$platform"); do
		[ -z "${module["$platform $arch"]:-}" ] ||
			tap_start "" run_platform "$platform" "$arch" "${module["$platform $arch"]}"
	done
done
tap_finish
tap_done
