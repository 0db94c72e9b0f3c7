# SPDX-License-Identifier: GPL-2.0
#
# Shared by the scripts/dom0/ tools (sourced, not run): where things are
# and what each dom0 architecture is called by Debian, QEMU and binutils.
#
# The caller sets `prog` (for messages) before sourcing.

srctree=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=scripts/versions
. "$srctree/scripts/versions"

cache=${ARMXEN_CACHE:-$srctree/.cache}

say() { printf '%s: %s\n' "${prog:?}" "$*" >&2; }
die() { printf '%s: error: %s\n' "${prog:?}" "$*" >&2; exit 1; }

# dom0_arch ARCH: set the per-architecture variables, or die.
#   root      unpacked Debian packages     triplet     GNU multiarch triplet
#   flavour   Debian kernel flavour        cross       binutils/gcc prefix
#   kver      kernel release (uname -r)    kernel_arch Linux's ARCH=
#   kernel    dom0 kernel image            qemu_user   user-mode emulator
#   xen       Xen image                    xen_bin     the toolstack's bin dir
# shellcheck disable=SC2034 # used by the scripts that source this
dom0_arch() {
	local flavour_var
	case $1 in
	arm64)
		triplet=aarch64-linux-gnu
		cross=aarch64-linux-gnu-
		qemu_user=qemu-aarch64
		kernel_arch=arm64
		;;
	armhf)
		triplet=arm-linux-gnueabihf
		cross=arm-linux-gnueabihf-
		qemu_user=qemu-arm
		kernel_arch=arm
		;;
	*)
		die "unknown architecture '$1' (want arm64 or armhf)"
		;;
	esac
	flavour_var=LINUX_FLAVOUR_$1
	flavour=${!flavour_var:?"$flavour_var is missing from scripts/versions"}
	dom0_arch=$1
	root=$cache/root/$1
	kver=$LINUX_ABI-$flavour
	kernel=$root/boot/vmlinuz-$kver
	xen=$root/boot/xen-$XEN_SERIES-$1
	xen_bin=/usr/lib/xen-$XEN_SERIES/bin
}

# need_cmd CMD...: die naming the first host command that is missing.
need_cmd() {
	local cmd
	for cmd; do
		command -v "$cmd" >/dev/null 2>&1 ||
			die "'$cmd' not found (scripts/setup installs it)"
	done
}
