#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# armxen's privcmd module builds against the headers of each Debian dom0
# kernel (Debian 12's arm64 and armhf 6.1, Debian 13's arm64 6.12), both
# variants, silently and sparse-clean; it is the
# drop-in it claims to be (xen_privcmd_fops carries the symbol version
# xenfs.ko was built against); its only HVC instructions are armxen's
# stubs and it uses none of Linux's hypercall code; the bench variant
# exports nothing.  The user-space test programs build against Debian's
# libxen-dev.

# test-lane: privcmd (scripts/test: the suites after it use the modules it builds)

set -u
# shellcheck source=tests/lib/tap.sh
. "$(dirname "$0")/lib/tap.sh"
# shellcheck source=tests/privcmd/host.sh
. "$srctree/tests/privcmd/host.sh"

# Linux's hypercall entry points and foreign-mapping helpers: never used.
LINUX_XEN_SYMBOLS='HYPERVISOR_|privcmd_call|xen_xlate_|xen_remap_|xen_unmap_domain'

# check_build PLATFORM ARCH [--bench]: as "$kernel: ..." (the kernel's release).
check_build() {
	local what
	if ! privcmd_build "$@"; then
		tap_not_ok "$kernel: the module${3:+ (bench variant)} builds" \
			"see ${build_log#"$srctree"/}"
		tail -n 20 "$build_log" | sed 's/^/# /'
		return 1
	fi
	what="$kernel: ${ko#"$srctree"/} builds against Debian's headers with no warning"
	if grep -E 'warning:|error:' "$build_log" >/dev/null; then
		tap_not_ok "$what" "see ${build_log#"$srctree"/}"
		grep -E 'warning:|error:' "$build_log" | head -n 10 | sed 's/^/# /'
	else
		tap_ok "$what"
	fi
}

# sparse over the module's sources, with the kernel's own flags.
check_sparse() {
	local out
	out=$("$srctree/scripts/module/build" "$platform" "$arch" --sparse 2>&1 >/dev/null |
		grep -v 'Skipping BTF')
	if grep -qE 'warning:|error:' <<<"$out"; then
		tap_not_ok "$kernel: sparse reports nothing"
		grep -E 'warning:|error:' <<<"$out" | head -n 10 | sed 's/^/# /'
	else
		tap_ok "$kernel: sparse reports nothing"
	fi
}

# xenfs.ko loads on the module only if the symbol versions agree.
check_crc() {
	local ours debian kdir
	ours=$(awk '$2 == "xen_privcmd_fops" { print $1 }' "$(dirname "$ko")/Module.symvers")
	kdir=$(release_root "$(platform_release "$platform")" "$arch")/usr/src/linux-headers-$kver
	debian=$(awk '$2 == "xen_privcmd_fops" { print $1 }' "$kdir/Module.symvers")
	if [ -n "$ours" ] && [ "$ours" = "$debian" ]; then
		tap_ok "$kernel: xen_privcmd_fops has the symbol version of Debian's ($ours)"
	else
		tap_not_ok "$kernel: xen_privcmd_fops has the symbol version of Debian's" \
			"${ours:-none} here, ${debian:-none} in Debian's Module.symvers"
	fi
}

check_symbols() {
	local used
	local what="$kernel: uses none of Linux's hypercalls or foreign-mapping helpers"
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
	local dir obj n stubs=0 strays=
	dir=$(dirname "$ko")
	for obj in "$dir"/privcmd-*.o; do
		n=$("${cross}objdump" -d "$obj" | grep -cw hvc)
		case $obj in
		*/privcmd-hypercall.o) stubs=$n ;;
		*) [ "$n" = 0 ] || strays="$strays ${obj##*/}:$n" ;;
		esac
	done
	if [ "$stubs" -gt 0 ] && [ -z "$strays" ]; then
		tap_ok "$kernel: its $stubs HVC instructions are all armxen's stubs"
	else
		tap_not_ok "$kernel: its HVC instructions are all armxen's stubs" \
			"${stubs} in the stubs,${strays:- none} elsewhere"
	fi
}

check_bench_exports() {
	if [ ! -s "$(dirname "$ko")/Module.symvers" ] &&
		! "${cross}nm" "$ko" | grep -q __ksymtab; then
		tap_ok "$kernel: the bench variant exports nothing"
	else
		tap_not_ok "$kernel: the bench variant exports nothing" "it exports symbols"
	fi
}

# Each distinct Debian kernel, named by its release ($kver of platform_select).
while read -r platform arch; do
	platform_select "$platform" "$arch"
	case $arch in
	arm64) cross=aarch64-linux-gnu- ;;
	armhf) cross=arm-linux-gnueabihf- ;;
	esac
	kernel=$kver
	if check_build "$platform" "$arch"; then
		check_crc
		check_symbols
		check_hvc
		check_sparse
	fi
	check_build "$platform" "$arch" --bench && check_bench_exports
done < <(privcmd_kernels)
for arch in $(platform_arches deb12); do
	tap_check "$arch: the test programs build against Debian 12's libxen-dev" \
		privcmd_programs deb12 "$arch"
done
tap_done
