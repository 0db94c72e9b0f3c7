#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The guest kernel under the real hypervisor: each configuration boots as
# dom0 under Debian's Xen in QEMU, runs its KTAP suites against Xen and
# powers off.  scripts/run-xen turns the console into results.

set -u
. "$(dirname "$0")/lib/tap.sh"
. "$srctree/scripts/versions"

# Xen's own banner must match the version scripts/versions pins.
expect="xen: Xen version ${XEN_SERIES//./\\.}\\."

boot() {	# boot NAME CONFIG [run-xen options]
	local name=$1 config=$2 obj=$srctree/out/$2 image
	shift 2
	make -s -C "$srctree" O="$obj" "${config}_defconfig" >/dev/null &&
		make -s -C "$srctree" O="$obj" >/dev/null ||
		{ echo "not ok $name: kernel build failed"; return 1; }
	image=$obj/Image
	[ -f "$image" ] || image=$obj/zImage
	"$srctree/scripts/run-xen" "$image" --name "$name" --timeout 120 \
		--log "$srctree/out/test-logs/xen-$name.console" --expect "$expect" "$@"
}

mkdir -p "$srctree/out/test-logs"
tap_run "" boot a64-gicv3 arm64 --gic 3
tap_run "" boot a64-gicv2 arm64 --gic 2
tap_run "" boot a32 arm
tap_run "" boot t32 arm-thumb2
tap_done
