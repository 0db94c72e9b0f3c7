#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The guest kernel under the real hypervisor: each configuration boots as
# dom0 under Debian's Xen in QEMU, runs its KTAP suites against Xen and
# powers off; built without the suites, it must still come up and power
# off.  scripts/run-xen turns the console into results.

set -u
. "$(dirname "$0")/lib/tap.sh"
. "$srctree/tests/lib/kernel.sh"
. "$srctree/scripts/versions"

# Xen's own banner must match the version scripts/versions pins.
expect="xen: Xen version ${XEN_SERIES//./\\.}\\."

boot() {	# boot NAME CONFIG [run-xen options]
	local name=$1 config=$2 image
	shift 2
	image=$(build "$srctree/out/$config" "$config") ||
		{ echo "not ok $name: kernel build failed"; return 1; }
	"$srctree/scripts/run-xen" "$image" --name "$name" --timeout 120 \
		--log "$srctree/out/test-logs/xen-$name.console" --expect "$expect" "$@"
}

# The kernel as an embedded user would build it, without the test suites:
# it takes the FIFO event ABI at init (the KTAP build stays on 2-level and
# switches at run time) and powers off cleanly.
boot_plain() {	# boot_plain NAME CONFIG [run-xen options]
	local name=$1 config=$2 image
	shift 2
	image=$(build "$srctree/out/plain-$config" "$config" CONFIG_KTAP=n) ||
		{ echo "not ok $name: kernel build without CONFIG_KTAP failed"; return 1; }
	"$srctree/scripts/run-xen" "$image" --name "$name" --timeout 120 --no-ktap \
		--log "$srctree/out/test-logs/xen-$name.console" --expect "$expect" \
		--expect "events: using the FIFO ABI" --expect "armxen: powering off" "$@"
}

mkdir -p "$srctree/out/test-logs"
tap_run "" boot a64-gicv3 arm64 --gic 3
tap_run "" boot a64-gicv2 arm64 --gic 2
tap_run "" boot a32 arm
tap_run "" boot t32 arm-thumb2
tap_run "" boot_plain a64-plain arm64
tap_run "" boot_plain a32-plain arm
tap_run "" boot_plain t32-plain arm-thumb2
tap_done
