# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=sh disable=SC3043,SC2034 # busybox sh has local; a library
#
# Shared by the privcmd tests that run inside the test dom0 (sourced from
# /usr/lib/armxen/privcmd-lib.sh): TAP numbering, commands with a time
# limit, a paused domU to map.

. /etc/armxen/dom0.conf
# The test programs check Xen's answers against the platform's Xen series.
export XEN_SERIES

BIN=/usr/lib/armxen
TINY_IMG=/usr/share/armxen/tiny-domu.img
CMD_TIMEOUT=120		# seconds, any one command
GONE_WAIT=100		# tenths of a second for a destroyed domU to vanish

. /usr/lib/armxen/tap-lib.sh

# results CMD [ARG]...: run a test program and number its result lines
# ("ok what", "not ok what # why"); anything else it says is a comment.
# A program that fails or times out without saying so is one failure.
results() {
	local line said_failed=0
	run "$@"
	while IFS= read -r line; do
		case $line in
		"ok "*) n=$((n + 1)); echo "ok $n - ${line#ok }" ;;
		"not ok "*)
			n=$((n + 1)); failed=1; said_failed=1
			echo "not ok $n - ${line#not ok }"
			;;
		*) echo "# $line" ;;
		esac
	done <"$RUN_OUT"
	if [ $rc != 0 ] && [ $said_failed = 0 ]; then
		out=
		not_ok "$*" "exit status $rc without a failed check"
	fi
}

# create_paused NAME MB: a paused domU running the tiny kernel; its id
# goes into $domid.
create_paused() {
	cat >"/tmp/$1.cfg" <<-EOF
	name = "$1"
	type = "pvh"
	kernel = "$TINY_IMG"
	memory = $2
	vcpus = 1
	EOF
	domid=
	run xl create -p "/tmp/$1.cfg" || return
	run xl domid "$1" || return
	domid=$out
}

# destroy NAME: xl destroy, then wait until xl list no longer has it.
destroy() {
	local i=0
	run xl destroy "$1" || return
	while [ $i -lt $GONE_WAIT ] && xl list "$1" >/dev/null 2>&1; do
		usleep 100000
		i=$((i + 1))
	done
	! xl list "$1" >/dev/null 2>&1
}

# xen_free_pages: Xen's free memory in pages (XEN_SYSCTL_physinfo).
xen_free_pages() {
	$BIN/privcmd-test free-pages 2>/dev/null
}

# kernel_complaints: lines of the kernel log that no clean run has.
kernel_complaints() {
	dmesg | grep -E 'Oops|BUG|WARNING|Call trace|cut here|leaking|refcount_t|bad page' || true
}

# The benchmarks' figures are printed, never judged: timing under QEMU on
# a shared host varies by 10-20 % from run to run, so a limit would make a
# test that flakes.  A result line fails only when a figure was not
# measured.

# figure WHAT KEY: the KEY= figure of the last privcmd-bench's WHAT line.
figure() {
	sed -n "s/^bench $1 .*$2=\([0-9.]*\).*/\1/p" "$RUN_OUT"
}

# report_ratio WHAT UNIT LABEL [TARGET]: a result line with the figures of
# privcmd-bench's WHAT line and whether the issue's TARGET was met; it
# fails only when privcmd-bench printed no ratio.
report_ratio() {
	local r met verdict
	r=$(figure "$1" ratio)
	verdict="$3: armxen $(figure "$1" "armxen_$2") $2, Linux $(figure "$1" "linux_$2") $2"
	verdict="$verdict, armxen/Linux ${r:-?}"
	if [ -n "${4:-}" ]; then
		met=$(awk -v r="$r" -v t="$4" \
			'BEGIN { print (r != "" && r <= t) ? "met" : "not met" }')
		verdict="$verdict (target $4: $met)"
	fi
	if [ -n "$r" ]; then
		ok "$verdict"
	else
		out=
		not_ok "$verdict" "not measured"
	fi
}
