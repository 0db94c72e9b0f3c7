#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Turn a guest kernel's console into test results.

usage: ktap.py --name NAME [--prefix PREFIX] CONSOLE-LOG

Reads the guest's KTAP report and prints one unnumbered TAP line for each
case ("ok NAME: suite: case", "not ok NAME: suite: case # why", skipped
cases "ok ... # SKIP why"), one for the report as a whole ("NAME: KTAP
plan complete") and one for fault reports on the console.  With --prefix,
only lines that begin with PREFIX are the guest's (a dom0 test copies a
domU's console into its own output that way), the prefix removed.  Exit
status 0 only if none is "not ok".

scripts/run-xen uses the same code (import ktap) for the dom0 boots.
"""
import argparse
import re
import sys

# Lines that mean the guest or Xen hit something fatal, whatever happens next.
FAULT_PATTERNS = [
    re.compile(r"Kernel panic"),
    re.compile(r"Unhandled (exception|fault|trap)", re.I),
    re.compile(r"\bOops\b"),
    re.compile(r"Internal error"),
    re.compile(r"Hardware Dom0 crashed"),
    re.compile(r"Xen BUG at|Assertion '.*' failed|FATAL TRAP|Panic on CPU"),
]

KTAP_RESULT = re.compile(r"^(\s*)(ok|not ok) (\d+)(?: (?:- )?([^#]*?))?\s*(?:#\s*(.*))?$")
KTAP_PLAN = re.compile(r"^(\s*)1\.\.(\d+)")
KTAP_SUBTEST = re.compile(r"^(\s*)# Subtest: (.*)$")
KTAP_DIAG = re.compile(r"^(\s*)# (.*)$")


def fault_in(line):
    """The line, stripped, if it reports a fault; else None."""
    if any(pat.search(line) for pat in FAULT_PATTERNS):
        return line.strip()
    return None


class Ktap:
    """Flatten the guest's KTAP into "suite: case" results."""

    def __init__(self, name):
        self.name = name
        self.results = []          # (ok, description, directive)
        self.seen_header = False
        self.top_plan = None
        self.top_count = 0
        self.suite = None
        self.suite_plan = None
        self.suite_count = 0
        self.diags = []

    def feed(self, line):
        if line.strip() == "KTAP version 1" and not line.startswith(" "):
            self.seen_header = True
            return
        if not self.seen_header:
            return
        m = KTAP_SUBTEST.match(line)
        if m:
            self.suite, self.suite_plan, self.suite_count, self.diags = m.group(2), None, 0, []
            return
        m = KTAP_PLAN.match(line)
        if m:
            if m.group(1):
                self.suite_plan = int(m.group(2))
            elif self.top_plan is None:
                self.top_plan = int(m.group(2))
            return
        m = KTAP_RESULT.match(line)
        if m:
            self.result(bool(m.group(1)), m.group(2) == "ok", (m.group(4) or "").strip(),
                        (m.group(5) or "").strip())
            return
        m = KTAP_DIAG.match(line)
        if m and m.group(1):
            self.diags.append(m.group(2))

    def result(self, nested, ok, what, directive):
        if nested:
            self.suite_count += 1
            why = directive
            if not ok and self.diags:
                why = "; ".join(d for d in self.diags if d.startswith(what + ":")) or why
            self.results.append((ok, "%s: %s: %s" % (self.name, self.suite, what), why))
            self.diags = []
            return
        self.top_count += 1
        if self.suite_plan is not None and self.suite_plan != self.suite_count:
            self.results.append((False, "%s: %s: plan" % (self.name, what),
                                 "planned %d cases, saw %d" % (self.suite_plan, self.suite_count)))
        if not ok and not any(not r[0] for r in self.results if (": %s: " % what) in r[1]):
            self.results.append((False, "%s: %s" % (self.name, what), directive or "suite failed"))
        self.suite, self.suite_plan, self.suite_count = None, None, 0

    def finish(self):
        """The cases' results, and one for the report: a guest that stopped
        half-way (hang, crash, lost console output) fails that one."""
        if not self.seen_header:
            why = "no 'KTAP version 1' line"
        elif self.top_plan is None:
            why = "no plan"
        elif self.top_plan != self.top_count:
            why = "planned %d suites, saw %d" % (self.top_plan, self.top_count)
        else:
            why = ""
        self.results.append((not why, "%s: KTAP plan complete" % self.name, why))
        return self.results


def tap_line(ok, what, why):
    line = "%s %s" % ("ok" if ok else "not ok", what)
    return line + (" # %s" % why if why else "")


def main():
    p = argparse.ArgumentParser(usage=__doc__)
    p.add_argument("log")
    p.add_argument("--name", required=True)
    p.add_argument("--prefix", default="")
    args = p.parse_args()

    ktap = Ktap(args.name)
    faults = []
    try:
        with open(args.log, encoding="utf-8", errors="replace") as f:
            lines = f.read().replace("\r", "").split("\n")
    except OSError as e:
        print("# cannot read the console: %s" % e)
        lines = []
    for line in lines:
        if not line.startswith(args.prefix):
            continue
        line = line[len(args.prefix):]
        ktap.feed(line)
        fault = fault_in(line)
        if fault:
            faults.append(fault)
    results = ktap.finish()
    results.append((not faults, "%s: no fault reports" % args.name, faults[0] if faults else ""))
    for ok, what, why in results:
        print(tap_line(ok, what, why), flush=True)
    return 0 if all(r[0] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
