<?php
/**
 * department_year.php: a department's year under the Hunan policy, the whole
 * job an OA system does with the PHP binding (docs/php.md).
 *
 * Loads the embedded policy, evaluates the department's records as of a
 * date, asks for the grade caps of its quota base, proposes grades and checks
 * the grades the records assign; writes each document into OUT_DIR laid out
 * as `liaison … --json` prints it (evaluation.json, caps.json, proposal.json,
 * check.json), and prints a summary, with the error a bad date gives.
 *
 *   php examples/php/department_year.php examples/department.json 2026-12-31 out/
 *
 * LIAISON_PHP_DIR names the installed binding (default
 * /usr/local/share/liaison/php); under PHP-FPM with liaison.ini the class is
 * preloaded and the require is not needed.
 */
require_once (getenv('LIAISON_PHP_DIR') ?: '/usr/local/share/liaison/php') . '/Liaison.php';
require_once (getenv('LIAISON_PHP_DIR') ?: '/usr/local/share/liaison/php') . '/LiaisonException.php';
require_once __DIR__ . '/json_indent.php';

if ($argc !== 4) {
    fwrite(STDERR, "usage: department_year.php RECORDS.json YYYY-MM-DD OUT_DIR\n");
    exit(2);
}
[, $recordsFile, $asOf, $out] = $argv;
$records = file_get_contents($recordsFile);
@mkdir($out, 0777, true);

try {
    $policy = Liaison::embedded('hunan');
    echo 'policy ', $policy->id(), ' ', $policy->fingerprint(), "\n";

    file_put_contents("$out/evaluation.json", json_indent($policy->evaluate($records, $asOf)));

    $caps = $policy->gradeCaps(10);
    $line = 'caps for 10 cadres:';
    foreach ($policy->grades() as $g => $grade) {
        if ($caps[$g] >= 0) {
            $line .= " {$grade['zh']} {$caps[$g]}";
        }
    }
    echo $line, "\n";
    file_put_contents("$out/caps.json", json_indent($policy->caps(10)));

    // A grade sheet of 10 as entered: 0 = 优, 1 = 良, 2 = 中, -1 = none yet.
    $sheet = $policy->checkGrades([0, 0, 0, 1, 1, 1, 1, 1, 2, -1]);
    echo "grade sheet: {$sheet['over_cap']} cap(s) exceeded, {$sheet['missing']} cadre(s) without a grade\n";

    file_put_contents("$out/proposal.json", json_indent($policy->propose($records, $asOf)));
    $check = $policy->check($records, $asOf);
    file_put_contents("$out/check.json", json_indent($check['json']));
    echo 'assigned grades ', $check['passed'] ? 'within' : 'violate', " the policy\n";

    try {
        $policy->evaluate($records, '2026-02-30');
    } catch (LiaisonException $e) {
        echo 'error ', $e->getStatusName(), ': ', $e->getMessage(), "\n";
    }
} catch (LiaisonException $e) {
    fwrite(STDERR, $e->getStatusName() . ': ' . $e->getMessage() . ($e->getPath() === '' ? '' : " (at {$e->getPath()})") . "\n");
    exit(1);
}
