#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Every defconfig builds from scratch with -Werror (CONFIG_WERROR), with
# its stubs and with inline hypercalls (CONFIG_XEN_HYPERCALL_INLINE), and
# sparse, run on each C file as the build compiles it, has nothing to say
# about any of them.

# test-lane: guest (scripts/test: the kernel trees are built once, by 10-build)

set -u
. "$(dirname "$0")/lib/tap.sh"
. "$srctree/tests/lib/kernel.sh"

for config in arm64 arm arm-thumb2 arm64:inline arm:inline arm-thumb2:inline; do
	opts=()
	case $config in
	*:inline) opts=(CONFIG_XEN_HYPERCALL_INLINE=y); config=${config%:inline}-inline ;;
	esac
	obj=$(obj_dir "${config%-inline}" "${opts[@]}")
	rm -rf "$obj"
	# One build from scratch, with sparse run on every C file it compiles:
	# the compiler's -Werror and sparse see the same sources once.  The
	# suites after this one boot the same trees' kernels (obj_dir).
	built=0
	if out=$(BUILD_FLAGS=C=1 build "$obj" "${config%-inline}" "${opts[@]}" 2>&1); then
		built=1
		tap_ok "$config: clean build"
	else
		tap_not_ok "$config: clean build" "exit status $?"
		printf '%s\n' "$out" | tail -n 20 | sed 's/^/# /'
	fi
	if grep -q '^CONFIG_WERROR=y' "$obj/.config" 2>/dev/null; then
		tap_ok "$config: builds with -Werror enabled"
	else
		tap_not_ok "$config: builds with -Werror enabled" "CONFIG_WERROR is off"
	fi
	if [ $built = 0 ]; then
		tap_not_ok "$config: sparse reports nothing" "the build did not finish"
	elif ! grep -qE 'warning:|error:' <<<"$out"; then
		tap_ok "$config: sparse reports nothing"
	else
		tap_not_ok "$config: sparse reports nothing"
		grep -E 'warning:|error:' <<<"$out" | head -n 20 | sed 's/^/# /'
	fi
done
tap_done
