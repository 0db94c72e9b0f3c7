# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # srctree comes from tests/lib/tap.sh
# For the tests that boot Debian's dom0 (sourced after tests/lib/tap.sh).

# dom0_run ARCH [scripts/dom0/run option]...: its results, unnumbered, for
# tap_run; a run that reports nothing at all is a failure.
dom0_run() {
	"$srctree/scripts/dom0/run" "$@" | awk -v arch="$*" '
		/^1\.\.[0-9]+$/ { next }
		/^(not )?ok [0-9]+ - / { sub(/ [0-9]+ - /, " "); results++ }
		{ sub(/^# /, ""); print; fflush() }
		END { if (!results) print "not ok " arch ": scripts/dom0/run reported nothing" }'
	return "${PIPESTATUS[0]}"
}
