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
# tests/privcmd/dom0-unload.sh (rmmod refused while mapped, clean after).

set -u
# shellcheck source=tests/lib/tap.sh
. "$(dirname "$0")/lib/tap.sh"
# shellcheck source=tests/privcmd/host.sh
. "$srctree/tests/privcmd/host.sh"

# run_platform PLATFORM ARCH
run_platform() {
	local platform=$1 arch=$2 adds=()
	if ! privcmd_build "$platform" "$arch"; then
		echo "not ok $platform $arch: armxen-privcmd.ko builds # see ${build_log#"$srctree"/}"
		return 1
	fi
	privcmd_programs "$platform" "$arch" >&2 ||
		{ echo "not ok $platform $arch: the test programs build"; return 1; }
	privcmd_adds
	dom0_run "$arch" --platform "$platform" --privcmd "$ko" "${adds[@]}" \
		--add "$srctree/tests/privcmd/dom0-privcmd.sh:/tests/50-privcmd" \
		--add "$srctree/tests/privcmd/dom0-unload.sh:/tests/90-privcmd-unload"
}

for platform in "${PLATFORMS[@]}"; do
	for arch in $(platform_arches "$platform"); do
		tap_run "" run_platform "$platform" "$arch"
	done
done
tap_done
