# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2034,SC2154 # sourced: srctree from tap.sh, variables for the .t
#
# Shared by tests/50-privcmd-*.t (sourced after tests/lib/tap.sh): build
# the module and the test programs for a platform's dom0, and boot that
# dom0 with them.

# shellcheck source=tests/lib/dom0.sh
. "$srctree/tests/lib/dom0.sh"
# shellcheck source=tests/lib/platform.sh
. "$srctree/tests/lib/platform.sh"

# privcmd_kernels: "PLATFORM ARCH" for each distinct dom0 kernel (the
# debug platform boots Debian 12's, so it needs no build of its own).
privcmd_kernels() {
	local platform arch
	for platform in "${PLATFORMS[@]}"; do
		[ "$platform" = "$(platform_release "$platform")" ] || continue
		for arch in $(platform_arches "$platform"); do
			echo "$platform $arch"
		done
	done
}

# privcmd_build PLATFORM ARCH [--bench]: build the module; its path in $ko,
# what the build said in out/module/RELEASE-ARCH[-bench].log.
privcmd_build() {
	build_log=$srctree/out/module/$(platform_release "$1")-$2${3:+-bench}.log
	mkdir -p "$srctree/out/module"
	ko=$("$srctree/scripts/module/build" "$@" 2>"$build_log")
}

# privcmd_programs PLATFORM ARCH: build tests/privcmd/ into
# out/privcmd-tests/ARCH.  Always against Debian 12's libxen-dev and
# this machine's (Debian 12) cross libc: the same binaries run on Debian
# 13, whose Xen libraries keep the sonames and whose libc is newer, while
# linking against Debian 13's libraries would need its glibc 2.38.
privcmd_programs() {
	progs=$srctree/out/privcmd-tests/$2
	make -s -C "$srctree/tests/privcmd" ARCH="$2" ROOT="$(release_root deb12 "$2")" O="$progs"
}

# privcmd_adds: the scripts/dom0/run arguments that put what every
# privcmd test needs into the image (after privcmd_programs), in $adds.
privcmd_adds() {
	adds=(--add "$srctree/tests/privcmd/dom0-lib.sh:/usr/lib/armxen/privcmd-lib.sh"
	      --add "$progs/privcmd-test:/usr/lib/armxen/privcmd-test")
}

# stock_privcmd PLATFORM ARCH: Linux's own xen-privcmd.ko of that
# platform's dom0 kernel, uncompressed (busybox insmod reads no .xz), in
# out/module/; prints its path.
stock_privcmd() (
	local ko out
	platform_select "$1" "$2" || return
	ko=$(find "$root/lib/modules/$kver" "$root/usr/lib/modules/$kver" -name 'xen-privcmd.ko*' \
		2>/dev/null | head -n 1)
	[ -n "$ko" ] || return
	out=$srctree/out/module/$release-$2-linux-xen-privcmd.ko
	mkdir -p "${out%/*}"
	case $ko in
	*.xz) xz -dc "$ko" >"$out" ;;
	*) cp "$ko" "$out" ;;
	esac && echo "$out"
)
