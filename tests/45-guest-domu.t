#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The reference dom0 and the guest kernel as a domU.  Each boot is Debian's
# dom0 with Linux's own xen-privcmd.ko and the unmodified toolstack
# (scripts/dom0/run): tests/dom0/toolstack.sh runs first, with nothing of
# ours in the domain yet (xenstored, xen-init-dom0, xenconsoled, xl
# info/list/vcpu-list/dmesg, xenstore, xl create/destroy of a tiny domU);
# that is the reference a replacement privcmd is measured against.  Then
# tests/dom0/guest-domu.sh has the unmodified `xl create` build a domain
# with 4 vCPUs (2 for a 32-bit one under the arm64 dom0) from each KTAP
# build of the kernel, and checks with `xl vcpu-list` that every one of
# them ran; it prints through the PV console ring to xenconsoled, runs
# its suites, then lingers until dom0 stops it with `xl shutdown` (the
# first domU) or `xl reboot` (the second) and stops with that reason
# (crashes at once when a case failed).  Beside each
# domU, tests/grant/gnt-peer (built here against Debian's libxen-dev)
# exchanges grants with its grant_map suite, and tests/grant/vchan-peer,
# a client through Debian's libxenvchan, streams through the channels
# its vchan suite serves.
# guest-domu.sh judges that from dom0 and copies each domU's console out,
# prefixed; scripts/ktap.py turns the copy into one result a
# KTAP case.  A domU that hangs, crashes or loses its console output fails
# "powered off" and "KTAP plan complete".
#
# One dom0 boot per platform (scripts/platform.sh) and architecture runs
# every guest of that architecture: Debian 12's dom0s under its release and
# its debug Xen, Debian 13's under Xen 4.20.

# test-lane: guest (scripts/test: after the suites before it, whose kernels it boots)

set -u
# shellcheck source=tests/lib/tap.sh
. "$(dirname "$0")/lib/tap.sh"
# shellcheck source=tests/lib/dom0.sh
. "$srctree/tests/lib/dom0.sh"
# shellcheck source=tests/lib/kernel.sh
. "$srctree/tests/lib/kernel.sh"
# shellcheck source=tests/lib/platform.sh
. "$srctree/tests/lib/platform.sh"

MARK=armxen-domu	# tests/dom0/guest-domu.sh prefixes lines "armxen-domu ISA| "
DOMU_DIR=/usr/share/armxen/domu
TIMEOUT=420		# seconds for one dom0 boot with all its guests (up to 4 vCPUs each)

# domu_kernels ARCH: the guests a dom0 of ARCH creates, as ISA:DEFCONFIG.
domu_kernels() {
	case $1 in
	arm64) echo a64:arm64 a32:arm ;;
	armhf) echo a32:arm t32:arm-thumb2 ;;
	esac
}

# stage_images ARCH DIR: build the guests, as DIR/ISA.img.
stage_images() {
	local spec isa image
	rm -rf "$2"
	mkdir -p "$2"
	for spec in $(domu_kernels "$1"); do
		isa=${spec%%:*}
		image=$(build "$(obj_dir "${spec#*:}")" "${spec#*:}") ||
			{ echo "kernel build of ${spec#*:}_defconfig failed"; return 1; }
		cp "$image" "$2/$isa.img"
	done
}

# stage_peer ARCH DIR: dom0's side of the grant and vchan exchanges
# (tests/grant/), as DIR/gnt-peer and DIR/vchan-peer.  Against Debian 12's
# libxen-dev and this machine's cross libc, as tests/privcmd/ is (host.sh,
# privcmd_programs): the same binaries run in Debian 13's dom0, whose
# libraries keep their sonames (libxenvchan's, which does not, is linked
# into vchan-peer).
stage_peer() {
	rm -f "$2/gnt-peer" "$2/vchan-peer"
	make -s -C "$srctree/tests/grant" ARCH="$1" ROOT="$(release_root deb12 "$1")" O="$2"
}

# stage PLATFORM ARCH: the run's guests, built before any boot starts
# (the boots go side by side and share the build trees).
stage() {
	local out=$srctree/out/domu-$1-$2
	# A console left over from an earlier run must not pass for this one.
	rm -f "$out/console.log"
	stage_images "$2" "$out/images" >&2 ||
		{ rm -rf "$out/images"; tap_not_ok "$1 $2: the domU kernels build"; }
	# Without them guest-domu.sh fails their results.
	stage_peer "$2" "$out" >&2 || tap_not_ok "$1 $2: tests/grant/gnt-peer and vchan-peer build"
}

# boot PLATFORM ARCH: the dom0 that creates them.
boot() {
	local out=$srctree/out/domu-$1-$2
	[ -d "$out/images" ] || return 0
	# The arm64 dom0 keeps scripts/dom0/run's 2 CPUs: a 32-bit domU gets
	# one vCPU per CPU there (tests/dom0/guest-domu.sh, domu_vcpus).
	local peer=() prog
	for prog in gnt-peer vchan-peer; do
		[ -x "$out/$prog" ] && peer+=(--add "$out/$prog:/usr/lib/armxen/$prog")
	done
	dom0_run "$2" --platform "$1" --out "$out" --timeout $TIMEOUT \
		--add "$out/images:$DOMU_DIR" \
		"${peer[@]}" \
		--add "$srctree/tests/dom0/guest-domu.sh:/tests/20-guest-domu" \
		--add "$srctree/tests/dom0/block-loop:/usr/lib/armxen/block-loop"
}

# results PLATFORM ARCH: one result a KTAP case, from the domUs' consoles.
results() {
	local platform=$1 arch=$2 out=$srctree/out/domu-$1-$2 spec isa
	for spec in $(domu_kernels "$arch"); do
		isa=${spec%%:*}
		tap_run "" "$srctree/scripts/ktap.py" --name "$platform $arch: $isa domU" \
			--prefix "$MARK $isa| " "$out/console.log"
	done
}

runs=()
for platform in "${PLATFORMS[@]}"; do
	for arch in $(platform_arches "$platform"); do
		runs+=("$platform $arch")
	done
done
for run in "${runs[@]}"; do
	# shellcheck disable=SC2086 # "PLATFORM ARCH"
	stage $run
done
for run in "${runs[@]}"; do
	# shellcheck disable=SC2086
	tap_start "" boot $run
done
tap_finish
for run in "${runs[@]}"; do
	# shellcheck disable=SC2086
	results $run
done
tap_done
