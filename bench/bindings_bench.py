#!/usr/bin/env python3
"""One call from Java and PHP against the same call from C, in one run
(issue 13: target Java and PHP ≤ 1.3 × C on the example department).

Runs, back to back and each pinned to one core (taskset -c CPU):
  C     bench/c_abi_bench.cc's BM_CAbiDepartment* (Google Benchmark), the
        library loaded with dlopen: liaison_evaluate_json + liaison_free of
        examples/department.json under the embedded "hunan" policy as of
        2026-12-31; the same with the document copied out (what any binding
        returning a string must do); liaison_grade_caps(10);
        liaison_grade_check of a department of 10.
  Java  bench/java/BindingBench.java: Policy.evaluateJson(byte[], date) → String,
        gradeCaps(10) → int[], checkGrades(…) → GradeCheck; JIT warm-up first.
  PHP   bench/php/binding_bench.php: $policy->evaluate() → string,
        gradeCaps(10), checkGrades(…); php-cli, FFI::cdef.
and prints each call's median time, its ratio to C's, and each process's peak
RSS (from wait4) and, for Java and PHP, the memory a call allocates. With
--runs N the three run N times in turn; the table gives the median of the
runs' medians and every run's ratio.

    cmake --preset release && cmake --build build/release -j2 \
        --target c_abi_bench liaison_bindings_bench liaison_php
    python3 bench/bindings_bench.py [--runs 3] [--cpu 1]
or  cmake --build build/release --target bindings_bench
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CALLS = [  # (binding's name, C benchmark, what)
    ("evaluate", "BM_CAbiDepartmentEvaluate", "evaluate examples/department.json"),
    ("grade_caps", "BM_CAbiDepartmentGradeCaps", "grade caps, base 10 (typed)"),
    ("grade_check", "BM_CAbiDepartmentGradeCheck", "grade check, 10 cadres (typed)"),
]
TARGET = 1.3


def run_measured(command: list, env: dict) -> tuple:
    """Runs `command`; its stdout and its peak RSS in KiB (wait4's ru_maxrss)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            sys.exit(f"{' '.join(map(str, command))} failed ({process.returncode}):\n"
                     f"{err.read().decode(errors='replace')}")
        return out.read().decode(), usage.ru_maxrss


def pinned(command: list, cpu: str) -> list:
    return (["taskset", "-c", cpu] if cpu and shutil.which("taskset") else []) + command


def run_c(args, env) -> dict:
    text, rss = run_measured(pinned([str(args.c_bench), "--benchmark_filter=^BM_CAbiDepartment",
                                     f"--benchmark_repetitions={args.rounds}",
                                     f"--benchmark_min_time={args.seconds}",
                                     "--benchmark_min_warmup_time=1",
                                     "--benchmark_format=json"], args.cpu), env)
    report = json.loads(text)
    runs, cpu = {}, {}
    for entry in report["benchmarks"]:
        if entry.get("run_type") == "iteration":
            scale = {"ms": 1e6, "us": 1e3, "ns": 1, "s": 1e9}[entry["time_unit"]]
            runs.setdefault(entry["run_name"], []).append(entry["real_time"] * scale)
            cpu.setdefault(entry["run_name"], []).append(entry["cpu_time"] * scale)
    figures = {name: {"ns_per_call": statistics.median(values), "rounds": values,
                      "cpu_ns_per_call": statistics.median(cpu[name])}
               for name, values in runs.items()}
    figures["process"] = {"peak_rss_kib": rss}
    return figures


def run_lines(command: list, args, env) -> dict:
    text, rss = run_measured(pinned(command, args.cpu), env)
    figures = {}
    for line in text.splitlines():
        if line.startswith("{"):
            entry = json.loads(line)
            figures[entry["name"]] = entry
    figures["process"]["peak_rss_kib_wait4"] = rss
    return figures


