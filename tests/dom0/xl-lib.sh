# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=sh disable=SC2034,SC2154 # a library: $cfg and $state are the caller's
#
# Creating and watching domUs with xl, for the tests that run inside the
# test dom0 (busybox sh); installed as /usr/lib/armxen/xl-lib.sh by
# scripts/dom0/run.  Source it after tap-lib.sh, whose run() it uses.

# xl_cfg NAME KERNEL MEMORY-MB [LINE]...: the configuration of a one-vCPU
# domain that stays after it shuts down, so that `xl list` shows the
# reason; more LINEs are added as they are.  Its path goes into $cfg.
xl_cfg() {
	local name="$1" kernel="$2" mem="$3" line
	shift 3
	cfg=/tmp/$name.cfg
	cat >"$cfg" <<-END
	name = "$name"
	type = "pvh"
	kernel = "$kernel"
	memory = $mem
	vcpus = 1
	on_poweroff = "preserve"
	on_reboot = "preserve"
	on_crash = "preserve"
	END
	for line; do
		echo "$line" >>"$cfg"
	done
}

# xl_state NAME: the domain's State column of `xl list` ("r-----",
# "---s--" for shut down with reason poweroff, "---sc-" crashed...), or "".
xl_state() {
	run xl list "$1" && echo "$out" | awk -v n="$1" '$1 == n { print $5 }'
}

# Waits are bounded by the clock, not by a count of polls: with a domU
# spinning on a shared CPU one `xl list` can take seconds.

# xl_wait_shutdown NAME SECONDS: poll until the domain has shut down, for
# SECONDS at most; its last state goes into $state.
xl_wait_shutdown() {
	local end=$(($(date +%s) + $2))
	state=
	while :; do
		state=$(xl_state "$1")
		case $state in
		???s??) return ;;
		esac
		[ "$(date +%s)" -lt $end ] || return
		usleep 100000
	done
}

# xl_wait_gone NAME SECONDS: true once `xl list` no longer knows the domain.
xl_wait_gone() {
	local end=$(($(date +%s) + $2))
	while run xl list "$1"; do
		[ "$(date +%s)" -lt $end ] || return 1
		usleep 100000
	done
}

# xl_wait_quiet FILE STILL MAX: xenconsoled drains a domain's console ring
# into FILE after the domain stopped writing; wait until the file has not
# grown for STILL tenths of a second, or MAX tenths in all (a domU that
# never stops printing).
xl_wait_quiet() {
	local size last=-1 still=0 i=0
	while [ $still -lt "$2" ] && [ $i -lt "$3" ]; do
		i=$((i + 1))
		size=$(wc -c <"$1" 2>/dev/null || echo 0)
		if [ "$size" = "$last" ]; then
			still=$((still + 1))
		else
			still=0
			last=$size
		fi
		usleep 100000
	done
}
