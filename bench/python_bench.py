#!/usr/bin/env python3
"""Evaluating 100,000 cadres from Python in one call, against the same through
the C++ API, in one run (target: Python ≤ 1.5 × C++).

1. Writes a records document (liaison.records/1, year 2026, policy "hunan")
   of --cadres synthetic cadres with --activities activities each, in
   departments of 10, to a temporary file. The generator is seeded: every run
   writes the same bytes.
2. Python, the records' bytes read from the file before timing (as the C++
   side reads its file before timing):
   - Policy.evaluate_each(records_bytes, "2026-12-31"): one call
     (liaison_evaluate_json_indexed) that leaves the document in the library's
     buffer with the place of each cadre's entry: the call the target is
     about. Then the same call followed by reading every entry's JSON bytes,
     and by decoding every entry into dicts.
   - Policy.evaluate(records_bytes, "2026-12-31"): liaison_evaluate_json, the
     result copied out and parsed whole with json.loads into dicts and lists;
     one more run splits it into the library call (with the copy) and
     json.loads.
3. C++: runs bench/evaluate_file_bench.cc (Google Benchmark) on the same file:
   BM_EvaluateRecordsJson (text → JSON text, what the C ABI returns) and
   BM_DecodeAndEvaluate (text → typed reports, no JSON out).

    cmake --preset release && cmake --build build/release
    python3 bench/python_bench.py [--cadres 100000] [--repetitions 3]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
AS_OF = "2026-12-31"

KINDS = ["lecture", "youth_visit", "youth_visit", "cadre_talk", "cadre_talk", "supervision",
         "work_task", "field_work"]
AREAS = ["theory_study", "three_meetings_one_class", "league_reform", "key_projects"]
LEVELS = ["city", "county", "township"]


def write_records(path: Path, cadres: int, activities: int, department_size: int = 10) -> None:
    """A deterministic records document like examples/department.json's cadres."""
    rng = random.Random(20261129)
    departments = (cadres + department_size - 1) // department_size
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"schema":"liaison.records/1","year":2026,"departments":[')
        out.write(",".join(f'{{"id":"d{d:05d}","name":"部门{d}"}}' for d in range(departments)))
        out.write('],"cadres":[')
        for c in range(cadres):
            parts = [
                f'{"," if c else ""}{{"id":"c{c:06d}","name":"干部{c}",'
                f'"department":"d{c // department_size:05d}","rank":"staff",'
                '"organ_level":"province","category":"full_time","contact_points":['
                '{"id":"cp1","kind":"youth_home","region":"长沙市"},'
                '{"id":"cp2","kind":"league_branch","region":"长沙市"},'
                '{"id":"cp3","kind":"social_org","region":"株洲市"}],"activities":['
            ]
            for a in range(activities):
                kind = rng.choice(KINDS)
                day = rng.randrange(360)
                activity = (f'{"," if a else ""}{{"id":"a{a}","date":"2026-{1 + day // 30:02d}-'
                            f'{1 + day % 28:02d}","kind":"{kind}","contact_point":'
                            f'"cp{rng.randrange(1, 4)}","evidence":"签到表{a}"')
                if kind == "youth_visit":
                    people = ",".join(f'"y{rng.randrange(200)}"' for _ in range(3))
                    activity += f',"headcount":12,"people":[{people}]'
                elif kind == "cadre_talk":
                    activity += f',"partner_level":"{rng.choice(LEVELS)}"'
                elif kind == "supervision":
                    activity += f',"area":"{rng.choice(AREAS)}"'
                elif kind == "field_work":
                    activity += f',"days":{rng.randrange(1, 5)}'
                parts.append(activity + "}")
            parts.append('],"submissions":[{"kind":"research_report","date":"2026-10-20"},'
                         '{"kind":"midyear_report","date":"2026-06-28"}],'
                         f'"grade":"{rng.choice(["excellent", "good", "fair", "good"])}"}}')
            out.write("".join(parts))
        out.write("]}")


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({model}{memory}), {platform.system()} {platform.release()}"


def timed(function, repetitions: int) -> list:
    """Wall-clock seconds of `repetitions` calls of `function`, each after a
    full collection; what a call returns is released before the next."""
    seconds = []
    for _ in range(repetitions):
        gc.collect()
        start = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - start)
        del result
    return seconds


def time_python(records: bytes, repetitions: int) -> dict:
    import liaison
    from liaison import _native
    from liaison.policy import _parse  # json.loads as Policy.evaluate runs it

    policy = liaison.Policy.embedded("hunan")

    # evaluate_each: one call, the document kept in the library's buffer with
    # the place of each cadre's entry. Then the same call followed by handing
    # over every cadre's entry as JSON bytes (what storing each report in an
    # OA system's table takes), and by decoding every entry into dicts.
    def each_and(read):
        def run():
            with policy.evaluate_each(records, AS_OF) as evaluation:
                return read(evaluation)
        return run

    # One untimed call first: the process's first gigabyte-sized result pays
    # for fresh pages, which no later call (and not the C++ side, whose
    # Google Benchmark runs warm up) pays again.
    each_and(len)()
    each = timed(each_and(len), repetitions)
    each_bytes = timed(each_and(lambda e: sum(len(e.entry_json(i)) for i in range(len(e)))),
                       repetitions)
    each_dicts = timed(each_and(lambda e: sum(entry["ok"] for entry in e)), repetitions)

    # evaluate: the whole document as dicts and lists.
    evaluate = timed(lambda: policy.evaluate(records, AS_OF), repetitions)
    evaluation = policy.evaluate(records, AS_OF)
    cadres = len(evaluation["results"])
    errors = sum(not entry["ok"] for entry in evaluation["results"])
    del evaluation
    # Its split: the library call (decode, evaluate, encode, copy out and
    # decode the UTF-8 into a str), then json.loads (with the cyclic GC paused,
    # as Policy.evaluate parses).
    gc.collect()
    lib = _native.library()
    date = AS_OF.encode()
    start = time.perf_counter()
    with policy._use() as pointer:
        text = _native.call_document(lib.liaison_evaluate_json, pointer, records, len(records),
                                     date, len(date))
    call = time.perf_counter() - start
    result_bytes = len(text.encode("utf-8"))
    start = time.perf_counter()
    _parse(text)
    loads = time.perf_counter() - start
    return {"each": each, "each_bytes": each_bytes, "each_dicts": each_dicts,
            "evaluate": evaluate, "call": call, "loads": loads, "cadres": cadres,
            "errors": errors, "result_bytes": result_bytes, "library": liaison.library_path()}


