#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Debian's unmodified Xen toolstack on Debian's dom0 kernels, arm64 and
# armhf, under Debian's Xen in QEMU, with Linux's own xen-privcmd.ko: the
# environment a replacement privcmd is tested in (scripts/dom0/run
# --privcmd).  scripts/dom0/run boots each and judges the console.

set -u
# shellcheck source=tests/lib/tap.sh
. "$(dirname "$0")/lib/tap.sh"

# dom0_run ARCH: scripts/dom0/run's results, unnumbered, for tap_run.
dom0_run() {
	"$srctree/scripts/dom0/run" "$1" |
		sed -e '/^1\.\.[0-9]*$/d' -e 's/^\(not ok\|ok\) [0-9]* - /\1 /' -e 's/^# //'
	return "${PIPESTATUS[0]}"
}

tap_run "" dom0_run arm64
tap_run "" dom0_run armhf
tap_done
