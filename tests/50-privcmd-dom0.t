#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# armxen's privcmd module instead of Linux's xen-privcmd.ko, in Debian's
# arm64 and armhf dom0 under Debian's Xen in QEMU (scripts/dom0/run
# --privcmd): the toolstack test (tests/dom0/toolstack.sh: xenstored,
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

run_arch() {
	local arch=$1 adds=()
	if ! privcmd_build "$arch"; then
		echo "not ok $arch: armxen-privcmd.ko builds # see ${build_log#"$srctree"/}"
		return 1
	fi
	privcmd_programs "$arch" >&2 || { echo "not ok $arch: the test programs build"; return 1; }
	privcmd_adds "$arch"
	dom0_run "$arch" --privcmd "$ko" "${adds[@]}" \
		--add "$srctree/tests/privcmd/dom0-privcmd.sh:/tests/50-privcmd" \
		--add "$srctree/tests/privcmd/dom0-unload.sh:/tests/90-privcmd-unload"
}

for arch in "${PRIVCMD_ARCHES[@]}"; do
	tap_run "" run_arch "$arch"
done
tap_done
