#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# armxen's own guest kernel as a domU: for each image in $DOMU_DIR, `xl
# create` builds a domain from it, the kernel runs its KTAP suites with
# xenconsoled as the backend of its PV console ring, and shuts itself
# down: poweroff when every case passed, crash when one failed.
#
# Runs in the dom0 initramfs (tests/45-guest-domu.t puts it there with the
# images, named ISA.img); prints TAP for what dom0 sees, and copies each
# domU's console, which xenconsoled logs (scripts/dom0/init starts it with
# --log=guest), to its own output as "armxen-domu ISA| LINE" for the host
# to read the KTAP report from.
#
# Two 4-vCPU domUs, one after the other, on a loaded host:
# dom0-test-timeout: 400

. /etc/armxen/dom0.conf

DOMU_DIR=/usr/share/armxen/domu
CONSOLE_DIR=/var/log/xen/console
CMD_TIMEOUT=30		# seconds, any one command
DOMU_WAIT=120		# seconds for a domU to shut down (about 10 with 4 vCPUs)
QUIET_WAIT=20		# tenths of a second the console log must stay still
QUIET_MAX=100		# tenths of a second, at most, waiting for that
GONE_WAIT=10		# seconds for a destroyed domU to vanish
VCPUS=4			# each domU's vCPUs (but see domu_vcpus): the kernel brings them all up
MARK=armxen-domu
# The PV disk every domU of this boot gets in turn (the kernel's blkfront
# suite): a file behind a loop device, served by Linux's xen-blkback,
# with our own hotplug script (Xen's needs bash).
DISK_FILE=/tmp/armxen-disk.img
DISK_MB=8
BLK_SCRIPT=/usr/lib/armxen/block-loop
DETACH_OUT=/tmp/armxen-detach.out
DETACH_WAIT=30		# seconds for `xl block-detach`
disk_dev=
disk_sum=

. /usr/lib/armxen/tap-lib.sh
. /usr/lib/armxen/xl-lib.sh

# check_reason ISA NAME HOW: the domU stopped with the reason `xl HOW`
# asked for, which the kernel follows once its suites have passed:
# poweroff for shutdown (xl shows it as "-" after the "s"), reboot ("r")
# for reboot.  Crash means a test case failed, anything else that the
# kernel is broken.
check_reason() {
	local what="$1: the domU stopped as xl $3 asked (not crashed)" want=-
	[ "$3" = reboot ] && want=r
	out=
	case $state in
	???s$want?) ok "$what (state $state)" ;;
	???sc?) not_ok "$what" "it crashed (state $state): a case failed or a fault" ;;
	???s??) not_ok "$what" "wrong shutdown reason (state $state)" ;;
	'') not_ok "$what" "xl list does not show $2" ;;
	*) not_ok "$what" "still running (state $state) after $DOMU_WAIT s" ;;
	esac
}

