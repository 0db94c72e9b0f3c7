#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Debian's unmodified Xen toolstack works in this dom0: xl and the xenstore
# tools reach Xen through privcmd, evtchn, gntdev and xenfs, and xl builds a
# domU that runs, shuts itself down for a known reason, and is destroyed.
#
# Runs in the dom0 initramfs as /tests/10-toolstack (scripts/dom0/run puts
# it there, with the tiny domU from tests/dom0/tiny-domu/); prints TAP.

. /etc/armxen/dom0.conf

TINY_IMG=/usr/share/armxen/tiny-domu.img
TINY_NAME=armxen-tiny
CMD_TIMEOUT=30		# seconds, any one command
DOMU_WAIT=20		# seconds for the domU to shut down
GONE_WAIT=10		# seconds for a destroyed domU to vanish
XS_KEY=/local/domain/0/armxen-test

. /usr/lib/armxen/tap-lib.sh
. /usr/lib/armxen/xl-lib.sh

test_xl_info() {
	local version
	if ! run xl info; then
		not_ok "xl info" "$(why)"
		return
	fi
	version=$(echo "$out" | sed -n 's/^xen_version *: *//p')
	case $version in
	"$XEN_SERIES".*) ok "xl info reports xen_version $version" ;;
	*) not_ok "xl info reports xen_version $XEN_SERIES.*" "got '$version'" ;;
	esac
}

test_xl_list() {
	if ! run xl list; then
		not_ok "xl list shows Domain-0" "$(why)"
	elif echo "$out" | awk '$1 == "Domain-0" && $2 == 0 { f = 1 } END { exit !f }'; then
		ok "xl list shows Domain-0 with domid 0"
	else
		not_ok "xl list shows Domain-0 with domid 0" "no such line"
	fi
}

# Every vCPU `xl list` counts for dom0 has a line in `xl vcpu-list`.
test_xl_vcpu_list() {
	local want got
	run xl list 0 && want=$(echo "$out" | awk '$1 == "Domain-0" { print $4 }')
	if ! run xl vcpu-list 0; then
		not_ok "xl vcpu-list" "$(why)"
		return
	fi
	got=$(echo "$out" | awk '$1 == "Domain-0" && $3 ~ /^[0-9]+$/' | wc -l)
	if [ "$got" -ge 1 ] && [ "$got" = "${want:-}" ]; then
		ok "xl vcpu-list lists all $got vCPU(s) of Domain-0"
	else
		not_ok "xl vcpu-list lists every vCPU of Domain-0" "$got lines, xl list says '${want:-?}'"
	fi
}

test_xl_dmesg() {
	if ! run xl dmesg; then
		not_ok "xl dmesg" "$(why)"
	elif echo "$out" | grep -q "Xen version $XEN_SERIES\..* debug=$XEN_DEBUG "; then
		ok "xl dmesg shows Xen's boot banner ($XEN_SERIES, debug=$XEN_DEBUG)"
	else
		not_ok "xl dmesg shows Xen's boot banner" \
			"no 'Xen version $XEN_SERIES... debug=$XEN_DEBUG' in $(echo "$out" | wc -l) lines"
	fi
}

test_xenstore() {
	local value got
	value="armxen-$$-$(date +%s)"
	if ! run xenstore-write "$XS_KEY" "$value"; then
		not_ok "xenstore-write $XS_KEY" "$(why)"
		return
	fi
	if ! run xenstore-read "$XS_KEY"; then
		not_ok "xenstore-read $XS_KEY" "$(why)"
		return
	fi
	got=$out
	run xenstore-rm "$XS_KEY"
	out=
	if [ "$got" = "$value" ]; then
		ok "xenstore-write then xenstore-read returns the value"
	else
		not_ok "xenstore-write then xenstore-read returns the value" "wrote '$value', read '$got'"
	fi
}

# The domU asks Xen for SHUTDOWN_reboot, which `xl list` shows as "s"
# (shut down) then "r" (reason reboot); on_reboot="preserve" keeps it there.
wait_tiny_shutdown() {
	xl_wait_shutdown "$TINY_NAME" $DOMU_WAIT
	case $state in
	???sr?) ok "the domU shut itself down with reason reboot (state $state)" ;;
	???sc?) not_ok "the domU shut itself down with reason reboot" "it crashed (state $state)" ;;
	???s??) not_ok "the domU shut itself down with reason reboot" "wrong reason (state $state)" ;;
	'') not_ok "the domU shut itself down with reason reboot" "xl list does not show it" ;;
	*) not_ok "the domU shut itself down with reason reboot" "state $state after $DOMU_WAIT s" ;;
	esac
}

wait_tiny_gone() {
	if xl_wait_gone "$TINY_NAME" $GONE_WAIT; then
		out=
		ok "the destroyed domU is gone from xl list"
	else
		not_ok "the destroyed domU is gone from xl list" "still there after $GONE_WAIT s"
	fi
}

# skip_rest WHY WHAT...: the steps that cannot run after a failure, still
# reported so that the plan holds.
skip_rest() {
	local why=$1
	shift
	out=
	for what; do
		not_ok "$what" "not run: $why"
	done
}

test_domu() {
	xl_cfg "$TINY_NAME" "$TINY_IMG" 16
	if ! run xl create "$cfg"; then
		not_ok "xl create $TINY_NAME" "$(why)"
		skip_rest "xl create failed" "the domU shut itself down" \
			"xl destroy $TINY_NAME" "the destroyed domU is gone from xl list"
		return
	fi
	ok "xl create $TINY_NAME (a $(wc -c <"$TINY_IMG")-byte kernel)"
	wait_tiny_shutdown
	if ! run xl destroy "$TINY_NAME"; then
		not_ok "xl destroy $TINY_NAME" "$(why)"
		skip_rest "xl destroy failed" "the destroyed domU is gone from xl list"
		return
	fi
	ok "xl destroy $TINY_NAME"
	wait_tiny_gone
}

echo "1..9"
test_xl_info
test_xl_list
test_xl_vcpu_list
test_xl_dmesg
test_xenstore
test_domu
exit $failed
