#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# armxen's privcmd module can be unloaded and loaded again: not while a
# process still has a foreign frame mapped (even of a domain destroyed
# since), cleanly once that process is gone.
# While it is out, Linux's own xen-privcmd.ko of the same kernel is loaded
# for a moment, and the ioctls Linux added after 6.1 must get the same
# answers from both modules.
# xenfs.ko and the daemons keep the module busy as well, so this stops the
# toolstack: it must be the last test of the dom0 (it runs as
# /tests/90-privcmd-unload).  Prints TAP.

# shellcheck source=tests/privcmd/dom0-lib.sh disable=SC3043
. /usr/lib/armxen/privcmd-lib.sh

DOMU=armxen-privcmd-unload
MODULE=armxen_privcmd
KO=armxen-privcmd.ko
LINUX_KO=$BIN/linux-xen-privcmd.ko	# the kernel's own, added by the .t

# Stop whatever else holds the module: the daemons, then xenfs.
stop_toolstack() {
	local pidfile
	for pidfile in /run/xenconsoled.pid /run/xenstored.pid; do
		[ -s $pidfile ] && kill "$(cat $pidfile)" 2>/dev/null
	done
	usleep 500000
	umount /proc/xen && rmmod xenfs
}

# start_holder DOMID: a process with one frame of DOMID mapped.
start_holder() {
	local i=0
	$BIN/privcmd-test hold "$1" >/tmp/holder.out 2>&1 &
	holder=$!
	while [ $i -lt 100 ] && ! grep -q '^held' /tmp/holder.out; do
		usleep 100000
		i=$((i + 1))
	done
	grep -q '^held' /tmp/holder.out
}

test_busy_while_mapped() {
	if run rmmod $MODULE; then
		not_ok "rmmod $MODULE fails while a frame is mapped" "it was unloaded"
	elif lsmod | grep -q "^$MODULE "; then
		ok "rmmod $MODULE fails while a frame is mapped ($(echo "$out" | tail -n 1))"
	else
		not_ok "rmmod $MODULE fails while a frame is mapped" "rmmod failed, yet it is gone"
	fi
}

# Linux's answers to IRQFD, IOEVENTFD and PCIDEV_GET_GSI, from its own
# module loaded for the moment armxen's is out; into $linux_answers.
linux_answers() {
	linux_answers=
	if ! run insmod $LINUX_KO; then
		not_ok "Linux's own xen-privcmd.ko loads while armxen's is out" "$(why)"
		return
	fi
	run $BIN/privcmd-test answers && linux_answers=$out
	run rmmod xen_privcmd || not_ok "rmmod xen_privcmd (Linux's)" "$(why)"
}

# armxen's module answers them as Linux's did.
test_same_answers() {
	local mine
	[ -n "$linux_answers" ] || return
	run $BIN/privcmd-test answers
	mine=$out
	if [ "$mine" = "$linux_answers" ]; then
		out=
		ok "IRQFD, IOEVENTFD, PCIDEV_GET_GSI: the errnos of Linux's own module ($(echo \
			"$mine" | tr '\n' ',' | sed 's/,$//; s/,/, /g'))"
	else
		out="Linux's: $(echo "$linux_answers" | tr '\n' ' ')
armxen's: $(echo "$mine" | tr '\n' ' ')"
		not_ok "IRQFD, IOEVENTFD, PCIDEV_GET_GSI: the errnos of Linux's own module" \
			"they differ"
	fi
}

test_unload_reload() {
	local ko
	ko=$(grep "/$KO\$" /etc/armxen/modules)
	if run rmmod $MODULE && [ ! -e /dev/xen/privcmd ]; then
		ok "rmmod $MODULE once the mapping is gone; /dev/xen/privcmd goes"
	else
		not_ok "rmmod $MODULE once the mapping is gone" "$(why)"
	fi
	linux_answers
	if run insmod "$ko" && [ -c /dev/xen/privcmd ] && [ -c /dev/xen/hypercall ]; then
		ok "insmod again: /dev/xen/privcmd and /dev/xen/hypercall are back"
	else
		not_ok "insmod $ko again" "$(why)"
	fi
	results $BIN/privcmd-test ping
	test_same_answers
	if run rmmod $MODULE && run insmod "$ko"; then
		ok "rmmod and insmod once more"
	else
		not_ok "rmmod and insmod once more" "$(why)"
	fi
}

main() {
	local complaints
	if ! create_paused $DOMU 16 || ! start_holder "$domid"; then
		out="$out$(cat /tmp/holder.out 2>/dev/null)"
		not_ok "a process maps a frame of a paused domU" "$(why)"
		echo "1..$n"
		exit 1
	fi
	ok "a process maps a frame of paused domU $domid"
	# Also takes xl's process that watches the domain, which holds privcmd.
	if destroy $DOMU; then
		ok "xl destroy $DOMU while its frame is mapped"
	else
		not_ok "xl destroy $DOMU while its frame is mapped" "$(why)"
	fi
	if stop_toolstack; then
		ok "xenconsoled and xenstored stopped, xenfs unloaded"
	else
		out=$(lsmod)
		not_ok "xenconsoled and xenstored stopped, xenfs unloaded" "xenfs is still busy"
	fi
	test_busy_while_mapped
	kill "$holder"
	wait "$holder" 2>/dev/null
	test_unload_reload
	complaints=$(kernel_complaints)
	out=$complaints
	if [ -z "$complaints" ]; then
		ok "the kernel log has no oops, BUG, WARNING or leak"
	else
		not_ok "the kernel log has no oops, BUG, WARNING or leak" \
			"$(echo "$complaints" | head -n 1)"
	fi
	echo "1..$n"
	exit $failed
}

main
