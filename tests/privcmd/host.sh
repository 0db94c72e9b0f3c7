# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2034,SC2154 # sourced: srctree from tap.sh, variables for the .t
#
# Shared by tests/50-privcmd-*.t (sourced after tests/lib/tap.sh): build
# the module and the test programs for a dom0 architecture, and boot that
# dom0 with them.

# shellcheck source=tests/lib/dom0.sh
. "$srctree/tests/lib/dom0.sh"

PRIVCMD_ARCHES=(arm64 armhf)

# privcmd_build ARCH [--bench]: build the module; its path in $ko, what
# the build said in out/module/ARCH[-bench].log.
privcmd_build() {
	build_log=$srctree/out/module/$1${2:+-bench}.log
	mkdir -p "$srctree/out/module"
	ko=$("$srctree/scripts/module/build" "$@" 2>"$build_log")
}

# privcmd_programs ARCH: build tests/privcmd/ into out/privcmd-tests/ARCH.
privcmd_programs() {
	progs=$srctree/out/privcmd-tests/$1
	make -s -C "$srctree/tests/privcmd" ARCH="$1" ROOT="$srctree/.cache/root/$1" O="$progs"
}

# privcmd_adds ARCH: the scripts/dom0/run arguments that put what every
# privcmd test needs into the image, in the array $adds.
privcmd_adds() {
	adds=(--add "$srctree/tests/privcmd/dom0-lib.sh:/usr/lib/armxen/privcmd-lib.sh"
	      --add "$srctree/out/privcmd-tests/$1/privcmd-test:/usr/lib/armxen/privcmd-test")
}
