#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The benchmark: Linux's xen-privcmd.ko against armxen's, in one arm64 and
# one armhf dom0 (tests/privcmd/dom0-bench.sh): the dom0 runs Linux's,
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

run_arch() {
	local arch=$1 adds=()
	if ! privcmd_build "$arch" --bench; then
		echo "not ok $arch: armxen-privcmd-bench.ko builds # see ${build_log#"$srctree"/}"
		return 1
	fi
	privcmd_programs "$arch" >&2 || { echo "not ok $arch: the test programs build"; return 1; }
	privcmd_adds "$arch"
	dom0_run "$arch" "${adds[@]}" \
		--add "$ko:/usr/lib/armxen/armxen-privcmd-bench.ko" \
		--add "$progs/privcmd-bench:/usr/lib/armxen/privcmd-bench" \
		--add "$srctree/tests/privcmd/dom0-bench.sh:/tests/60-privcmd-bench"
}

for arch in "${PRIVCMD_ARCHES[@]}"; do
	tap_run "" run_arch "$arch"
done
tap_done
