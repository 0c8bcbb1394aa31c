<?php
/**
 * The PHP binding (bindings/php) against the library, every public method.
 *
 * Run by ctest from the command line (FFI::cdef) under LANG=C and a UTF-8
 * locale, and under php-cgi with ffi.enable=preload and the shipped
 * liaison.ini and preload.php, as PHP-FPM runs it (FFI::scope). Expected
 * values are worked out by hand from the Hunan plan (优 ≤ 30%, 良 ≤ 50%,
 * rounded down) or are the liaison command's output on the same input.
 *
 * Environment: LIAISON_PHP_DIR (the binding), LIAISON_SOURCE, LIAISON_CLI,
 * LIAISON_MODE (cli or preload).
 */
$source = getenv('LIAISON_SOURCE');
$cli = getenv('LIAISON_CLI');
$mode = getenv('LIAISON_MODE');
if ($mode === 'cli') {
    require_once getenv('LIAISON_PHP_DIR') . '/Liaison.php';
    require_once getenv('LIAISON_PHP_DIR') . '/LiaisonException.php';
}
require_once $source . '/examples/php/json_indent.php';

$passed = 0;
$failed = 0;
function check(bool $condition, string $what): void
{
    global $passed, $failed;
    if ($condition) {
        $passed++;
    } else {
        $failed++;
        echo "FAIL: $what\n";
    }
}
function same($expected, $actual, string $what): void
{
    check($expected === $actual, $what . ($expected === $actual ? '' : ': expected ' . substr(var_export($expected, true), 0, 300)
        . ', got ' . substr(var_export($actual, true), 0, 300)));
}
function raised(callable $body): ?LiaisonException
{
    try {
        $body();
    } catch (LiaisonException $e) {
        return $e;
    }
    return null;
}
function command(string ...$args): string
{
    global $cli;
    return shell_exec(escapeshellarg($cli) . ' ' . implode(' ', array_map('escapeshellarg', $args)));
}

if ($mode === 'preload') {
    // As PHP-FPM runs: not the CLI, FFI refused at request time, the scope preloaded.
    same('cgi-fcgi', PHP_SAPI, 'SAPI');
    same('preload', ini_get('ffi.enable'), 'ffi.enable');
    $refused = false;
    try {
        FFI::cdef('int abs(int);');
    } catch (FFI\Exception $e) {
        $refused = true;
    }
    check($refused, 'FFI::cdef refused at request time');
    // Only preloaded code may use FFI (so the class, not this file, calls it).
    check(in_array('Liaison', opcache_get_status()['preload_statistics']['classes'] ?? [], true), 'Liaison preloaded');
}

$department = file_get_contents("$source/examples/department.json");
$departmentFile = "$source/examples/department.json";
$chinese = '{"schema":"liaison.records/1","year":2026,"departments":[{"id":"d","name":"团委"}],'
    . '"cadres":[{"id":"c1","name":"团课𠮷","department":"d","rank":"staff","organ_level":"province",'
    . '"category":"full_time","contact_points":[],"activities":[]}]}';

same('0.1.0', Liaison::version(), 'version');
same(1, Liaison::abiVersion(), 'ABI version');
same('LIAISON_INVALID_DOCUMENT', Liaison::statusName(2), 'status name 2');
same('', Liaison::statusName(42), 'status name 42');
same(['hunan-2018', 'hunan'], Liaison::embeddedIds(), 'embedded ids');

$policy = Liaison::embedded('hunan');
same('hunan', $policy->id(), 'id');
same(2019, $policy->year(), 'year');
check(preg_match('/^sha256:[0-9a-f]{64}$/', $policy->fingerprint()) === 1, 'fingerprint');
same([['id' => 'excellent', 'zh' => '优', 'en' => 'excellent'], ['id' => 'good', 'zh' => '良', 'en' => 'good'],
      ['id' => 'fair', 'zh' => '中', 'en' => 'fair'], ['id' => 'poor', 'zh' => '差', 'en' => 'poor']],
     $policy->grades(), 'grades');
same($policy->fingerprint(), Liaison::fromJson($policy->canonicalJson())->fingerprint(), 'canonical round trip');

$e = raised(fn () => Liaison::embedded('hunan-2031'));
same(Liaison::NOT_FOUND, $e?->getCode(), 'unknown policy');
check(str_contains($e?->getMessage() ?? '', 'hunan-2018'), 'NOT_FOUND names the ids');
$original = file_get_contents("$source/src/policy/policies/hunan.json");
$bad = preg_replace('/"min": *2,/', '"min": -1,', $original, 1);
check($bad !== $original, 'a min of 2 replaced');
$e = raised(fn () => Liaison::fromJson($bad));
same(Liaison::INVALID_DOCUMENT, $e?->getCode(), 'bad policy');
check(preg_match('/^\$\.rules\[\d+\]\.min$/', $e?->getPath() ?? '') === 1, 'bad policy path ' . $e?->getPath());
same($e?->getPath(), $e?->getProblems()[0]['path'] ?? null, 'first problem path');
same('LIAISON_INVALID_DOCUMENT', $e?->getStatusName(), 'status name of the exception');

// Documents, byte for byte the command's.
same(command('evaluate', '--policy', 'hunan', '--as-of', '2026-12-31', $departmentFile, '--json'),
     json_indent($policy->evaluate($department, '2026-12-31')), 'evaluate');
same(command('progress', '--policy', 'hunan', '--as-of', '2026-06-30', $departmentFile, '--json'),
     json_indent($policy->progress($department, '2026-06-30')), 'progress');
