#!/usr/bin/env python3
"""The command's cost per cadre and peak memory as the input grows.

Runs `liaison evaluate --json --quiet --policy hunan --as-of 2026-12-31 FILE`
(output to /dev/null) once per records file and prints, as a Markdown table,
for each: the cadres, the input's size, the CPU time (user + system) and the
wall time per cadre, and the peak resident memory (the child's maximum RSS,
from wait4). The records files are written beforehand by
write_synthetic_records (bench/write_synthetic_records.cc).

    bench/command_scaling.py --liaison build/release/bindings/cli/liaison \\
        --pin 1 1000:/tmp/doc-1000.json 10000:/tmp/doc-10000.json

--option adds an option to the command (repeatable), e.g. --option=--jsonl
(which takes the place of --json).
--no-quiet leaves --quiet out, for a build of the command that lacks it.
"""
import argparse
import os
import subprocess
import sys
import time


def measure(command, path):
    """(cpu seconds, wall seconds, peak RSS in KiB, exit status) of one run."""
    with open(os.devnull, "wb") as sink:
        start = time.monotonic()
        child = subprocess.Popen(command + [path], stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        errors = child.stderr.read().decode("utf-8", "replace")
    if child.returncode != 0:
        print(f"{path}: exit {child.returncode}: {errors.strip()[:300]}", file=sys.stderr)
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss, child.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--liaison", required=True, help="the liaison command to measure")
    parser.add_argument("--pin", type=int, help="run pinned to this core (taskset)")
    parser.add_argument("--option", action="append", default=[], help="an extra option")
    parser.add_argument("--no-quiet", action="store_true", help="leave --quiet out")
    parser.add_argument("inputs", nargs="+", help="CADRES:FILE, one per size")
    args = parser.parse_args()

    # --jsonl replaces --json: the command takes one output form.
    form = [] if "--jsonl" in args.option else ["--json"]
    command = [args.liaison, "evaluate"] + form + ["--policy", "hunan", "--as-of", "2026-12-31"] \
        + ([] if args.no_quiet else ["--quiet"]) + args.option
    if args.pin is not None:
        command = ["taskset", "-c", str(args.pin)] + command
    print("| cadres | input | CPU per cadre | wall per cadre | peak RSS | peak − input |")
    print("|---:|---:|---:|---:|---:|---:|")
    for item in args.inputs:
        cadres_text, path = item.split(":", 1)
        cadres = int(cadres_text)
        size = os.path.getsize(path)
        cpu, wall, peak_kib, status = measure(command, path)
        peak = peak_kib * 1024
        note = "" if status == 0 else f" (exit {status})"
        print(f"| {cadres:,} | {size / 2**20:,.1f} MiB | {cpu / cadres * 1e6:,.1f} µs "
              f"| {wall / cadres * 1e6:,.1f} µs | {peak / 2**20:,.1f} MiB "
              f"| {(peak - size) / 2**20:,.1f} MiB{note} |", flush=True)


if __name__ == "__main__":
    main()
