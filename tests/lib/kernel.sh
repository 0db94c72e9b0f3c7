# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash disable=SC2154 # srctree comes from tests/lib/tap.sh
# Building the guest kernel for the tests that boot it (sourced after
# tests/lib/tap.sh, which sets srctree).

# obj_dir CONFIG [CONFIG_x=y|n ...]: the build tree of a defconfig with
# options changed, the same in every suite so that the kernels one builds
# serve the next: out/CONFIG, plus -x=y for each option
# (out/arm64-xen_hypercall_inline=y).
obj_dir() {
	local dir=$srctree/out/$1 opt
	shift
	for opt; do
		opt=${opt,,}
		dir=$dir-${opt#config_}
	done
	echo "$dir"
}

# build_config OBJ CONFIG [CONFIG_x=y|n ...]: OBJ/.config for the defconfig
# with the options changed.  It is worked out in a scratch tree and OBJ's
# is replaced only when it differs: the headers follow .config, so even a
# passing change (the defconfig without the options, then with them) would
# rebuild the whole tree, and the suites build each tree several times.
build_config() {
	local obj=$1 config=$2 scratch opt rc=0
	shift 2
	scratch=$(mktemp -d) || return
	make -s -C "$srctree" O="$scratch" "${config}_defconfig" >/dev/null || rc=1
	for opt; do
		[ $rc = 0 ] || break
		sed -i -e "/^${opt%=*}=/d" -e "/^# ${opt%=*} is not set/d" "$scratch/.config"
		echo "$opt" >>"$scratch/.config"
	done
	[ $rc != 0 ] || make -s -C "$srctree" O="$scratch" olddefconfig >/dev/null || rc=1
	for opt; do
		[ $rc = 0 ] || break
		case $opt in
		*=n) ! grep -q "^${opt%=*}=" "$scratch/.config" ;;
		*) grep -qx "$opt" "$scratch/.config" ;;
		esac || { echo "$opt did not stick" >&2; rc=1; }
	done
	if [ $rc = 0 ]; then
		mkdir -p "$obj"
		cmp -s "$scratch/.config" "$obj/.config" || cp "$scratch/.config" "$obj/.config"
	fi
	rm -rf "$scratch"
	return $rc
}

# build OBJ CONFIG [CONFIG_x=y|n ...]: the kernel of a defconfig, with options
# changed; prints the image's path.  BUILD_FLAGS, if set, go to the make
# that compiles (C=1 runs sparse on each C file as it is compiled).
build() {
	local obj=$1 config=$2 image
	shift 2
	build_config "$obj" "$config" "$@" || return
	# shellcheck disable=SC2086 # BUILD_FLAGS is a list of make arguments
	make -s -j"$(nproc)" -C "$srctree" O="$obj" ${BUILD_FLAGS:-} >/dev/null || return
	image=$obj/Image
	[ -f "$image" ] || image=$obj/zImage
	echo "$image"
}
