#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The guest kernel under the real hypervisor, on every platform of
# scripts/platform.sh (Debian 12's Xen 4.17, its debug build, Debian 13's
# Xen 4.20): each configuration boots as dom0 in QEMU, runs its KTAP suites
# against Xen and powers off; built with every hypercall inlined, the same;
# built without the suites, it must still come up and power off.
# scripts/run-xen turns the console into results; the banner checks prove
# which hypervisor it was.  dom0 gets 4 vCPUs on 4 QEMU CPUs, except in one
# boot per hypervisor binary, which keeps the uniprocessor path tested (its
# SMP cases skip, saying why).

# test-lane: guest (scripts/test: after the suites before it, whose kernels it boots)

set -u
. "$(dirname "$0")/lib/tap.sh"
. "$srctree/tests/lib/kernel.sh"
. "$srctree/tests/lib/platform.sh"

# built_image OBJ: the image build_all left in OBJ.
built_image() {
	local image=$1/Image
	[ -f "$image" ] || image=$1/zImage
	[ -f "$image" ] && echo "$image"
}

# boot PLATFORM NAME CONFIG [CONFIG_x=y...] [run-xen options]: the
# defconfig, with options changed (built by build_all in a tree of its
# own), as dom0.
boot() {
	local platform=$1 short=$2 name="$1 $2" config=$3 obj image opts=()
	shift 3
	while [[ ${1:-} == CONFIG_* ]]; do
		opts+=("$1")
		shift
	done
	obj=$(obj_dir "$config" ${opts[@]+"${opts[@]}"})
	image=$(built_image "$obj") || { echo "not ok $name: no kernel image in $obj"; return 1; }
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
	image=$(built_image "$(obj_dir "$config" $PLAIN)") ||
		{ echo "not ok $name: no kernel image in $(obj_dir "$config" $PLAIN)"; return 1; }
	"$srctree/scripts/run-xen" "$image" --platform "$platform" --name "$name" --timeout 120 \
		--no-ktap --log "$srctree/out/test-logs/xen-$platform-$short.console" \
		--expect "$(xen_banner "$platform")" --expect "$(guest_banner "$platform")" \
		--expect "events: using the FIFO ABI" --expect "armxen: powering off" \
		--smp 4 --expect "smp: 4 of 4 CPUs online" "$@"
}

# Every HYPERVISOR_* inlined at its call sites instead of calling the
# stubs (include/xen/arm/hypercall.h says why the stubs are the default).
INLINE=CONFIG_XEN_HYPERCALL_INLINE=y
PLAIN=CONFIG_KTAP=n

# Every image is built before the boots start: they go side by side, and
# several boot the same image.  The trees are obj_dir's, which 10-build
# has built already in a whole run; here they are only brought up to date.
build_all() {
	local config
	for config in arm64 arm arm-thumb2; do
		build_one "$config"
		build_one "$config" $INLINE
		build_one "$config" $PLAIN
	done
}

# build_one CONFIG [CONFIG_x=y...]: a failed build leaves no image to boot.
build_one() {
	local obj
	obj=$(obj_dir "$@")
	build "$obj" "$@" >/dev/null && return 0
	rm -f "$obj/Image" "$obj/zImage"
	echo "not ok ${obj#"$srctree"/}: $* builds"
}

mkdir -p "$srctree/out/test-logs"
tap_run "" build_all
for platform in "${PLATFORMS[@]}"; do
	if platform_has "$platform" arm64; then
		tap_start "" boot "$platform" a64-gicv3 arm64 --gic 3 --smp 4
		tap_start "" boot "$platform" a64-gicv2 arm64 --gic 2 --smp 4
		tap_start "" boot "$platform" a64-inline-up arm64 $INLINE --gic 3 --smp 1 \
			--expect "smp: 1 of 1 CPUs online"
		tap_start "" boot_plain "$platform" a64-plain arm64
	fi
	if platform_has "$platform" armhf; then
		tap_start "" boot "$platform" a32 arm --smp 4
		tap_start "" boot "$platform" t32 arm-thumb2 --smp 4
		tap_start "" boot "$platform" a32-inline arm $INLINE --smp 4
		tap_start "" boot "$platform" t32-inline-up arm-thumb2 $INLINE --smp 1 \
			--expect "smp: 1 of 1 CPUs online"
		tap_start "" boot_plain "$platform" a32-plain arm
		tap_start "" boot_plain "$platform" t32-plain arm-thumb2
	fi
done
tap_finish
tap_done
