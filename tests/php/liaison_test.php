<?php
/**
 * The PHP binding (bindings/php) against the library, every public method.
 *
 * Run by ctest from the command line (FFI::cdef) under LANG=C and a UTF-8
 * locale, and under php-cgi with ffi.enable=preload and the shipped
 * liaison.ini and preload.php, as PHP-FPM runs it (FFI::scope). Expected
 * values are worked out by hand from the Hunan plan (优 ≤ 30%, 良 ≤ 50%,
 * rounded down) or are the liaison command's output on the same input.
 * Streams are checked against the batch calls, byte for byte per cadre, and
 * 20,000 generated cadres stream through a memory_limit of 64M with a peak
 * far below their results' size. Evaluations into a ResultBuffer are checked
 * against the calls that allocate, byte for byte.
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
    require_once getenv('LIAISON_PHP_DIR') . '/ResultBuffer.php';
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
    foreach (['Liaison', 'ResultBuffer'] as $class) {
        check(in_array($class, opcache_get_status()['preload_statistics']['classes'] ?? [], true), "$class preloaded");
    }
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

// Errors in either language: the same path, the message in Chinese too.
$e = raised(fn () => $policy->evaluate($department, '2026-02-30'));
same($e?->getMessage(), $e?->getMessageIn('en'), 'English message');
check(str_contains($e?->getMessageIn('zh') ?? '', '2026-02-30') && str_contains($e?->getMessageIn('zh') ?? '', '日期'),
      'Chinese message of a bad date: ' . $e?->getMessageIn('zh'));
$e = raised(fn () => $policy->evaluate(substr($department, 0, 1000), '2026-12-31'));
same(1, count($e?->getProblemsIn('zh') ?? []), 'one problem in Chinese');
same($e?->getPath(), $e?->getProblemsIn('zh')[0]['path'] ?? null, 'its path in Chinese');
check(($e?->getProblemsIn('zh')[0]['message'] ?? '') !== ($e?->getProblems()[0]['message'] ?? ''), 'the Chinese differs');
try {
    $e?->getMessageIn('fr');
    check(false, 'language fr refused');
} catch (ValueError) {
    check(true, 'language fr refused');
}

// Status 6: the bad cadre c2 (a lecture on 2026-02-30) named; the opt-out counts it.
$middleBad = file_get_contents("$source/tests/data/incomplete/middle-cadre-bad.json");
$badDatePath = '$.cadres[1].activities[0].date';
foreach (['progress' => fn () => $policy->progress($middleBad, '2026-06-30'),
          'propose' => fn () => $policy->propose($middleBad, '2026-06-30'),
          'diff' => fn () => $before->diff($policy, $middleBad, '2026-06-30')] as $call => $body) {
    $e = raised($body);
    check($e instanceof LiaisonIncompleteException, "$call: LiaisonIncompleteException");
    same(Liaison::INCOMPLETE, $e?->getCode(), "$call: status 6");
    same($badDatePath, $e?->getPath(), "$call: path");
    check(str_contains($e?->getMessage() ?? '', '1 of 3') && str_contains($e?->getMessage() ?? '', 'c2'), "$call: message");
    same($badDatePath, $e?->getProblemsIn('zh')[0]['path'] ?? null, "$call: Chinese problem path");
}
// c1 and c3 evaluated, c2 an error; neither has an activity, so both are behind at mid-year.
$progress = json_decode($policy->progress($middleBad, '2026-06-30', true), true);
$org = $progress['departments'][0];
same(['org', 3, 2, 1], [$org['department'], $org['cadres'], $org['evaluated'], $org['errors']], 'progress allowing errors');
same(['c1', 'c3'], $org['rules'][0]['follow_up'], 'c1 and c3 to follow up on lectures');
// Quota base c1 and c3: 优 ⌊0.3 × 2⌋ = 0, 良 ⌊0.5 × 2⌋ = 1.
$proposal = json_decode($policy->propose($middleBad, '2026-06-30', true), true);
same([true, false, true], array_column($proposal['cadres'], 'ok'), 'proposal allowing errors');
same(['c1', 'c2', 'c3'], array_column($proposal['cadres'], 'cadre'), 'proposal cadres');
same(2, $proposal['units'][0]['base'], 'quota base');
same(['excellent' => 0, 'good' => 1, 'fair' => 1, 'poor' => 0], $proposal['units'][0]['proposed'], 'proposed grades');
same(1, json_decode($before->diff($policy, $middleBad, '2026-06-30', true), true)['summary']['errors'], 'diff allowing errors');

// The lean form renders to the full document, byte for byte.
$lean = $policy->evaluateLean($department, '2026-12-31');
$full = $policy->evaluate($department, '2026-12-31');
check(str_starts_with($lean, '{"schema":"liaison.evaluation-lean/1"'), 'lean schema');
check(2 * strlen($lean) < strlen($full), 'lean under half the bytes');
same($full, $policy->render($lean), 'render(lean) = evaluate');
same('$.policy.fingerprint', raised(fn () => $before->render($lean))?->getPath(), 'render under another policy');

// Warnings: lectures' titles say 不少于4次; a min of 5 contradicts both.
same('[]', $policy->warnings(), 'hunan has no warnings');
$edited = Liaison::fromJson(preg_replace('/("id":"lectures".*?"min":)4,/', '${1}5,', $policy->canonicalJson(), 1));
same([['$.rules[0].title.zh', 'title_number'], ['$.rules[0].title.en', 'title_number']],
     array_map(fn ($w) => [$w['path'], $w['code']], json_decode($edited->warnings(), true)), 'title_number warnings');

// The report: the command's text; org has 7 cadres in its quota base (c06 exempt, c09 not
// taking part, c10 on probation): 优 ⌊0.3 × 7⌋ = 2; pub has 3: ⌊0.9⌋ = 0.
same(command('report', '--policy', 'hunan', '--as-of', '2026-12-31', '--lang', 'zh', $departmentFile),
     $policy->report($department, '2026-12-31'), 'report of the organ');
$org = $policy->report($department, '2026-12-31', 'org');
check(str_contains($org, '优 上限 2') && str_contains($org, '刘建华') && !str_contains($org, '曾凡'), 'report of org');
$pub = $policy->report($department, '2026-12-31', 'pub', 'en');
same(command('report', '--policy', 'hunan', '--as-of', '2026-12-31', '--department', 'pub', '--lang', 'en', $departmentFile),
     $pub, 'report of pub in English');
check(str_contains($pub, 'excellent cap 0'), 'pub has no 优 place');
same(Liaison::INVALID_ARGUMENT, raised(fn () => $policy->report($department, '2026-12-31', 'youth'))?->getCode(), 'unknown department');
same(Liaison::INVALID_ARGUMENT, raised(fn () => $policy->report($department, '2026-12-31', null, 'fr'))?->getCode(), 'language fr');
// The filters: c03 (王丽娟, org) and c11 (彭志伟, pub) only, as the command shows them.
$two = $policy->reportFiltered($department, '2026-12-31', [], ['c03', 'c11']);
same(command('report', '--policy', 'hunan', '--as-of', '2026-12-31', '--cadre', 'c03,c11', '--lang', 'zh', $departmentFile),
     $two, 'report of c03 and c11');
check(str_contains($two, '王丽娟') && str_contains($two, '彭志伟') && !str_contains($two, '刘建华') && !str_contains($two, '曾凡'),
      'c03 and c11 only');
// c2 (孙丽) has a lecture on 2026-02-30: refused, or made from c1 and c3 with c2 listed.
same(Liaison::INCOMPLETE, raised(fn () => $policy->report($middleBad, '2026-06-30'))?->getCode(), 'bad record refuses the report');
$allowed = $policy->reportFiltered($middleBad, '2026-06-30', [], [], 'zh', true);
check(str_contains($allowed, '孙丽') && str_contains($allowed, '钱进') && str_contains($allowed, '冯涛'),
      'report allowing errors lists the bad cadre');

// Case results in a language: inline records with c2's bad date fail at $.cadres[1].
$badCase = json_encode(['schema' => 'liaison.case/1', 'name' => 'bad inline record', 'policy' => 'hunan',
    'as_of' => '2026-06-30', 'records' => ['inline' => json_decode($middleBad, true)], 'expect' => new stdClass()]);
$zh = Liaison::runCase($badCase, "$source/tests/cases", 'zh');
$en = Liaison::runCase($badCase, "$source/tests/cases");
same([false, false], [$zh['passed'], $en['passed']], 'a bad inline record fails');
$zhMessage = json_decode($zh['json'], true)['cases'][0]['failures'][0]['message'];
$enMessage = json_decode($en['json'], true)['cases'][0]['failures'][0]['message'];
check(str_contains($zhMessage, '$.cadres[1]') && str_contains($zhMessage, '应为'), "Chinese case message: $zhMessage");
check(str_starts_with($enMessage, 'c2 at $.cadres[1]: expected'), "English case message: $enMessage");

// Streams: the batch entries, byte for byte, from a file path and a stream resource.
$header = null;
same($policy->evaluateEach($department, '2026-12-31'), iterator_to_array($policy->evaluateStream($departmentFile, '2026-12-31', $header)),
     'stream of a path');
check(str_starts_with($header ?? '', '{"schema":"liaison.evaluation.lines/1","policy":{"id":"hunan"'), 'stream header');
$resource = fopen("$source/tests/data/incomplete/middle-cadre-bad.json", 'rb');
$entries = iterator_to_array($policy->evaluateStream($resource, '2026-12-31'));
check(is_resource($resource), 'the caller\'s resource left open');
fclose($resource);
same($policy->evaluateEach($middleBad, '2026-12-31'), $entries, 'stream with a bad cadre');
check(str_starts_with($entries[1], '{"ok":false') && str_contains($entries[1], $badDatePath), 'the bad cadre an entry');
same(Liaison::INVALID_ARGUMENT, raised(fn () => $policy->evaluateStream($departmentFile, '2026-02-30'))?->getCode(), 'stream bad date');
// A stream left after one entry; the next at the same date reuses it, reset, from its start.
$abandoned = $policy->evaluateStream($departmentFile, '2026-12-31');
same($policy->evaluateEach($department, '2026-12-31')[0], $abandoned->current(), 'the first entry');
unset($abandoned);
same($policy->evaluateEach($middleBad, '2026-12-31'), iterator_to_array($policy->evaluateStream(
     "$source/tests/data/incomplete/middle-cadre-bad.json", '2026-12-31')), 'a stream after an abandoned one');
$unreadable = fopen('php://memory', 'w+b');
fwrite($unreadable, '{"schema" "liaison.records/1"}');
rewind($unreadable);
same(Liaison::INVALID_DOCUMENT, raised(fn () => iterator_to_array($policy->evaluateStream($unreadable, '2026-12-31')))?->getCode(),
     'stream of an unreadable top level');

// 20,000 generated cadres as JSON Lines, each with 5 lectures of 30 youth: hunan asks 4
// (二.3.(1)), so each meets it with 5 of 4. The first 20 are the batch's, byte for byte.
function generated_cadre(int $i): string
{
    $id = sprintf('c%05d', $i);
    $lectures = [];
    for ($k = 1; $k <= 5; $k++) {
        $lectures[] = sprintf('{"id":"l%d","date":"2026-0%d-10","kind":"lecture","headcount":30}', $k, $k + 1);
    }
    return '{"id":"' . $id . '","name":"干部' . substr($id, 1) . '","department":"d","organ_level":"province",'
        . '"category":"full_time","activities":[' . implode(',', $lectures) . ']}';
}
$many = 20000;
$departments = '"departments":[{"id":"d","name":"团委"}]';
$lines = fopen('php://temp/maxmemory:0', 'w+b');
fwrite($lines, '{"schema":"liaison.records.lines/1","year":2026,' . $departments . "}\n");
for ($i = 0; $i < $many; $i++) {
    fwrite($lines, generated_cadre($i) . "\n");
}
rewind($lines);
$firstFew = $policy->evaluateEach('{"schema":"liaison.records/1","year":2026,' . $departments . ',"cadres":['
    . implode(',', array_map('generated_cadre', range(0, 19))) . ']}', '2026-12-31');
ini_set('memory_limit', '64M');
$peakBefore = memory_get_peak_usage();
$count = 0;
$bytes = 0;
$lecturesMet = 0;
$firstSame = 0;
foreach ($policy->evaluateStream($lines, '2026-12-31') as $index => $entry) {
    $bytes += strlen($entry);
    $firstSame += ($index < 20 && $entry === $firstFew[$index]) ? 1 : 0;
    $lecturesMet += preg_match('/^\{"ok":true,"report":\{"cadre":"c' . sprintf('%05d', $index) . '".*?"rule":"lectures","kind":"count",'
        . '.*?"status":"met","binding":true,"required":4,"maximum":null,"actual":5,/', $entry);
    $count++;
}
fclose($lines);
same($many, $count, '20,000 entries');
same(20, $firstSame, 'the first 20 as the batch');
same($many, $lecturesMet, 'each cadre meets lectures with 5 of 4');
$peak = memory_get_peak_usage() - $peakBefore;
check($bytes > 150 * 1024 * 1024 && $peak < 8 * 1024 * 1024,
      sprintf('%.0f MB of results streamed with the peak grown by %.1f MB', $bytes / 1e6, $peak / 1e6));

// A ResultBuffer kept from call to call: the same bytes as the calls that allocate (and, for
// JSON Lines, the stream's header and entries, a line each, one per cadre of the records).
$full = $policy->evaluate($department, '2026-12-31');
$lean = $policy->evaluateLean($department, '2026-12-31');
$streamed = iterator_to_array($policy->evaluateStream($departmentFile, '2026-12-31', $streamHeader));
same(count(json_decode($department, true)['cadres']), count($streamed), 'one entry a cadre');
$linesText = $streamHeader . "\n" . implode("\n", $streamed) . "\n";
$buffer = new ResultBuffer();
same(0, $buffer->capacity(), 'a new buffer is empty');
same($full, $policy->evaluate($department, '2026-12-31', $buffer), 'evaluate into a buffer');
$capacity = $buffer->capacity();
check($capacity > strlen($full), "a capacity of $capacity for " . strlen($full) . ' bytes');
same($lean, $policy->evaluateLean($department, '2026-12-31', $buffer), 'evaluateLean into a buffer');
same($linesText, $policy->evaluateLines($department, '2026-12-31', $buffer), 'evaluateLines into a buffer');
same($linesText, $policy->evaluateLines($department, '2026-12-31'), 'evaluateLines without one');
same($full, $policy->evaluate($department, '2026-12-31', $buffer), 'evaluate into it again');
same($capacity, $buffer->capacity(), 'a buffer large enough is kept');
$e = raised(fn () => $policy->evaluate('[1,', '2026-12-31', $buffer));
same(Liaison::INVALID_DOCUMENT, $e?->getCode(), 'a failed call into a buffer');
same('$', $e?->getPath(), 'its path');
same(Liaison::INVALID_ARGUMENT, raised(fn () => $policy->evaluateLean($department, '2026-13-01', $buffer))?->getCode(),
     'a bad date into a buffer');
same($capacity, $buffer->capacity(), 'the buffer kept after failures');
same($full, $policy->evaluate($department, '2026-12-31', $buffer), 'the buffer usable after failures');
$buffer->close();
$buffer->close();
check($buffer->isClosed() && $buffer->capacity() === 0, 'closed, twice');
$e = raised(fn () => $policy->evaluate($department, '2026-12-31', $buffer));
same(Liaison::INVALID_ARGUMENT, $e?->getCode(), 'a closed buffer refused');
check(str_contains($e?->getMessage() ?? '', 'closed') && str_contains($e?->getMessageIn('zh') ?? '', '已关闭'),
      'a closed buffer named in both languages');
$growing = new ResultBuffer();
same($policy->evaluate($chinese, '2026-12-31'), $policy->evaluate($chinese, '2026-12-31', $growing), 'a small batch');
check($growing->capacity() < strlen($full), 'a small batch, a small buffer: ' . $growing->capacity());
same($full, $policy->evaluate($department, '2026-12-31', $growing), 'then a big one');
check($growing->capacity() > strlen($full), 'the buffer grown: ' . $growing->capacity());
unset($growing);

// Released memory changes no result.
$first = $policy->evaluate($department, '2026-06-30');
Liaison::releaseThreadBuffers();
Liaison::releaseEmbeddedPolicies();
same($first, $policy->evaluate($department, '2026-06-30'), 'after release');
same($first, Liaison::embedded('hunan')->evaluate($department, '2026-06-30'), 'embedded again');

echo "$passed passed, $failed failed\n";
exit($failed === 0 && $passed > 0 ? 0 : 1);