# console_damage FILE: why the bytes xenconsoled logged are not what a
# kernel prints (text, every line ended), or nothing.  A wrong ring index
# shows up here: bytes the kernel never wrote (the page's zeros), and the
# last ones never consumed.
console_damage() {
	local junk
	junk=$(tr -d '\t\r\n -~' <"$1" | wc -c)
	if [ "$junk" != 0 ]; then
		echo "$junk byte(s) that are not text"
	elif [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" != '\n' ]; then
		echo "its last line is cut off"
	fi
}

# show_console ISA NAME: the domU's console, prefixed, and a result for it.
show_console() {
	local log="$CONSOLE_DIR/guest-$2.log" damage
	xl_wait_quiet "$log" $QUIET_WAIT $QUIET_MAX
	out=
	if [ ! -s "$log" ]; then
		not_ok "$1: the domU's console reached xenconsoled intact" "$log is empty or missing"
		return
	fi
	damage=$(console_damage "$log")
	tr -d '\r' <"$log" | sed "s/^/$MARK $1| /"
	if [ -n "$damage" ]; then
		# A cut-off last line must not swallow the TAP line.
		echo
		not_ok "$1: the domU's console reached xenconsoled intact" "$damage"
	else
		ok "$1: the domU's console reached xenconsoled intact ($(wc -l <"$log") lines)"
	fi
}

# check_vcpus ISA NAME: Xen accounted run time to every vCPU of the domU,
# so the kernel started each one (a vCPU never started shows 0.0).  The
# Time(s) column of `xl vcpu-list`, which stays after the shutdown.
check_vcpus() {
	local what="$1: all $vcpus vCPUs ran (xl vcpu-list)" ran
	if ! run xl vcpu-list "$2"; then
		not_ok "$what" "$(why)"
		return
	fi
	ran=$(echo "$out" | awk -v n="$2" '$1 == n && $6 + 0 > 0 { c++ } END { print c + 0 }')
	if [ "$ran" = "$vcpus" ]; then
		ok "$what"
	else
		not_ok "$what" "$ran of $vcpus vCPUs have run time"
	fi
}

# domu_vcpus ISA: the domU's vCPU count, into $vcpus; $VCPUS but for a
# 32-bit domU under an AArch64 Xen, which gets one vCPU per physical CPU
# and each pinned to its own (xl's cpus=, written into $cfg).
#
# That works around a defect of QEMU's TCG, not of the guest: QEMU keeps
# the live SPSR of an AArch32 mode apart from its bank and does not move
# it on exceptions to AArch64 EL2 and back (aarch64_sync_32_to_64/_64_to_32
# copy r13/r14 only), while Xen saves and restores the bank.  When two
# AArch32 vCPUs take turns on one CPU, one of them can come back from Xen
# into IRQ mode with the other's SPSR and crash at its next exception
# return.  The kernel saves SPSR_irq in the vector slot itself
# (arch/arm/kernel/entry.S), which narrows the window without closing it.
# AArch64 vCPUs (dom0's) sharing the CPUs are harmless.
#
# The dom0 has 2 CPUs rather than 4 for this: with 4 emulated CPUs on a
# 2-core host, each grant blkback maps or unmaps (a TLB flush that waits
# for every emulated CPU) stalled dom0 for tens of seconds.  The A32 and
# T32 domUs keep their 4 vCPUs under the armhf dom0.
domu_vcpus() {
	local cpus i=0 list=
	vcpus=$VCPUS
	case "$1:$(uname -m)" in
	a32:aarch64 | t32:aarch64) ;;
	*) return 0 ;;
	esac
	cpus=$(xl info 2>/dev/null | awk '$1 == "nr_cpus" { print $3 }')
	[ "${cpus:-0}" -lt "$vcpus" ] && vcpus=${cpus:-1}
	while [ $i -lt "$vcpus" ]; do
		list="$list${list:+, }\"$i\""
		i=$((i + 1))
	done
	echo "cpus = [$list]" >>"$cfg"
}

# ask_stop ISA NAME HOW: once the domU's suites have passed, it lingers
# (armxen.linger on its command line, drivers/xen/manage.c) for the
# toolstack to stop it; stop it with `xl HOW` (shutdown or reboot), as a
# user would, and one result: the domU said it answers both
# (control/feature-poweroff and feature-reboot) and stopped within
# STOP_WAIT, long before it would have powered off by itself.  A domU
# that shuts down first (a failed case crashes it) is not asked.
LINGER=60		# seconds the domU waits for that, at most
STOP_WAIT=20		# seconds it may take to stop once asked
ask_stop() {
	local what="$1: xl $3 while the domU lingers" log="$CONSOLE_DIR/guest-$2.log"
	local end=$(($(date +%s) + DOMU_WAIT)) features domid
	out=
	while ! grep -q 'xen:manage: lingering' "$log" 2>/dev/null; do
		case $(xl_state "$2") in
		???s??) not_ok "$what" "it shut down first"; return ;;
		esac
		if [ "$(date +%s)" -ge $end ]; then
			not_ok "$what" "it never said it lingers, in $DOMU_WAIT s"
			return
		fi
		usleep 200000
	done
	domid=$(xl domid "$2")
	features=$(for f in poweroff reboot; do
		echo "feature-$f=$(xenstore-read "/local/domain/$domid/control/feature-$f" 2>&1)"
	done | tr '\n' ' ')
	if ! run xl "$3" "$2"; then
		# xl waits for the guest to take the request (clear control/shutdown).
		[ "$rc" = 124 ] || [ "$rc" = 143 ] &&
			out="no answer in $CMD_TIMEOUT s: the guest never took control/shutdown"
		not_ok "$what" "$(why)"
		return
	fi
	xl_wait_shutdown "$2" $STOP_WAIT
	out=
	case "$state:$features" in
	???s??:"feature-poweroff=1 feature-reboot=1 ") ok "$what (${features% })" ;;
	???s??:*) not_ok "$what" "it stopped, but said ${features% }" ;;
	*) not_ok "$what" "still running (state $state) $STOP_WAIT s after xl $3" ;;
	esac
}

