# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # srctree comes from tests/lib/tap.sh
# The platforms of scripts/platform.sh, as the tests see them (sourced after
# tests/lib/tap.sh).

# shellcheck source=scripts/platform.sh
. "$srctree/scripts/platform.sh"

# platform_has PLATFORM ARCH: whether the platform runs that architecture.
platform_has() {
	[[ " $(platform_arches "$1") " == *" $2 "* ]]
}

# platform_xen_series PLATFORM: "4.17", "4.20".
platform_xen_series() {
	series_of "$(pin "$(platform_release "$1")" XEN_VERSION)"
}

# xen_banner PLATFORM: a regex for the banner the platform's Xen prints at
# boot: its series, and debug=y on the debug platform only, so that a run
# on the wrong hypervisor fails.
xen_banner() {
	local series debug=n
	series=$(platform_xen_series "$1")
	[[ $1 == *-debug ]] && debug=y
	echo "^Xen version ${series//./\\.}\\.[^ ]* .* debug=$debug "
}

# guest_banner PLATFORM: a regex for the line in which the guest kernel
# prints the version it learnt from Xen.
guest_banner() {
	local series
	series=$(platform_xen_series "$1")
	echo "^xen: Xen version ${series//./\\.}\\."
}
