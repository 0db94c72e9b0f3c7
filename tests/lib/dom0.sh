# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # srctree comes from tests/lib/tap.sh
# For the tests that boot Debian's dom0 (sourced after tests/lib/tap.sh).

# dom0_run ARCH [scripts/dom0/run option]...: its results, unnumbered, for
# tap_run.
dom0_run() {
	"$srctree/scripts/dom0/run" "$@" |
		sed -e '/^1\.\.[0-9]*$/d' -e 's/^\(not ok\|ok\) [0-9]* - /\1 /' -e 's/^# //'
	return "${PIPESTATUS[0]}"
}
