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
# shellcheck source=tests/lib/dom0.sh
. "$srctree/tests/lib/dom0.sh"

tap_run "" dom0_run arm64
tap_run "" dom0_run armhf
tap_done
