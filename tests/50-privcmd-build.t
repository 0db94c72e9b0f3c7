#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# armxen's privcmd module builds against Debian's kernel headers for each
# dom0 architecture, both variants, silently and sparse-clean; it is the
# drop-in it claims to be (xen_privcmd_fops carries the symbol version
# xenfs.ko was built against); its only HVC instructions are armxen's
# stubs and it uses none of Linux's hypercall code; the bench variant
# exports nothing.  The user-space test programs build against Debian's
# libxen-dev.

set -u
# shellcheck source=tests/lib/tap.sh
. "$(dirname "$0")/lib/tap.sh"
# shellcheck source=tests/privcmd/host.sh
. "$srctree/tests/privcmd/host.sh"

# Linux's hypercall entry points and foreign-mapping helpers: never used.
LINUX_XEN_SYMBOLS='HYPERVISOR_|privcmd_call|xen_xlate_|xen_remap_|xen_unmap_domain'

# check_build ARCH [--bench]
check_build() {
	local arch=$1 what
	if ! privcmd_build "$@"; then
		tap_not_ok "$arch: the module${2:+ (bench variant)} builds" \
			"see ${build_log#"$srctree"/}"
		tail -n 20 "$build_log" | sed 's/^/# /'
		return 1
	fi
	what="$arch: ${ko#"$srctree"/} builds against Debian's headers with no warning"
	if grep -E 'warning:|error:' "$build_log" >/dev/null; then
		tap_not_ok "$what" "see ${build_log#"$srctree"/}"
		grep -E 'warning:|error:' "$build_log" | head -n 10 | sed 's/^/# /'
	else
		tap_ok "$what"
	fi
}

# sparse over the module's sources, with the kernel's own flags.
check_sparse() {
	local arch=$1 kdir out
	dom0_arch_vars "$arch"
	kdir=$("$srctree/scripts/dom0/prepare-kdir" "$arch")
	# C=2: every file, also those that need no compiling.
	out=$(make -s -C "$kdir" M="$(dirname "$ko")" ARCH="$kernel_arch" \
		CROSS_COMPILE="$cross" C=2 modules 2>&1 | grep -v 'Skipping BTF')
	if grep -qE 'warning:|error:' <<<"$out"; then
		tap_not_ok "$arch: sparse reports nothing"
		grep -E 'warning:|error:' <<<"$out" | head -n 10 | sed 's/^/# /'
	else
		tap_ok "$arch: sparse reports nothing"
	fi
}

dom0_arch_vars() {
	case $1 in
	arm64) kernel_arch=arm64 cross=aarch64-linux-gnu- flavour=arm64 ;;
	armhf) kernel_arch=arm cross=arm-linux-gnueabihf- flavour=armmp-lpae ;;
	esac
}

# xenfs.ko loads on the module only if the symbol versions agree.
check_crc() {
	local arch=$1 ours debian kdir
	. "$srctree/scripts/versions"
	ours=$(awk '$2 == "xen_privcmd_fops" { print $1 }' "$(dirname "$ko")/Module.symvers")
	kdir=$srctree/.cache/root/$arch/usr/src/linux-headers-$LINUX_ABI-$flavour
	debian=$(awk '$2 == "xen_privcmd_fops" { print $1 }' "$kdir/Module.symvers")
	if [ -n "$ours" ] && [ "$ours" = "$debian" ]; then
		tap_ok "$arch: xen_privcmd_fops has the symbol version of Debian's ($ours)"
	else
		tap_not_ok "$arch: xen_privcmd_fops has the symbol version of Debian's" \
			"${ours:-none} here, ${debian:-none} in Debian's Module.symvers"
	fi
}

check_symbols() {
	local arch=$1 used
	local what="$arch: uses none of Linux's hypercalls or foreign-mapping helpers"
	used=$("${cross}nm" -u "$ko" | awk '{ print $2 }' | grep -E "$LINUX_XEN_SYMBOLS" |
		tr '\n' ' ')
	if [ -z "$used" ]; then
		tap_ok "$what"
	else
		tap_not_ok "$what" "$used"
	fi
}

# Every HVC is in the object built from armxen's stubs, none elsewhere.
check_hvc() {
	local arch=$1 dir obj n stubs=0 strays=
	dir=$(dirname "$ko")
	for obj in "$dir"/privcmd-*.o; do
		n=$("${cross}objdump" -d "$obj" | grep -cw hvc)
		case $obj in
		*/privcmd-hypercall.o) stubs=$n ;;
		*) [ "$n" = 0 ] || strays="$strays ${obj##*/}:$n" ;;
		esac
	done
	if [ "$stubs" -gt 0 ] && [ -z "$strays" ]; then
		tap_ok "$arch: its $stubs HVC instructions are all armxen's stubs"
	else
		tap_not_ok "$arch: its HVC instructions are all armxen's stubs" \
			"${stubs} in the stubs,${strays:- none} elsewhere"
	fi
}

check_bench_exports() {
	local arch=$1
	if [ ! -s "$(dirname "$ko")/Module.symvers" ] &&
		! "${cross}nm" "$ko" | grep -q __ksymtab; then
		tap_ok "$arch: the bench variant exports nothing"
	else
		tap_not_ok "$arch: the bench variant exports nothing" "it exports symbols"
	fi
}

for arch in "${PRIVCMD_ARCHES[@]}"; do
	dom0_arch_vars "$arch"
	if check_build "$arch"; then
		check_crc "$arch"
		check_symbols "$arch"
		check_hvc "$arch"
		check_sparse "$arch"
	fi
	check_build "$arch" --bench && check_bench_exports "$arch"
	tap_check "$arch: the test programs build against Debian's libxen-dev" \
		privcmd_programs "$arch"
done
tap_done
