#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The dom0 half of scripts/blk-bench: one disk, one backend, two domUs in
# turn, as many passes as $DIR/passes says (Linux's, then armxen's, in
# each), so that a spell of a slow host does not fall on one side only.  The disk is a file in dom0's RAM behind a loop device, served by
# Linux's xen-blkback (which /init loaded) through tests/dom0/block-loop
# (libxl's own block script needs bash).  Each domU gets it as xvda, runs its benchmark and
# powers off:
#
#   linux   Debian's kernel (this dom0's) with Linux's xen-blkfront and
#           tests/blk-bench/blk-bench, O_DIRECT, from a tiny initramfs
#   armxen  the guest kernel built with CONFIG_XEN_BLK_BENCH
#
# Only those whose images scripts/blk-bench put into $DIR are created.
# While each one's frontend is connected, the backend's and the frontend's
# xenstore directories are printed ("blk-bench-xs NAME PATH = VALUE", as
# xenstore-ls -f shows them): what the two sides negotiated.  Then the
# domU's console, prefixed "blk-bench NAME.PASS| ", from which scripts/blk-bench
# reads the figures.  TAP results say only whether each domU ran and
# powered off and whether its console holds the figures: timing is never
# a verdict here.
# Two domUs a pass that boot and run three measurements under QEMU, at
# most scripts/blk-bench's --passes 5:
# dom0-test-timeout: 2000

. /etc/armxen/dom0.conf

DIR=/usr/lib/armxen/blk-bench
BLK_SCRIPT=/usr/lib/armxen/block-loop
DISK=/tmp/blk-bench.img
VDEV=51712		# xvda: Xen's vbd number for major 202, minor 0
CMD_TIMEOUT=60		# seconds, any one command
CONNECT_WAIT=240	# seconds for a domU's frontend to connect
DOMU_WAIT=900		# seconds for a domU to finish its benchmark
GONE_WAIT=15		# seconds for a destroyed domU to vanish
QUIET_WAIT=20		# tenths of a second its console log must stay still

. /usr/lib/armxen/tap-lib.sh
. /usr/lib/armxen/xl-lib.sh

# setup_disk: $DISK_MB MiB of zeros behind a loop device, in $loop.
setup_disk() {
	local mb
	mb=$(cat $DIR/disk-mb)
	run dd if=/dev/zero of=$DISK bs=1M count="$mb" || return
	run losetup -f || return
	loop=$out
	run losetup "$loop" $DISK || return
	out="$mb MiB on $loop"
}

teardown_disk() {
	losetup -d "$loop" 2>/dev/null
	rm -f $DISK
}

# wait_connected DOMID: the frontend reached XenbusStateConnected (4).
wait_connected() {
	local end=$(($(date +%s) + CONNECT_WAIT)) st
	while :; do
		st=$(xenstore-read "/local/domain/$1/device/vbd/$VDEV/state" 2>/dev/null)
		[ "$st" = 4 ] && return 0
		[ "$(date +%s)" -lt $end ] || return 1
		usleep 200000
	done
}

# show_features NAME DOMID: both ends' directories of the vbd (the same
# in every pass: printed in the first).
show_features() {
	local dir
	for dir in "/local/domain/0/backend/vbd/$2/$VDEV" "/local/domain/$2/device/vbd/$VDEV"; do
		xenstore-ls -f "$dir" 2>&1 | sed "s|^|blk-bench-xs $1 |"
	done
}

# show_console NAME PASS DOMAIN: the domU's console once xenconsoled has
# drained it.
show_console() {
	local log=/var/log/xen/console/guest-$3.log
	xl_wait_quiet "$log" $QUIET_WAIT $((5 * QUIET_WAIT))
	tr -d '\r' <"$log" 2>/dev/null | sed "s/^/blk-bench $1.$2| /"
	echo
}

# bench_domu NAME PASS KERNEL MEMORY-MB [XL-LINE]...: four results.
bench_domu() {
	local who=$1 pass=$2 name="$1 (pass $2)" dom=blkbench-$1-$2 domid
	shift 2
	xl_cfg "$dom" "$@" \
		"disk = [ 'format=raw, vdev=xvda, access=rw, backendtype=phy, script=$BLK_SCRIPT, target=$loop' ]"
	if ! run xl create "$cfg"; then
		not_ok "$name: xl create with the disk" "$(why)"
		return
	fi
	ok "$name: xl create with the disk"
	run xl domid "$dom"
	domid=$out
	if wait_connected "$domid"; then
		ok "$name: its frontend connected"
	else
		out=
		not_ok "$name: its frontend connected" "state $(xenstore-read \
			"/local/domain/$domid/device/vbd/$VDEV/state" 2>&1) after $CONNECT_WAIT s"
	fi
	[ "$pass" != 1 ] || show_features "$who" "$domid"
	xl_wait_shutdown "$dom" $DOMU_WAIT
	show_console "$who" "$pass" "$dom"
	case $state in
	???s-?) ok "$name: the domU ran its benchmark and powered off" ;;
	*) out=; not_ok "$name: the domU ran its benchmark and powered off" "state '$state'" ;;
	esac
	if run xl destroy "$dom" && xl_wait_gone "$dom" $GONE_WAIT; then
		ok "$name: xl destroy"
	else
		not_ok "$name: xl destroy" "$(why)"
	fi
}

main() {
	if ! setup_disk; then
		not_ok "the disk: a file behind a loop device, xen-blkback loaded" "$(why)"
		echo "1..$n"
		exit 1
	fi
	ok "the disk: $out"
	passes=$(cat $DIR/passes 2>/dev/null || echo 1)
	pass=1
	while [ "$pass" -le "$passes" ]; do
		[ ! -f $DIR/vmlinuz ] ||
			bench_domu linux $pass $DIR/vmlinuz 192 \
				"ramdisk = \"$DIR/linux-initrd.gz\"" 'cmdline = "console=hvc0"'
		[ ! -f $DIR/armxen.img ] ||
			bench_domu armxen $pass $DIR/armxen.img 128 'cmdline = "console=hvc0"'
		pass=$((pass + 1))
	done
	teardown_disk
	echo "1..$n"
	exit "$failed"
}

main