same(command('grade', '--policy', 'hunan', '--as-of', '2026-12-31', $departmentFile, '--json'),
     json_indent($policy->propose($department, '2026-12-31')), 'propose');
same(command('caps', '--policy', 'hunan', '10', '--json'), json_indent($policy->caps(10)), 'caps');
$checked = $policy->check($department, '2026-12-31');
same(false, $checked['passed'], 'check: 宣传部 grades c11 优 with no 优 place');
same(command('check', '--policy', 'hunan', '--as-of', '2026-12-31', $departmentFile, '--json'),
     json_indent($checked['json']), 'check');
$before = Liaison::embedded('hunan-2018');
same(command('diff', '--before', 'hunan-2018', '--after', 'hunan', '--as-of', '2026-12-31', $departmentFile, '--json'),
     json_indent($before->diff($policy, $department, '2026-12-31')), 'diff');

// examples/department.json has 13 cadres, c01 刘建华 first, c13 曾凡 last.
$entries = $policy->evaluateEach($department, '2026-12-31');
same(13, count($entries), 'entries');
check(str_contains($entries[0], '"cadre":"c01","name":"刘建华"'), 'entry 1');
check(str_contains($entries[12], '"cadre":"c13","name":"曾凡"'), 'entry 13');

// Chinese text round-trips exactly, outside the BMP too.
$evaluation = $policy->evaluate($chinese, '2026-06-30');
check(str_contains($evaluation, '"name":"团委"') && str_contains($evaluation, '"name":"团课𠮷"'), 'Chinese names');
check(!str_contains($evaluation, '?'), 'no ? in the evaluation');

// Typed grading: ⌊0.3 n⌋ and ⌊0.5 n⌋; 中 and 差 not capped.
same([3, 5, -1, -1], $policy->gradeCaps(10), 'caps(10)');
same([0, 1, -1, -1], $policy->gradeCaps(3), 'caps(3)');
same(Liaison::INVALID_ARGUMENT, raised(fn () => $policy->gradeCaps(-1))?->getCode(), 'negative base');
same(['over_cap' => 0, 'above_eligible' => 0, 'not_in_scale' => 0, 'missing' => 1, 'passed' => false],
     $policy->checkGrades([0, 0, 0, 1, 1, 1, 1, 1, 2, -1]), 'sheet of 10');
same(['over_cap' => 1, 'above_eligible' => 0, 'not_in_scale' => 1, 'missing' => 0, 'passed' => false],
     $policy->checkGrades([0, 0, 0, 0, 1, 2, 2, 2, 2, 7]), '4 优 of 10 and an index outside the scale');
same(['over_cap' => 0, 'above_eligible' => 1, 'not_in_scale' => 0, 'missing' => 0, 'passed' => false],
     $policy->checkGrades([0, 1, 2, 2], [1, 1, 2, 2]), 'graded above eligibility');
same(['over_cap' => 0, 'above_eligible' => 0, 'not_in_scale' => 0, 'missing' => 0, 'passed' => true],
     $policy->checkGrades([1, 2, 2, 3], [0, 1, 2, 3]), 'a passing sheet');
same(Liaison::INVALID_ARGUMENT, raised(fn () => $policy->checkGrades([0, 1], [0]))?->getCode(), 'eligible length');

// Errors with their place.
$e = raised(fn () => $policy->evaluate($department, '2026-02-30'));
same(Liaison::INVALID_ARGUMENT, $e?->getCode(), 'bad date');
check(str_contains($e?->getMessage() ?? '', '2026-02-30'), 'bad date message');
// The first 1000 bytes of examples/department.json end inside `"from": "2026-01`
// of c01's third contact point.
same('$.cadres[0].contact_points[2].from',
     raised(fn () => $policy->evaluate(substr($department, 0, 1000), '2026-12-31'))?->getPath(), 'cut records');
same('$.year', raised(fn () => $policy->evaluate(str_replace('"year": 2026', '"year": 2017', $department),
     '2026-12-31'))?->getPath(), 'uncovered year');
$badDate = str_replace('"activities":[]', '"activities":[{"id":"a1","date":"2026-02-30","kind":"lecture"}]', $chinese);
check(str_contains($policy->evaluate($badDate, '2026-12-31'), '$.cadres[0].activities[0].date'), 'error entry path');

// Policy-free calls.
check(str_contains(Liaison::apportion('{"places": 10, "units": [{"id": "a", "base": 6}, {"id": "b", "base": 4}]}'),
      '"schema":"liaison.apportionment/1"'), 'apportion');
same(Liaison::INVALID_DOCUMENT, raised(fn () => Liaison::apportion('{"places": "ten"}'))?->getCode(), 'bad request');
$case = file_get_contents("$source/tests/cases/hunan-caps.case.json");
same(true, Liaison::runCase($case, "$source/tests/cases")['passed'], 'case passes');
same(false, Liaison::runCase(str_replace('{"base": 10, "caps": {"excellent": 3', '{"base": 10, "caps": {"excellent": 4', $case),
     "$source/tests/cases")['passed'], 'a wrong expectation fails');

// Released memory changes no result.
$first = $policy->evaluate($department, '2026-06-30');
Liaison::releaseThreadBuffers();
Liaison::releaseEmbeddedPolicies();
same($first, $policy->evaluate($department, '2026-06-30'), 'after release');
same($first, Liaison::embedded('hunan')->evaluate($department, '2026-06-30'), 'embedded again');

echo "$passed passed, $failed failed\n";
exit($failed === 0 && $passed > 0 ? 0 : 1);
