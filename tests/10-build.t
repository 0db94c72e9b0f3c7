#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Every defconfig builds from scratch with -Werror (CONFIG_WERROR), with
# its stubs and with inline hypercalls (CONFIG_XEN_HYPERCALL_INLINE), and
# sparse has nothing to say about any C file of either.

set -u
. "$(dirname "$0")/lib/tap.sh"
. "$srctree/tests/lib/kernel.sh"

for config in arm64 arm arm-thumb2 arm64:inline arm:inline arm-thumb2:inline; do
	opts=()
	case $config in
	*:inline) opts=(CONFIG_XEN_HYPERCALL_INLINE=y); config=${config%:inline}-inline ;;
	esac
	obj=$srctree/out/check-$config
	rm -rf "$obj"
	tap_check "$config: clean build" build "$obj" "${config%-inline}" "${opts[@]}"
	if grep -q '^CONFIG_WERROR=y' "$obj/.config" 2>/dev/null; then
		tap_ok "$config: builds with -Werror enabled"
	else
		tap_not_ok "$config: builds with -Werror enabled" "CONFIG_WERROR is off"
	fi
	# A second full build with sparse on every C file; any report fails.
	rm -rf "$obj"/{init,kernel,lib,drivers,arch}
	out=$(make -s -j"$(nproc)" -C "$srctree" O="$obj" C=1 2>&1)
	if [ $? = 0 ] && ! grep -qE 'warning:|error:' <<<"$out"; then
		tap_ok "$config: sparse reports nothing"
	else
		tap_not_ok "$config: sparse reports nothing"
		grep -E 'warning:|error:' <<<"$out" | head -n 20 | sed 's/^/# /'
	fi
done
tap_done
