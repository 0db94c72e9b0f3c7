#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The guest kernel under the real hypervisor, on every platform of
# scripts/platform.sh (Debian 12's Xen 4.17, its debug build, Debian 13's
# Xen 4.20): each configuration boots as dom0 in QEMU, runs its KTAP suites
# against Xen and powers off; built with every hypercall inlined, the same;
# built without the suites, it must still come up and power off.  scripts/run-xen turns the console into results; the
# banner checks prove which hypervisor it was.

set -u
. "$(dirname "$0")/lib/tap.sh"
. "$srctree/tests/lib/kernel.sh"
. "$srctree/tests/lib/platform.sh"

# boot PLATFORM NAME CONFIG [CONFIG_x=y...] [run-xen options]: the
# defconfig, with options changed (built in a tree of its own), as dom0.
boot() {
	local platform=$1 short=$2 name="$1 $2" config=$3 obj image opts=()
	shift 3
	while [[ ${1:-} == CONFIG_* ]]; do
		opts+=("$1")
		shift
	done
	obj=$srctree/out/$config
	[ ${#opts[@]} = 0 ] || obj=$obj$(printf -- '-%s' "${opts[@],,}" | sed 's/config_//g')
	image=$(build "$obj" "$config" ${opts[@]+"${opts[@]}"}) ||
		{ echo "not ok $name: kernel build failed"; return 1; }
	"$srctree/scripts/run-xen" "$image" --platform "$platform" --name "$name" --timeout 120 \
		--log "$srctree/out/test-logs/xen-$platform-$short.console" \
		--expect "$(xen_banner "$platform")" --expect "$(guest_banner "$platform")" "$@"
}

# The kernel as an embedded user would build it, without the test suites:
# it takes the FIFO event ABI at init (the KTAP build stays on 2-level and
# switches at run time) and powers off cleanly.
boot_plain() {	# boot_plain PLATFORM NAME CONFIG [run-xen options]
	local platform=$1 short=$2 name="$1 $2" config=$3 image
	shift 3
	image=$(build "$srctree/out/plain-$config" "$config" CONFIG_KTAP=n) ||
		{ echo "not ok $name: kernel build without CONFIG_KTAP failed"; return 1; }
	"$srctree/scripts/run-xen" "$image" --platform "$platform" --name "$name" --timeout 120 \
		--no-ktap --log "$srctree/out/test-logs/xen-$platform-$short.console" \
		--expect "$(xen_banner "$platform")" --expect "$(guest_banner "$platform")" \
		--expect "events: using the FIFO ABI" --expect "armxen: powering off" "$@"
}

# Every HYPERVISOR_* inlined at its call sites instead of calling the
# stubs (include/xen/arm/hypercall.h says why the stubs are the default).
INLINE=CONFIG_XEN_HYPERCALL_INLINE=y

mkdir -p "$srctree/out/test-logs"
for platform in "${PLATFORMS[@]}"; do
	if platform_has "$platform" arm64; then
		tap_run "" boot "$platform" a64-gicv3 arm64 --gic 3
		tap_run "" boot "$platform" a64-gicv2 arm64 --gic 2
		tap_run "" boot "$platform" a64-inline arm64 $INLINE --gic 3
		tap_run "" boot_plain "$platform" a64-plain arm64
	fi
	if platform_has "$platform" armhf; then
		tap_run "" boot "$platform" a32 arm
		tap_run "" boot "$platform" t32 arm-thumb2
		tap_run "" boot "$platform" a32-inline arm $INLINE
		tap_run "" boot "$platform" t32-inline arm-thumb2 $INLINE
		tap_run "" boot_plain "$platform" a32-plain arm
		tap_run "" boot_plain "$platform" t32-plain arm-thumb2
	fi
done
tap_done
