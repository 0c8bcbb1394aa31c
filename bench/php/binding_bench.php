<?php
/**
 * The PHP binding's per-call cost, next to the C figures of
 * bench/c_abi_bench.cc (BM_CAbiDepartment*): bench/bindings_bench.py runs
 * both, and the Java one, back to back.
 *
 *   LIAISON_PHP_DIR=build/release/bindings/php \
 *   php bench/php/binding_bench.php examples/department.json [seconds per round] [rounds]
 *
 * Each call is timed as an OA system makes it: $policy->evaluate($records,
 * '2026-12-31') returns the evaluation as a PHP string (the library's
 * document copied with FFI::string, then freed); gradeCaps(10) and
 * checkGrades(…) return arrays. Every call runs untimed first (warm-up),
 * then in rounds of about the given seconds; a round's time divided by its
 * calls is one figure, and the median of the rounds is printed, in
 * wall-clock time and in the process's CPU time (getrusage). Allocation
 * per call is the growth of memory_get_usage() over one call (the result
 * kept), which is what the call leaves to the request.
 *
 * Output: one JSON object per line, as bench/java/BindingBench.java prints.
 */
require_once getenv('LIAISON_PHP_DIR') . '/Liaison.php';
require_once getenv('LIAISON_PHP_DIR') . '/LiaisonException.php';

$records = file_get_contents($argv[1]);
$seconds = (float) ($argv[2] ?? 0.5);
$rounds = (int) ($argv[3] ?? 5);
$grades = [0, 0, 0, 1, 1, 1, 1, 1, 2, -1];

/** The process's CPU time (user and system), in nanoseconds. */
function cpuNs(): int
{
    $usage = getrusage();
    return ($usage['ru_utime.tv_sec'] + $usage['ru_stime.tv_sec']) * 1_000_000_000
        + ($usage['ru_utime.tv_usec'] + $usage['ru_stime.tv_usec']) * 1000;
}

function median(array $values): float
{
    sort($values);
    $n = count($values);
    return $n % 2 === 1 ? $values[intdiv($n, 2)] : ($values[$n / 2 - 1] + $values[$n / 2]) / 2;
}

function run(string $name, float $seconds, int $rounds, int $resultBytes, callable $call): void
{
    // Warm-up: 1 s (PHP has no JIT here, but FFI's caches and the allocator settle).
    $until = hrtime(true) + 1_000_000_000;
    $s = 0;
    do {
        $s += $call();
    } while (hrtime(true) < $until);
    $start = hrtime(true);
    for ($i = 0; $i < 100; $i++) {
        $s += $call();
    }
    $batch = max(1, (int) ($seconds * 1e9 / ((hrtime(true) - $start) / 100)));

    $figures = [];
    $cpu = [];
    for ($r = 0; $r < $rounds; $r++) {
        $c0 = cpuNs();
        $t0 = hrtime(true);
        for ($i = 0; $i < $batch; $i++) {
            $s += $call();
        }
        $figures[] = (hrtime(true) - $t0) / $batch;
        $cpu[] = (cpuNs() - $c0) / $batch;
    }
    $before = memory_get_usage();
    $kept = $call(true);
    $allocated = memory_get_usage() - $before;
    unset($kept);
    echo json_encode([
        'name' => $name, 'ns_per_call' => round(median($figures), 1),
        'rounds' => array_map(fn ($f) => round($f, 1), $figures),
        'cpu_ns_per_call' => round(median($cpu), 1),
        'bytes_allocated_per_call' => $allocated, 'calls' => $batch * $rounds,
        'result_bytes' => $resultBytes, 'sink' => $s % 2,
    ]), "\n";
}

$policy = Liaison::embedded('hunan');
$resultBytes = strlen($policy->evaluate($records, '2026-12-31'));
// With $keep the call returns what it made, to measure the memory it holds.
run('evaluate', $seconds, $rounds, $resultBytes,
    fn ($keep = false) => $keep ? $policy->evaluate($records, '2026-12-31') : strlen($policy->evaluate($records, '2026-12-31')));
run('grade_caps', $seconds, $rounds, 0,
    fn ($keep = false) => $keep ? $policy->gradeCaps(10) : $policy->gradeCaps(10)[0]);
run('grade_check', $seconds, $rounds, 0,
    fn ($keep = false) => $keep ? $policy->checkGrades($grades) : $policy->checkGrades($grades)['over_cap']);

$peak = -1;
foreach (file('/proc/self/status') as $line) {
    if (str_starts_with($line, 'VmHWM:')) {
        $peak = (int) preg_replace('/[^0-9]/', '', $line);
    }
}
echo json_encode(['name' => 'process', 'peak_rss_kib' => $peak,
    'php_peak_bytes' => memory_get_peak_usage()]), "\n";
