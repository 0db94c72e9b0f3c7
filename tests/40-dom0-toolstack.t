#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Debian's unmodified Xen toolstack on Debian's dom0 kernels, on every
# platform of scripts/platform.sh (Debian 12's arm64 and armhf, under its
# release and its debug Xen; Debian 13's arm64 under Xen 4.20), with
# Linux's own xen-privcmd.ko: the reference environment a replacement
# privcmd and the guest kernel's domUs are tested in.  scripts/dom0/run
# boots each and judges the console.

set -u
# shellcheck source=tests/lib/tap.sh
. "$(dirname "$0")/lib/tap.sh"
# shellcheck source=tests/lib/dom0.sh
. "$srctree/tests/lib/dom0.sh"
# shellcheck source=tests/lib/platform.sh
. "$srctree/tests/lib/platform.sh"

# Each boot has its own out/dom0-PLATFORM-ARCH; they run side by side.
for platform in "${PLATFORMS[@]}"; do
	for arch in $(platform_arches "$platform"); do
		tap_start "" dom0_run "$arch" --platform "$platform"
	done
done
tap_finish
tap_done