def time_cxx(program: Path, records_path: Path, repetitions: int) -> dict:
    env = dict(os.environ, LIAISON_BENCH_RECORDS=str(records_path))
    # A warm-up run first, as on the Python side.
    run = subprocess.run([str(program), f"--benchmark_repetitions={repetitions}",
                          "--benchmark_min_warmup_time=0.1", "--benchmark_format=json"],
                         env=env, capture_output=True, text=True, check=True)
    report = json.loads(run.stdout)
    runs = {}
    for entry in report["benchmarks"]:
        if entry.get("run_type") == "iteration":
            seconds = entry["real_time"] / {"ms": 1e3, "us": 1e6, "ns": 1e9, "s": 1}[entry["time_unit"]]
            runs.setdefault(entry["run_name"].split("/")[0], []).append(seconds)
    return {name: {"runs": values, "median": statistics.median(values)}
            for name, values in runs.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cadres", type=int, default=100_000)
    parser.add_argument("--activities", type=int, default=40)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--build", type=Path, default=REPO / "build" / "release",
                        help="the CMake build directory (default: build/release)")
    parser.add_argument("--records", type=Path,
                        help="where to write the records file (default: a temporary file)")
    args = parser.parse_args()

    library = args.build / "capi" / "libliaison.so.1"
    program = args.build / "bench" / "evaluate_file_bench"
    for needed in (library, program):
        if not needed.exists():
            sys.exit(f"{needed} is missing: build with cmake --preset release && "
                     f"cmake --build build/release")
    os.environ.setdefault("LIAISON_LIBRARY", str(library))
    sys.path.insert(0, str(REPO / "bindings" / "python"))

    with tempfile.TemporaryDirectory(prefix="liaison-bench-") as scratch:
        records_path = args.records or Path(scratch) / "records.json"
        start = time.perf_counter()
        write_records(records_path, args.cadres, args.activities)
        generated = time.perf_counter() - start
        records = records_path.read_bytes()
        print(f"machine: {machine()}")
        print(f"python:  {platform.python_implementation()} {platform.python_version()}")
        print(f"records: {args.cadres:,} cadres × {args.activities} activities, "
              f"{len(records) / 1e6:.0f} MB (written in {generated:.1f} s)")
        python = time_python(records, args.repetitions)
        del records
        gc.collect()
        cxx = time_cxx(program, records_path, args.repetitions)

    if python["errors"]:
        print(f"warning: {python['errors']} cadres were error entries")
    json_cxx = cxx["BM_EvaluateRecordsJson"]["median"]
    typed_cxx = cxx["BM_DecodeAndEvaluate"]["median"]
    median = {name: statistics.median(python[name])
              for name in ("each", "each_bytes", "each_dicts", "evaluate")}
    print(f"library: {python['library']}")
    print(f"result:  {python['cadres']:,} reports, {python['result_bytes'] / 1e6:.0f} MB of JSON")
    print(f"medians of {args.repetitions} runs, wall-clock seconds (× C++ JSON out):")
    rows = [
        ("Python evaluate_each (one call)", median["each"]),
        ("  and every entry's JSON bytes read", median["each_bytes"]),
        ("  and every entry decoded into dicts", median["each_dicts"]),
        ("Python evaluate (whole document as dicts)", median["evaluate"]),
        ("  of which the library call and copy-out", python["call"]),
        ("  of which json.loads", python["loads"]),
        ("C++ EvaluateRecordsJson (JSON text out)", json_cxx),
        ("C++ DecodeRecords + EvaluateBatch (typed)", typed_cxx),
    ]
    for label, seconds in rows:
        print(f"  {label:<46} {seconds:8.2f} s  {seconds / json_cxx:5.2f}×")
    ratio = median["each"] / json_cxx
    print(f"Python evaluate_each / C++ EvaluateRecordsJson: {ratio:.2f}×  (target ≤ 1.5×: "
          f"{'met' if ratio <= 1.5 else 'NOT met'})")
    for name in ("each", "each_bytes", "each_dicts", "evaluate"):
        print(f"  runs of {name}: " + ", ".join(f"{s:.2f}" for s in python[name]))
    print("  runs of C++ EvaluateRecordsJson: " +
          ", ".join(f"{s:.2f}" for s in cxx["BM_EvaluateRecordsJson"]["runs"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
