# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # srctree comes from tests/lib/tap.sh
# Building the guest kernel for the tests that boot it (sourced after
# tests/lib/tap.sh, which sets srctree).

# build OBJ CONFIG [CONFIG_x=y|n ...]: the kernel of a defconfig, with options
# changed; prints the image's path.  BUILD_FLAGS, if set, go to the make
# that compiles (C=1 runs sparse on each C file as it is compiled).
build() {
	local obj=$1 config=$2 opt image
	shift 2
	make -s -C "$srctree" O="$obj" "${config}_defconfig" >/dev/null || return
	for opt; do
		sed -i -e "/^${opt%=*}=/d" -e "/^# ${opt%=*} is not set/d" "$obj/.config"
		echo "$opt" >>"$obj/.config"
	done
	make -s -C "$srctree" O="$obj" olddefconfig >/dev/null || return
	for opt; do
		case $opt in
		*=n) ! grep -q "^${opt%=*}=" "$obj/.config" ;;
		*) grep -qx "$opt" "$obj/.config" ;;
		esac || { echo "$opt did not stick" >&2; return 1; }
	done
	# shellcheck disable=SC2086 # BUILD_FLAGS is a list of make arguments
	make -s -j"$(nproc)" -C "$srctree" O="$obj" ${BUILD_FLAGS:-} >/dev/null || return
	image=$obj/Image
	[ -f "$image" ] || image=$obj/zImage
	echo "$image"
}