def main() -> int:
    build = REPO / "build" / "release"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="times to run the three (default 3)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per call (default 5)")
    parser.add_argument("--seconds", type=float, default=0.5, help="seconds per round (default 0.5)")
    parser.add_argument("--cpu", default="1", help="taskset -c this CPU ('' for none; default 1)")
    parser.add_argument("--records", type=Path, default=REPO / "examples" / "department.json")
    parser.add_argument("--c-bench", type=Path, default=build / "bench" / "c_abi_bench")
    parser.add_argument("--library", type=Path, default=build / "capi" / "libliaison.so.1")
    parser.add_argument("--java", default=shutil.which("java") or "java")
    parser.add_argument("--classpath", default=f"{build / 'bench' / 'liaison_bindings_bench.jar'}:"
                        f"{build / 'bindings' / 'java' / 'liaison.jar'}:/usr/share/java/jna.jar")
    parser.add_argument("--php", default=shutil.which("php8.2") or shutil.which("php") or "php")
    parser.add_argument("--php-dir", type=Path, default=build / "bindings" / "php")
    args = parser.parse_args()

    for needed in [args.c_bench, args.library, args.php_dir / "liaison_php.h",
                   *map(Path, args.classpath.split(":"))]:
        if not needed.exists():
            sys.exit(f"{needed} is missing: cmake --build build/release --target c_abi_bench "
                     "liaison_bindings_bench liaison_php")
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LIAISON_PHP_DIR=str(args.php_dir),
               LIAISON_LIBRARY=str(args.library))
    seconds = str(args.seconds)
    java = [args.java, "-cp", args.classpath, f"-Dliaison.library={args.library}",
            "BindingBench", str(args.records), seconds, str(args.rounds)]
    php = [args.php, str(REPO / "bench" / "php" / "binding_bench.php"), str(args.records), seconds,
           str(args.rounds)]

    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                  if line.startswith("model name")), "unknown CPU")
    print(f"machine: {model}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}; "
          f"pinned to CPU {args.cpu or '(none)'}")
    print(f"records: {args.records} ({args.records.stat().st_size:,} bytes), policy hunan, "
          f"as of 2026-12-31; {args.runs} runs × {args.rounds} rounds of ~{args.seconds} s")

    runs = []
    for r in range(args.runs):
        c = run_c(args, env)
        j = run_lines(java, args, env)
        p = run_lines(php, args, env)
        runs.append({"c": c, "java": j, "php": p})
        line = [f"run {r + 1}:"]
        for name, c_name, _ in CALLS:
            line.append(f"{name} C {c[c_name]['ns_per_call']:.0f} ns, Java "
                        f"{j[name]['ns_per_call'] / c[c_name]['ns_per_call']:.2f}×, PHP "
                        f"{p[name]['ns_per_call'] / c[c_name]['ns_per_call']:.2f}×;")
        print(" ".join(line), flush=True)

    def med(side, name, key="ns_per_call"):
        return statistics.median(run[side][name][key] for run in runs)

    for key, title in (("ns_per_call", "wall-clock"), ("cpu_ns_per_call", "process CPU")):
        print()
        print(f"{title + ' time per call, median of runs':<44} {'C':>10} {'Java':>10} {'PHP':>10} "
              f"{'Java/C':>7} {'PHP/C':>7}  each run's Java/C; PHP/C")
        for name, c_name, what in CALLS:
            c_ns, j_ns, p_ns = (med("c", c_name, key), med("java", name, key),
                                med("php", name, key))
            unit, scale = ("µs", 1e3) if c_ns > 10_000 else ("ns", 1)
            jr = ", ".join(f"{run['java'][name][key] / run['c'][c_name][key]:.2f}" for run in runs)
            pr = ", ".join(f"{run['php'][name][key] / run['c'][c_name][key]:.2f}" for run in runs)
            print(f"{what:<44} {c_ns / scale:>7.1f} {unit} {j_ns / scale:>7.1f} {unit} "
                  f"{p_ns / scale:>7.1f} {unit} {j_ns / c_ns:>6.2f}× {p_ns / c_ns:>6.2f}×  {jr}; {pr}")
            if name == "evaluate":
                copied = med("c", "BM_CAbiDepartmentEvaluateCopied", key)
                print(f"{'  C, the document copied out':<44} {copied / 1e3:>7.1f} µs "
                      f"{'':>10} {'':>10} {copied / c_ns:>6.2f}×")
                for extra, label in (("evaluate_utf8", "  Java evaluateJsonUtf8 (byte[] out)"),):
                    if extra in runs[0]["java"]:
                        e_ns = med("java", extra, key)
                        print(f"{label:<44} {'':>10} {e_ns / 1e3:>7.1f} µs {'':>10} "
                              f"{e_ns / c_ns:>6.2f}×")
    print()
    result_bytes = runs[0]["java"]["evaluate"]["result_bytes"]
    print(f"evaluation document: {result_bytes:,} bytes of UTF-8 "
          f"(PHP: {runs[0]['php']['evaluate']['result_bytes']:,})")
    print("memory:")
    print(f"  peak RSS (wait4), median of runs: C {med('c', 'process', 'peak_rss_kib') / 1024:.1f} MiB, "
          f"Java {med('java', 'process', 'peak_rss_kib_wait4') / 1024:.1f} MiB, "
          f"PHP {med('php', 'process', 'peak_rss_kib_wait4') / 1024:.1f} MiB")
    for name, _, what in CALLS:
        print(f"  allocated per call, {what}: Java heap "
              f"{med('java', name, 'bytes_allocated_per_call'):,.0f} B, PHP "
              f"{med('php', name, 'bytes_allocated_per_call'):,.0f} B")
    print()
    for key, title in (("ns_per_call", "wall-clock"), ("cpu_ns_per_call", "CPU")):
        c_ns = med("c", "BM_CAbiDepartmentEvaluate", key)
        verdicts = []
        for side, name, label in (("java", "evaluate", "Java String"),
                                  ("java", "evaluate_utf8", "Java byte[]"),
                                  ("php", "evaluate", "PHP")):
            if name in runs[0][side]:
                ratio = med(side, name, key) / c_ns
                verdicts.append(f"{label} {ratio:.2f}× ({'met' if ratio <= TARGET else 'NOT met'})")
        print(f"evaluate, example department, {title}: " + ", ".join(verdicts) +
              f"; target ≤ {TARGET}× C")
    return 0


if __name__ == "__main__":
    sys.exit(main())