# answer_ping DOMID: the domU's xenstore suite writes data/armxen-ping and
# waits on a watch of data/armxen-pong; copy the one into the other, as
# another domain, so that the watch fires for a write that is not its own.
# Blocks in xenstore-watch (its first event is the one every new watch
# gets) rather than polling, which a loaded dom0 answers too slowly; in
# short rounds, in case the ping came between a read and a watch.  Run in
# the background; killed when the domU has shut down.
answer_ping() {
	local d=/local/domain/$1/data v
	while ! v=$(xenstore-read "$d/armxen-ping" 2>/dev/null); do
		timeout 2 xenstore-watch -n 2 "$d/armxen-ping" >/dev/null 2>&1
	done
	xenstore-write "$d/armxen-pong" "$v"
}

# The dom0 programs beside each domU (tests/grant/), as NAME:RESULTS:
# gnt-peer exchanges grants with the grant_map suite, vchan-peer is the
# libxenvchan client of the vchan suite.  Each runs in the background
# from xl create -p on, its output in /tmp/NAME-ISA.out; PEER_RESULTS is
# the sum of their results.
PEERS="gnt-peer:5 vchan-peer:6"
PEER_RESULTS=11
PEER_DIR=/usr/lib/armxen
PEER_WAIT=100		# seconds a peer waits, at most, for the domU's steps
PEER_EXIT=5		# seconds it may take to finish once the domU is down

# peer_start ISA DOMID: each peer started, as NAME:PID words in $peers
# (NAME: alone for one the image lacks).
peer_start() {
	local p name
	peers=
	for p in $PEERS; do
		name=${p%%:*}
		rm -f "/tmp/$name-$1.out"
		if [ -x "$PEER_DIR/$name" ]; then
			timeout $((PEER_WAIT + 10)) "$PEER_DIR/$name" "$2" $PEER_WAIT \
				>"/tmp/$name-$1.out" 2>&1 &
			peers="$peers $name:$!"
		else
			peers="$peers $name:"
		fi
	done
}

# peer_result ISA NAME COUNT PID [WHY]: wait for the peer (bounded), then
# number its lines; the results it did not print are failures (for WHY,
# without it).
peer_result() {
	local i=0 line what got=0 pid=$4 why="${5:-$2 is not in the image}"
	if [ -n "$pid" ]; then
		why="$2 ended without printing it"
		while kill -0 "$pid" 2>/dev/null && [ $i -lt $((PEER_EXIT * 10)) ]; do
			usleep 100000
			i=$((i + 1))
		done
		kill "$pid" 2>/dev/null &&
			why="$2 still waiting $PEER_EXIT s after the domU stopped"
		wait "$pid" 2>/dev/null
	fi
	out=
	while IFS= read -r line && [ $got -lt "$3" ]; do
		case $line in
		"ok "*) got=$((got + 1)); ok "$1: ${line#ok }" ;;
		"not ok "*)
			got=$((got + 1))
			what=${line#not ok }
			not_ok "$1: ${what%% # *}" "${line#* # }"
			;;
		*) echo "# $line" ;;
		esac
	done <"/tmp/$2-$1.out" 2>/dev/null
	while [ $got -lt "$3" ]; do
		got=$((got + 1))
		not_ok "$1: $2 result $got of $3" "$why"
	done
}

