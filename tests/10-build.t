#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Every defconfig builds from scratch with -Werror (CONFIG_WERROR), and
# sparse has nothing to say about any C file of it.

set -u
. "$(dirname "$0")/lib/tap.sh"

for config in arm64 arm arm-thumb2; do
	obj=$srctree/out/check-$config
	rm -rf "$obj"
	if ! make -s -C "$srctree" O="$obj" "${config}_defconfig" >/dev/null; then
		tap_not_ok "$config: defconfig" "make ${config}_defconfig failed"
		continue
	fi
	if grep -q '^CONFIG_WERROR=y' "$obj/.config"; then
		tap_ok "$config: builds with -Werror enabled"
	else
		tap_not_ok "$config: builds with -Werror enabled" "CONFIG_WERROR is off"
	fi
	tap_check "$config: clean build" make -s -C "$srctree" O="$obj"
	# A second full build with sparse on every C file; any report fails.
	rm -rf "$obj"/{init,kernel,lib,drivers,arch}
	out=$(make -s -C "$srctree" O="$obj" C=1 2>&1)
	if [ $? = 0 ] && ! grep -qE 'warning:|error:' <<<"$out"; then
		tap_ok "$config: sparse reports nothing"
	else
		tap_not_ok "$config: sparse reports nothing"
		grep -E 'warning:|error:' <<<"$out" | head -n 20 | sed 's/^/# /'
	fi
done
tap_done
