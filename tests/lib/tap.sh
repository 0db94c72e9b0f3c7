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
	local prefix=$1
	shift
	tap_feed "$prefix" "$*" < <("$@" 2>&1; echo "__status=$?")
}

# tap_feed "prefix" "what": tap_run's reading of one command's output, from
# standard input, whose "__status=N" line says how the command "what" ended.
tap_feed() {
	local prefix=$1 what=$2 line status=unknown before=$tap_failed
	while IFS= read -r line; do
		case $line in
		"ok "*) tap_line ok "$prefix${line#ok }" ;;
		"not ok "*) tap_line "not ok" "$prefix${line#not ok }" ;;
		__status=*) status=${line#__status=} ;;
		*) printf '# %s\n' "$line" ;;
		esac
	done
	if [ "$status" != 0 ] && [ $tap_failed = $before ]; then
		tap_not_ok "$prefix$what" "exited with status $status"
	fi
}

# Independent runs (QEMU boots, each keeping about one host CPU busy) may
# go side by side: tap_start "prefix" command... starts the command in the
# background, at most TAP_JOBS at once (default: the number of CPUs), and
# keeps its output; tap_finish waits for them all and reports each, in the
# order they were started, as tap_run would have.  What the commands share
# (a build tree) must be made before the first starts.  Under scripts/test
# the limit is for all suites together: TAP_JOBSERVER_FD is a pipe holding
# a byte for each free slot, taken before a run starts and put back when
# it ends.
tap_jobs=0
tap_start() {
	local prefix=$1 out slot
	shift
	[ -n "${tap_dir:-}" ] || { tap_dir=$(mktemp -d); trap 'rm -rf "$tap_dir"' EXIT; }
	if [ -n "${TAP_JOBSERVER_FD:-}" ]; then
		read -r -n 1 -u "$TAP_JOBSERVER_FD" slot
	else
		while [ "$(jobs -rp | wc -l)" -ge "${TAP_JOBS:-$(nproc)}" ]; do
			wait -n
		done
	fi
	tap_jobs=$((tap_jobs + 1))
	out=$tap_dir/$tap_jobs
	printf '%s\n%s\n' "$prefix" "$*" >"$out.what"
	{
		"$@" >"$out.out" 2>&1
		echo "__status=$?" >>"$out.out"
		[ -z "${TAP_JOBSERVER_FD:-}" ] || printf '%s' "$slot" >&"$TAP_JOBSERVER_FD"
	} &
}

tap_finish() {
	local i prefix what
	wait
	for ((i = 1; i <= tap_jobs; i++)); do
		{ read -r prefix; read -r what; } <"$tap_dir/$i.what"
		tap_feed "$prefix" "$what" <"$tap_dir/$i.out"
	done
	tap_jobs=0
}

tap_done() {
	printf '1..%d\n' "$tap_count"
	[ $tap_failed = 0 ]
}
