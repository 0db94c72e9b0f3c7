# SPDX-License-Identifier: GPL-2.0
# Helpers for tests/*.t: they print one TAP stream and exit non-zero when
# anything failed.  Checks may come from programs that print unnumbered
# "ok what" / "not ok what # why" lines; tap_run numbers them.

srctree=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tap_count=0
tap_failed=0

tap_line() {	# tap_line ok|"not ok" "description[ # directive]"
	tap_count=$((tap_count + 1))
	[ "$1" = ok ] || tap_failed=$((tap_failed + 1))
	printf '%s %d - %s\n' "$1" "$tap_count" "$2"
}

tap_ok() { tap_line ok "$1"; }
tap_not_ok() { tap_line "not ok" "$1${2:+ # $2}"; }

# tap_check "description" command...: ok when the command succeeds; its
# output is shown as TAP diagnostics when it fails.
tap_check() {
	local what=$1 out
	shift
	if out=$("$@" 2>&1); then
		tap_ok "$what"
	else
		tap_not_ok "$what" "exit status $?"
		printf '%s\n' "$out" | tail -n 20 | sed 's/^/# /'
	fi
}

# tap_run "prefix" command...: renumber the command's unnumbered result
# lines; anything else it prints becomes a diagnostic.  A command that
# fails without reporting a failure still counts as one.
tap_run() {
	local prefix=$1 line status=unknown before=$tap_failed
	shift
	while IFS= read -r line; do
		case $line in
		"ok "*) tap_line ok "$prefix${line#ok }" ;;
		"not ok "*) tap_line "not ok" "$prefix${line#not ok }" ;;
		__status=*) status=${line#__status=} ;;
		*) printf '# %s\n' "$line" ;;
		esac
	done < <("$@" 2>&1; echo "__status=$?")
	if [ "$status" != 0 ] && [ $tap_failed = $before ]; then
		tap_not_ok "$prefix$*" "exited with status $status"
	fi
}

tap_done() {
	printf '1..%d\n' "$tap_count"
	[ $tap_failed = 0 ]
}
