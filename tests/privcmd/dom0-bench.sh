#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Linux's xen-privcmd.ko against armxen's, side by side in one dom0: the
# dom0 runs Linux's (the toolstack uses it), armxen-privcmd-bench.ko (the
# variant that exports nothing) is loaded beside it under other device
# names, and tests/privcmd/privcmd-bench times both on the same domU.
#
# Runs as /tests/60-privcmd-bench (scripts/dom0/run without --privcmd);
# prints TAP, the figures as "bench" result lines.
# Its 16 turns of mapping 8192 frames take minutes on a loaded host:
# dom0-test-timeout: 600

# shellcheck source=tests/privcmd/dom0-lib.sh disable=SC3043
. /usr/lib/armxen/privcmd-lib.sh

DOMU=armxen-bench
BENCH_KO=$BIN/armxen-privcmd-bench.ko
ROUNDS=8
CMD_TIMEOUT=300

# The issue's targets: per hypercall 0.95 of Linux's time, map+unmap 0.5.
HCALL_TARGET=0.95
MAP_TARGET=0.50

# report_maps BACKING: the map+unmap figures, and how much of armxen's
# time was spent in Xen's memory ops, as a ratio of Linux's whole time.
report_maps() {
	report_ratio map+unmap ms "map+unmap 8192 frames ($1)" $MAP_TARGET
	report_ratio map+unmap-in-xen ms "map+unmap 8192 frames ($1), Xen's part of it"
}

# Where Xen has extended regions (arm64) the module maps there; loaded
# again without them it uses the balloon as Linux's does: run the raw
# ioctl tests and the figures that way too.
regions_used() {
	dmesg | grep -q 'armxen_privcmd_bench: backing mappings with'
}

# Linux 6.12's unpopulated-page allocator, which the module uses where the
# kernel has it, whatever extended_regions says.
unpopulated_used() {
	dmesg | grep -q "armxen_privcmd_bench: backing mappings with Linux's unpopulated pages"
}

balloon_backed() {
	regions_used || return 0
	unpopulated_used && return 0
	if run rmmod armxen_privcmd_bench && run insmod $BENCH_KO extended_regions=0 \
		privcmd_name=xen/armxen-privcmd hypercall_name=xen/armxen-hypercall; then
		ok "armxen-privcmd-bench.ko again, with extended_regions=0 (the balloon)"
	else
		not_ok "armxen-privcmd-bench.ko again, with extended_regions=0" "$(why)"
		return
	fi
	PRIVCMD_DEV=/dev/xen/armxen-privcmd PRIVCMD_HYPERCALL_DEV=/dev/xen/armxen-hypercall \
		results $BIN/privcmd-test bad "$domid"
	results $BIN/privcmd-bench /dev/xen/privcmd /dev/xen/armxen-privcmd "$domid" $ROUNDS
	report_maps balloon
}

main() {
	if run insmod $BENCH_KO privcmd_name=xen/armxen-privcmd \
		hypercall_name=xen/armxen-hypercall &&
		[ -c /dev/xen/armxen-privcmd ] && lsmod | grep -q '^xen_privcmd '; then
		ok "armxen-privcmd-bench.ko loads beside xen_privcmd as /dev/xen/armxen-privcmd"
	else
		not_ok "armxen-privcmd-bench.ko loads beside Linux's xen_privcmd" "$(why)"
	fi
	# 8192 frames to map, and some to spare.
	if create_paused $DOMU 40; then
		ok "xl create -p $DOMU (40 MiB, domid $domid)"
		results $BIN/privcmd-bench /dev/xen/privcmd /dev/xen/armxen-privcmd "$domid" $ROUNDS
		report_ratio hypercall ns "IOCTL_PRIVCMD_HYPERCALL" $HCALL_TARGET
		report_ratio ioctl-floor ns "an unknown ioctl (ENOTTY), the floor under every ioctl"
		if unpopulated_used; then
			report_maps "Linux's unpopulated pages"
		elif regions_used; then
			report_maps "extended regions"
		else
			report_maps balloon
		fi
		balloon_backed
		destroy $DOMU || not_ok "xl destroy $DOMU" "$(why)"
	else
		not_ok "xl create -p $DOMU" "$(why)"
	fi
	if run rmmod armxen_privcmd_bench; then
		ok "rmmod armxen_privcmd_bench"
	else
		not_ok "rmmod armxen_privcmd_bench" "$(why)"
	fi
	out=$(kernel_complaints)
	if [ -z "$out" ]; then
		ok "the kernel log has no oops, BUG, WARNING or leak"
	else
		not_ok "the kernel log has no oops, BUG, WARNING or leak" \
			"$(echo "$out" | head -n 1)"
	fi
	echo "1..$n"
	exit $failed
}

main
