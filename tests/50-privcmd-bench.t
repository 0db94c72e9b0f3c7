#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The benchmark: Linux's xen-privcmd.ko against armxen's, in the dom0 of
# each Debian kernel (Debian 12's arm64 and armhf, Debian 13's arm64;
# tests/privcmd/dom0-bench.sh): the dom0 runs Linux's module,
# armxen-privcmd-bench.ko loads beside it, and tests/privcmd/privcmd-bench
# times IOCTL_PRIVCMD_HYPERCALL and mapping plus unmapping 8192 foreign
# frames through each.  The figures and armxen/Linux ratios are printed as
# TAP results, with whether the issue's targets were met; a result fails
# only when its figure was not measured (timing is never a verdict).

set -u
# shellcheck source=tests/lib/tap.sh
. "$(dirname "$0")/lib/tap.sh"
# shellcheck source=tests/privcmd/host.sh
. "$srctree/tests/privcmd/host.sh"

# run_platform PLATFORM ARCH
run_platform() {
	local platform=$1 arch=$2 adds=()
	if ! privcmd_build "$platform" "$arch" --bench; then
		echo "not ok $platform $arch: armxen-privcmd-bench.ko builds # see ${build_log#"$srctree"/}"
		return 1
	fi
	privcmd_programs "$platform" "$arch" >&2 ||
		{ echo "not ok $platform $arch: the test programs build"; return 1; }
	privcmd_adds
	dom0_run "$arch" --platform "$platform" "${adds[@]}" \
		--add "$ko:/usr/lib/armxen/armxen-privcmd-bench.ko" \
		--add "$progs/privcmd-bench:/usr/lib/armxen/privcmd-bench" \
		--add "$srctree/tests/privcmd/dom0-bench.sh:/tests/60-privcmd-bench"
}

# One dom0 per Debian kernel, under its release Xen.
while read -r platform arch; do
	tap_run "" run_platform "$platform" "$arch"
done < <(privcmd_kernels)
tap_done