# peer_results ISA [WHY]: every peer's, in $PEERS order ($peers from
# peer_start, or empty when none was started).
peer_results() {
	local p q name pid
	for p in $PEERS; do
		name=${p%%:*}
		pid=
		for q in $peers; do
			[ "${q%%:*}" = "$name" ] && pid=${q#*:}
		done
		peer_result "$1" "$name" "${p#*:}" "$pid" "${2:-}"
	done
}

# disk_pattern_sum: the SHA-256 of what the write domU puts on the disk
# (drivers/block/xen-blkfront_test.c, fill_sector()): sector N is the text
# "armxen-blk sector NNNNNNNN", spaces up to its byte 511, and a newline.
disk_pattern_sum() {
	awk -v n=$((DISK_MB * 2048)) 'BEGIN {
		for (i = 0; i < n; i++)
			printf "%-511s\n", sprintf("armxen-blk sector %08d", i)
	}' | sha256sum | cut -d ' ' -f 1
}

# disk_setup: a zeroed file behind a free loop device, in $disk_dev; one
# result.  Without it the domUs get no disk and their blkfront suite skips.
disk_setup() {
	local what="disk: a $DISK_MB MiB file behind a loop device for xen-blkback"
	disk_dev=
	if ! run dd if=/dev/zero of="$DISK_FILE" bs=1048576 count=$DISK_MB; then
		not_ok "$what" "$(why)"
		return
	fi
	if ! run losetup -f; then
		not_ok "$what" "no free loop device: $(why)"
		return
	fi
	if ! run losetup "$out" "$DISK_FILE"; then
		not_ok "$what" "$(why)"
		return
	fi
	disk_dev=$(losetup -a | awk -F: -v f="$DISK_FILE" 'index($0, f) { print $1; exit }')
	disk_sum=$(disk_pattern_sum)
	out=
	if [ -b "$disk_dev" ] && [ ${#disk_sum} = 64 ]; then
		ok "$what ($disk_dev)"
	else
		not_ok "$what" "loop device '$disk_dev', pattern sum '$disk_sum'"
		disk_dev=
	fi
}

# disk_cfg ROLE: the xl lines that give the domU the disk (target= last:
# xl takes the rest of the spec as the path) and its role in
# the blkfront suite (write, or verify what the first domU wrote).
disk_cfg() {
	if [ -z "$disk_dev" ]; then
		echo "cmdline = \"console=hvc0 armxen.linger=$LINGER\""
		return
	fi
	local role=$1
	# Both write protocols are covered: the write domU uses persistent
	# grants under an arm64 dom0 and a grant for each request under an
	# arm32 one (the verify domU always reads with persistent grants).
	[ "$role" = write ] && [ "$(uname -m)" != aarch64 ] && role=write-plain
	echo "cmdline = \"console=hvc0 armxen.blk=$role armxen.linger=$LINGER\""
	echo "disk = [ 'format=raw, vdev=xvda, access=rw, backendtype=phy, script=$BLK_SCRIPT, target=$disk_dev' ]"
}

# detach_on_request DOMID: the verify domU writes data/armxen-blk-detach
# while it has reads in flight; detach its disk then, as a user would, and
# leave the outcome in $DETACH_OUT.  Run in the background, like
# answer_ping; killed when the domU has shut down.
detach_on_request() {
	local d=/local/domain/$1/data
	while ! xenstore-read "$d/armxen-blk-detach" >/dev/null 2>&1; do
		timeout 2 xenstore-watch -n 2 "$d/armxen-blk-detach" >/dev/null 2>&1
	done
	: >"$DETACH_OUT.tmp"
	if timeout $DETACH_WAIT xl block-detach "$1" xvda >"$DETACH_OUT.tmp" 2>&1; then
		echo "detached" >>"$DETACH_OUT.tmp"
	else
		echo "exit status $?" >>"$DETACH_OUT.tmp"
	fi
	mv "$DETACH_OUT.tmp" "$DETACH_OUT"
}

# check_detach ISA: the detach the verify domU asked for went through.
check_detach() {
	local what="$1: xl block-detach while the domU's reads were in flight"
	out=
	if [ ! -f "$DETACH_OUT" ]; then
		not_ok "$what" "the domU never asked for it (data/armxen-blk-detach)"
	elif [ "$(tail -n 1 "$DETACH_OUT")" = detached ]; then
		ok "$what"
	else
		out=$(cat "$DETACH_OUT")
		not_ok "$what" "$(tail -n 1 "$DETACH_OUT")"
	fi
}

# check_disk ISA: once the domU is gone, the file holds the pattern.
check_disk() {
	local what="$1: the disk file holds the written pattern (sha256)" sum
	out=
	if [ -z "$disk_dev" ]; then
		not_ok "$what" "no disk"
		return
	fi
	sum=$(sha256sum "$DISK_FILE" | cut -d ' ' -f 1)
	if [ "$sum" = "$disk_sum" ]; then
		ok "$what"
	else
		not_ok "$what" "sha256 $sum, the pattern's is $disk_sum"
	fi
}

destroy() {
	if ! run xl destroy "$2"; then
		not_ok "$1: xl destroy" "$(why)"
	elif ! xl_wait_gone "$2" $GONE_WAIT; then
		not_ok "$1: xl destroy" "$2 still listed after $GONE_WAIT s"
	else
		out=
		ok "$1: xl destroy"
	fi
}

# test_image IMAGE ROLE: six results, one (write) or two (verify) about
# the disk, and PEER_RESULTS from the peers in dom0.  The write domU is
# stopped with xl shutdown, the verify domU with xl reboot.
test_image() {
	local isa name pinger detacher= vcpus how=shutdown
	[ "$2" = write ] || how=reboot
	isa=$(basename "$1" .img)
	name=armxen-$isa
	xl_cfg "$name" "$1" 64
	disk_cfg "$2" >>"$cfg"
	# xl_cfg writes the one-vCPU line the other scenarios want.
	domu_vcpus "$isa"
	sed -i "s/^vcpus = 1\$/vcpus = $vcpus/" "$cfg"
	# Created paused: the dom0 programs beside it start first, so that
	# its suites do not wait seconds for them on a loaded dom0.
	if ! run xl create -p "$cfg"; then
		not_ok "$isa: xl create" "$(why)"
		out=
		not_ok "$isa: xl $how while the domU lingers" "not created"
		not_ok "$isa: the domU stopped as xl $how asked (not crashed)" "not created"
		not_ok "$isa: all $vcpus vCPUs ran (xl vcpu-list)" "not created"
		show_console "$isa" "$name"
		not_ok "$isa: xl destroy" "not created"
		[ "$2" = write ] || not_ok "$isa: xl block-detach while the domU's reads were in flight" "not created"
		check_disk "$isa"
		peers=
		peer_results "$isa" "not created"
		return
	fi
	ok "$isa: xl create ($(wc -c <"$1")-byte kernel)"
	pinger=
	peers=
	if run xl domid "$name"; then
		peer_start "$isa" "$out"
		answer_ping "$out" &
		pinger=$!
		if [ "$2" = verify ]; then
			rm -f "$DETACH_OUT" "$DETACH_OUT.tmp"
			detach_on_request "$out" &
			detacher=$!
		fi
	fi
	# Left paused, it fails "powered off" with state --p---.
	run xl unpause "$name" || echo "# xl unpause $name: $(why)"
	ask_stop "$isa" "$name" $how
	xl_wait_shutdown "$name" $DOMU_WAIT
	[ -z "$pinger" ] || kill "$pinger" 2>/dev/null
	# An `xl block-detach` under way is left to finish (it is bounded);
	# a helper still waiting for the domU's request is not.
	if [ -n "$detacher" ]; then
		[ -e "$DETACH_OUT.tmp" ] || [ -e "$DETACH_OUT" ] || kill "$detacher" 2>/dev/null
		wait "$detacher"
	fi
	peer_results "$isa"
	check_reason "$isa" "$name" $how
	# A domU that hangs spinning would slow everything after it down.
	case $state in
	???s??) ;;
	*) run xl pause "$name" ;;
	esac
	check_vcpus "$isa" "$name"
	show_console "$isa" "$name"
	destroy "$isa" "$name"
	[ "$2" = write ] || check_detach "$isa"
	check_disk "$isa"
}

images=$(ls "$DOMU_DIR"/*.img 2>/dev/null)
if [ -z "$images" ]; then
	echo "1..1"
	not_ok "domU kernels" "no $DOMU_DIR/*.img in the image"
	exit 1
fi
count=$(echo "$images" | wc -l)
echo "1..$(((8 + PEER_RESULTS) * count))"
disk_setup
role=write
for img in $images; do
	test_image "$img" $role
	role=verify
done
[ -z "$disk_dev" ] || losetup -d "$disk_dev"
rm -f "$DISK_FILE"
exit "$failed"
