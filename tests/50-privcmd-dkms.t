#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# armxen's privcmd module installs the way distributions install
# out-of-tree modules: `dkms add` and `dkms build` of the tree
# scripts/module/dkms-tree makes (drivers/xen/privcmd/dkms.conf), for
# Debian 13's pinned kernel, cross-built here with the compiler that kernel
# names; the module DKMS keeps is for that kernel.  DKMS's own state stays
# under out/dkms (--sourcetree, --dkmstree).  Skipped without dkms.

# test-lane: privcmd (scripts/test: after the suites before it, whose modules it uses)

set -u
# shellcheck source=tests/lib/tap.sh
. "$(dirname "$0")/lib/tap.sh"
# shellcheck source=tests/privcmd/host.sh
. "$srctree/tests/privcmd/host.sh"

dkms_dir=$srctree/out/dkms

# dkms_build PLATFORM ARCH: dkms build for that platform's kernel.
dkms_build() {
	local platform=$1 arch=$2 kdir cc cross host_bin ko log
	platform_select "$platform" "$arch"
	case $arch in
	arm64) cross=aarch64-linux-gnu- karch=arm64 ;;
	armhf) cross=arm-linux-gnueabihf- karch=arm ;;
	esac
	kdir=$("$srctree/scripts/dom0/prepare-kdir" "$platform" "$arch") || return 1
	cc=$(sed -n 's/^CONFIG_CC_VERSION_TEXT="\([^ ]*\) .*/\1/p' "$kdir/.config")
	[[ $cc == "$cross"* ]] || cc=$cross$cc
	host_bin=$(release_root "$release" amd64)/usr/bin
	log=$dkms_dir/build-$kver.log
	PATH=$host_bin:$PATH ARMXEN_DKMS_MAKEFLAGS="ARCH=$karch CROSS_COMPILE=$cross CC=$cc" \
		dkms build -m armxen-privcmd -v "$version" -k "$kver" --kernelsourcedir "$kdir" \
		--sourcetree "$dkms_dir/src" --dkmstree "$dkms_dir/tree" >"$log" 2>&1 ||
		{ tap_not_ok "dkms build for $kver" "see ${log#"$srctree"/}"; return 1; }
	ko=$(find "$dkms_dir/tree/armxen-privcmd/$version/$kver" -name armxen-privcmd.ko | head -n 1)
	if [ -n "$ko" ] && modinfo -F vermagic "$ko" | grep -q "^$kver "; then
		tap_ok "dkms build for $kver: armxen-privcmd.ko, vermagic $kver"
	else
		tap_not_ok "dkms build for $kver" "no module for $kver in ${dkms_dir#"$srctree"/}/tree"
	fi
}

if ! command -v dkms >/dev/null; then
	echo "ok 1 - dkms build # SKIP dkms is not installed"
	echo "1..1"
	exit 0
fi
rm -rf "$dkms_dir"
mkdir -p "$dkms_dir/src" "$dkms_dir/tree"
version=$("$srctree/scripts/module/dkms-tree" "$dkms_dir/src")
tap_check "dkms add armxen-privcmd/$version" \
	dkms add -m armxen-privcmd -v "$version" --sourcetree "$dkms_dir/src" --dkmstree "$dkms_dir/tree"
# One pinned kernel, the newest (its build is the one with the most parts:
# Debian 13's own compiler and kbuild); scripts/module/build and
# tests/50-privcmd-build.t cover the others.
dkms_build deb13 arm64
tap_done
