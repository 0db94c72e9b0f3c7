# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=sh disable=SC2034 # a library: its variables are the caller's
#
# TAP for the tests that run inside the test dom0 (busybox sh), installed
# as /usr/lib/armxen/tap-lib.sh by scripts/dom0/run.  Source it after
# setting CMD_TIMEOUT (seconds any one command may take).  The test
# prints "1..$n" at the end and exits with $failed.

set -u

n=0
failed=0
out=
rc=0
RUN_OUT=/tmp/armxen-run.out

ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}

# not_ok WHAT WHY: a failure, with the last command's output as diagnostics.
not_ok() {
	n=$((n + 1))
	failed=1
	[ -n "$out" ] && echo "$out" | tail -n 20 | sed 's/^/# /'
	echo "not ok $n - $1 # $2"
}

# skip WHAT WHY: a result that was not checked, and why (TAP's SKIP).
skip() {
	n=$((n + 1))
	echo "ok $n - $1 # SKIP $2"
}

# run CMD [ARG]...: run it with a time limit; its output goes into $out
# (and $RUN_OUT), its exit status into $rc.  Through a file, not $(...):
# busybox timeout leaves a watcher process holding a pipe open after the
# command ends.
run() {
	timeout "$CMD_TIMEOUT" "$@" >"$RUN_OUT" 2>&1
	rc=$?
	out=$(cat "$RUN_OUT")
	return $rc
}

# why: the reason the last command failed, for a `not ok` line.
why() {
	echo "exit status $rc: $(echo "$out" | tail -n 1)"
}
