# SPDX-License-Identifier: GPL-2.0
#
# Shared by the scripts/dom0/ tools (sourced, not run): where things are
# and what each dom0 architecture is called by Debian, QEMU and binutils.
#
# The caller sets `prog` (for messages) before sourcing.

srctree=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=scripts/platform.sh
. "$srctree/scripts/platform.sh"

say() { printf '%s: %s\n' "${prog:?}" "$*" >&2; }
die() { printf '%s: error: %s\n' "${prog:?}" "$*" >&2; exit 1; }

# dom0_select PLATFORM ARCH: set the variables of scripts/platform.sh's
# platform_select (root, kver, kernel, xen, xen_series, xen_bin, ...) and
# what the architecture is called by binutils, QEMU and Linux, or die.
#   triplet   GNU multiarch triplet      cross        binutils/gcc prefix
#   qemu_user user-mode emulator          kernel_arch  Linux's ARCH=
#   dom0_arch the Debian architecture     label        "PLATFORM ARCH", for messages
# shellcheck disable=SC2034 # used by the scripts that source this
dom0_select() {
	case $2 in
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
		die "unknown architecture '$2' (want arm64 or armhf)"
		;;
	esac
	platform_select "$1" "$2" 2>/dev/null || die "$(platform_select "$1" "$2" 2>&1)"
	dom0_arch=$2
	label="$1 $2"
}

# need_cmd CMD...: die naming the first host command that is missing.
need_cmd() {
	local cmd
	for cmd; do
		command -v "$cmd" >/dev/null 2>&1 ||
			die "'$cmd' not found (scripts/setup installs it)"
	done
}
