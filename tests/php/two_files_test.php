<?php
/**
 * The binding loaded as docs/php.md says (Liaison.php and LiaisonException.php
 * only), then a call that needs a ResultBuffer of its own: evaluateLines on
 * examples/department.json prints "14 lines", the header and one line for
 * each of its 13 cadres.
 */
require_once getenv('LIAISON_PHP_DIR') . '/Liaison.php';
require_once getenv('LIAISON_PHP_DIR') . '/LiaisonException.php';

$records = file_get_contents(getenv('LIAISON_SOURCE') . '/examples/department.json');
$lines = Liaison::embedded('hunan')->evaluateLines($records, '2026-12-31');
echo substr_count($lines, "\n"), " lines\n";
