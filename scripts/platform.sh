# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# The platforms armxen is tested on (sourced, not run).  A platform is a
# hypervisor build and the Debian release whose dom0 kernel and toolstack
# run on it:
#
#   deb12        Debian 12's Xen 4.17 and Linux 6.1          arm64 armhf
#   deb12-debug  the same Xen source built with CONFIG_DEBUG=y,
#                under Debian 12's dom0                      arm64 armhf
#   deb13        Debian 13's Xen 4.20 and Linux 6.12         arm64
#
# Versions come from scripts/versions; this file says how a platform is put
# together from them and where scripts/setup leaves its parts.  The caller
# sets srctree; cache defaults to .cache (ARMXEN_CACHE moves it).

# shellcheck source=scripts/versions
. "$srctree/scripts/versions"
cache=${ARMXEN_CACHE:-$srctree/.cache}

PLATFORMS=(deb12 deb12-debug deb13)
# ARMXEN_PLATFORMS="deb12" narrows the tests and setup to some of them while
# working on one; CI and `make check` leave it unset and run them all.
if [ -n "${ARMXEN_PLATFORMS:-}" ]; then
	# shellcheck disable=SC2206 # a list of words
	PLATFORMS=($ARMXEN_PLATFORMS)
fi

# platform_arches PLATFORM: the Debian architectures it runs.
platform_arches() {
	case $1 in
	deb12|deb12-debug) echo arm64 armhf ;;
	deb13) echo arm64 ;;
	*) return 1 ;;
	esac
}

# platform_release PLATFORM: the Debian release it takes its packages from.
platform_release() {
	case $1 in
	deb12|deb12-debug) echo deb12 ;;
	deb13) echo deb13 ;;
	*) return 1 ;;
	esac
}

# release_suite RELEASE: Debian's name for it.
release_suite() {
	case $1 in
	deb12) echo bookworm ;;
	deb13) echo trixie ;;
	*) return 1 ;;
	esac
}

# pin_key RELEASE NAME: the scripts/versions key of a pin (DEB12_XEN_VERSION).
pin_key() {
	echo "$(echo "$1" | tr '[:lower:]' '[:upper:]')_$2"
}

# pin RELEASE NAME: the value of that key in scripts/versions.
pin() {
	local key
	key=$(pin_key "$1" "$2")
	[ -n "${!key:-}" ] || { echo "$key is missing from scripts/versions" >&2; return 1; }
	echo "${!key}"
}

# series_of VERSION: "4.17" of "4.17.5+72-g01140da4e8-1", "6.1" of "6.1.176-1".
series_of() {
	local rest=${1#*.}
	echo "${1%%.*}.${rest%%[!0-9]*}"
}

# release_root RELEASE ARCH: where that release's packages for ARCH are unpacked.
release_root() {
	echo "$cache/root/$1-$2"
}

# platform_xen PLATFORM ARCH: the hypervisor image scripts/setup leaves for it.
platform_xen() {
	echo "$cache/xen/$1/xen-$2"
}

# platform_select PLATFORM ARCH: set the variables that describe one
# platform on one architecture, or fail saying why.
#   platform  release  suite      root      (unpacked Debian packages)
#   flavour   kver     kernel     (the dom0 kernel: uname -r, image)
#   xen       (the hypervisor image)       xen_series   xen_bin (toolstack)
# shellcheck disable=SC2034 # used by the scripts that source this
platform_select() {
	local version
	platform=$1
	release=$(platform_release "$1") || { echo "unknown platform '$1' (${PLATFORMS[*]})" >&2; return 1; }
	[[ " $(platform_arches "$1") " == *" $2 "* ]] ||
		{ echo "platform $1 has no $2 (it runs: $(platform_arches "$1"))" >&2; return 1; }
	suite=$(release_suite "$release")
	root=$(release_root "$release" "$2")
	flavour=$(pin "$release" "FLAVOUR_$2") || return 1
	version=$(pin "$release" XEN_VERSION) || return 1
	xen_series=$(series_of "$version")
	xen_bin=/usr/lib/xen-$xen_series/bin
	xen=$(platform_xen "$1" "$2")
	# scripts/setup records which kernel it unpacked: the ABI name is looked
	# up in Debian's index from the pinned version.
	kver=$(cut -d" " -f2 "$root/.armxen-kver" 2>/dev/null) || kver=
	kernel=${kver:+$root/boot/vmlinuz-$kver}
}
