<?php
/**
 * Liaison: the liaison rules library from PHP, over FFI.
 *
 * An instance is one compiled policy; documents go in and come out as JSON
 * strings (PHP strings are bytes: UTF-8 text and its length in bytes cross
 * as they are, whatever the locale). Failed calls throw LiaisonException with
 * the status code, the JSON path and every problem.
 *
 *   $policy = Liaison::embedded('hunan');
 *   $evaluation = json_decode($policy->evaluate($records, '2026-06-30'), true);
 *   $caps = $policy->gradeCaps(10);             // [3, 5, -1, -1]
 *
 * From the command line the class loads the library itself (FFI::cdef).
 * Under PHP-FPM, where ffi.enable=preload refuses FFI::cdef and FFI::load at
 * request time, liaison.ini's opcache.preload runs preload.php at start-up
 * and the class uses the "liaison" scope it declares (FFI::scope).
 */
require_once __DIR__ . '/ResultBuffer.php';  // evaluateLines makes one when given none

final class Liaison
{
    public const OK = 0;
    public const INVALID_ARGUMENT = 1;
    public const INVALID_DOCUMENT = 2;
    public const NOT_FOUND = 3;
    public const OUT_OF_MEMORY = 4;
    public const INTERNAL = 5;
    public const INCOMPLETE = 6;
    public const LANGUAGE_ZH = 0;
    public const LANGUAGE_EN = 1;

    /** The size of the pieces evaluateStream reads. */
    public const PIECE_SIZE = 65536;

    /** The forms of liaison_stream_new and liaison_evaluate_json_reusing (LIAISON_STREAM_*). */
    private const FORM_DOCUMENT = 0;
    private const STREAM_LINES = 1;
    private const FORM_LEAN = 2;
    private const LANGUAGES = ['zh' => self::LANGUAGE_ZH, 'en' => self::LANGUAGE_EN];

    private static ?FFI $ffi = null;

    /** The library's declarations: liaison_php.h next to this file, or $LIAISON_FFI_HEADER. */
    private static function ffi(): FFI
    {
        if (self::$ffi !== null) {
            return self::$ffi;
        }
        try {
            return self::$ffi = FFI::scope('liaison');
        } catch (FFI\Exception) {
            // Not preloaded: load it here (allowed from the command line).
        }
        $header = getenv('LIAISON_FFI_HEADER') ?: __DIR__ . '/liaison_php.h';
        $declarations = @file_get_contents($header);
        if ($declarations === false) {
            throw new LiaisonException("cannot read $header (无法读取 FFI 头文件)", self::INVALID_ARGUMENT);
        }
        if (!preg_match('/^#define FFI_LIB "([^"]+)"$/m', $declarations, $library)) {
            throw new LiaisonException("$header names no FFI_LIB (头文件缺少 FFI_LIB)", self::INVALID_ARGUMENT);
        }
        $library = getenv('LIAISON_LIBRARY') ?: $library[1];
        return self::$ffi = FFI::cdef(preg_replace('/^#.*$/m', '', $declarations), $library);
    }

    /** A stream evaluateStream is done with, kept with its date for the next one (liaison_stream_reset). */
    private ?FFI\CData $idleStream = null;
    private string $idleAsOf = '';

    private function __construct(private FFI\CData $policy)
    {
    }

    public function __destruct()
    {
        if ($this->idleStream !== null) {
            self::ffi()->liaison_stream_free($this->idleStream);
        }
        self::ffi()->liaison_policy_free($this->policy);
    }

    /** The library's version, "0.1.0". */
    public static function version(): string
    {
        return self::ffi()->liaison_version();
    }

    /** The ABI version of the loaded library (its SOVERSION), 1. */
    public static function abiVersion(): int
    {
        return self::ffi()->liaison_abi_version();
    }

    /** A status code's name for logs ("LIAISON_NOT_FOUND"); "" for no status code. */
    public static function statusName(int $status): string
    {
        return self::ffi()->liaison_status_name($status);
    }

    /** @return list<string> the embedded policies' ids, ["hunan-2018", "hunan"] */
    public static function embeddedIds(): array
    {
        $ffi = self::ffi();
        [$out, $length, $error] = self::outputs();
        $status = $ffi->liaison_policy_embedded_ids(FFI::addr($out), FFI::addr($length), FFI::addr($error));
        return json_decode(self::document($status, $out, $length, $error), true, 512, JSON_THROW_ON_ERROR);
    }

    /** An embedded policy ("hunan", "hunan-2018"); LiaisonException NOT_FOUND names those there are. */
    public static function embedded(string $id): self
    {
        return self::made(fn ($policy, $error) => self::ffi()->liaison_policy_embedded($id, strlen($id), $policy, $error));
    }

    /** A policy document (liaison.policy/1), validated; INVALID_DOCUMENT lists every problem. */
    public static function fromJson(string $json): self
    {
        return self::made(fn ($policy, $error) => self::ffi()->liaison_policy_from_json($json, strlen($json), $policy, $error));
    }

    /** The policy's id, "hunan". */
    public function id(): string
    {
        return self::ffi()->liaison_policy_id($this->policy);
    }

    /** "sha256:" and 64 hex digits of the canonical JSON, stamped on every result. */
    public function fingerprint(): string
    {
        return self::ffi()->liaison_policy_fingerprint($this->policy);
    }

    /** The first year the policy covers. */
    public function year(): int
    {
        return self::ffi()->liaison_policy_year($this->policy);
    }

    /** @return list<array{id: string, zh: string, en: string}> the grading scale, best first */
    public function grades(): array
    {
        $ffi = self::ffi();
        $grades = [];
        for ($g = 0; $g < $ffi->liaison_policy_grade_count($this->policy); $g++) {
            $grades[] = [
                'id' => $ffi->liaison_policy_grade_id($this->policy, $g),
                'zh' => $ffi->liaison_policy_grade_label($this->policy, $g, self::LANGUAGE_ZH),
                'en' => $ffi->liaison_policy_grade_label($this->policy, $g, self::LANGUAGE_EN),
            ];
        }
        return $grades;
    }

    /** The canonical policy document: every field, fixed key order. */
    public function canonicalJson(): string
    {
        [$out, $length, $error] = self::outputs();
        $status = self::ffi()->liaison_policy_canonical_json($this->policy, FFI::addr($out), FFI::addr($length), FFI::addr($error));
        return self::document($status, $out, $length, $error);
    }

    /**
     * The evaluation (liaison.evaluation/1) of a records document as of "YYYY-MM-DD".
     * With $buffer it is written into that ResultBuffer, kept from call to call, instead
     * of into new memory: for batch after batch in one worker (docs/php.md).
     */
    public function evaluate(string $records, string $asOf, ?ResultBuffer $buffer = null): string
    {
        return $buffer === null ? $this->recordsCall('liaison_evaluate_json', $records, $asOf)
            : $this->into($buffer, self::FORM_DOCUMENT, $records, $asOf);
    }

    /**
     * The evaluation as JSON Lines: a header line, then one entry a line, in input order
     * (what evaluateStream() reads back); $buffer as for evaluate().
     */
    public function evaluateLines(string $records, string $asOf, ?ResultBuffer $buffer = null): string
    {
        return $this->into($buffer ?? new ResultBuffer(), self::STREAM_LINES, $records, $asOf);
    }

    /** @return list<string> each cadre's evaluation entry as a JSON object, in input order */
    public function evaluateEach(string $records, string $asOf): array
    {
        $ffi = self::ffi();
        [$out, $length, $error] = self::outputs();
        $spans = $ffi->new('size_t*');
        $count = $ffi->new('size_t');
        $status = $ffi->liaison_evaluate_json_indexed($this->policy, $records, strlen($records), $asOf, strlen($asOf),
            FFI::addr($out), FFI::addr($length), FFI::addr($spans), FFI::addr($count), FFI::addr($error));
        $text = self::document($status, $out, $length, $error);
        $entries = [];
        for ($i = 0; $i < $count->cdata; $i++) {
            $entries[] = substr($text, $spans[2 * $i], $spans[2 * $i + 1]);
        }
        $ffi->liaison_free($spans);
        return $entries;
    }

    /**
     * The mid-year review (liaison.progress/1) of a records document as of a date.
     * LiaisonIncompleteException names every bad cadre, unless $allowErrors: then each
     * counts in its department's "errors" (or "errors_without_department").
     */
    public function progress(string $records, string $asOf, bool $allowErrors = false): string
    {
        return $this->recordsCall('liaison_progress_json' . ($allowErrors ? '_allowing_errors' : ''), $records, $asOf);
    }

    /**
     * The lean evaluation (liaison.evaluation-lean/1, docs/records.md §7): each finding's
     * rule id, status and numbers, without kind, title, clause or message; render() gives
     * the full document back. $buffer as for evaluate().
     */
    public function evaluateLean(string $records, string $asOf, ?ResultBuffer $buffer = null): string
    {
        return $buffer === null ? $this->recordsCall('liaison_evaluate_json_lean', $records, $asOf)
            : $this->into($buffer, self::FORM_LEAN, $records, $asOf);
    }

    /**
     * The full evaluation (liaison.evaluation/1) of a lean one made under this policy: byte
     * for byte what evaluate() gives for the same records and date. INVALID_DOCUMENT with
     * the path ("$.policy.fingerprint" for another policy's) for a document it cannot render.
     */
    public function render(string $lean): string
    {
        [$out, $length, $error] = self::outputs();
        $status = self::ffi()->liaison_render_json($this->policy, $lean, strlen($lean), FFI::addr($out),
            FFI::addr($length), FFI::addr($error));
        return self::document($status, $out, $length, $error);
    }

    /**
     * Each cadre's evaluation entry as soon as its cadre is read from $records, in memory
     * bounded by the largest cadre whatever their number (the C ABI's liaison_stream_*).
     * The records are either form of docs/records.md (a liaison.records/1 document or
     * JSON Lines), as a stream resource (read to its end, not closed) or a file path.
     * A bad date throws at once; a records text whose top level cannot be read throws
     * while iterating; a bad cadre is an error entry. The policy keeps the last stream it
     * is done with and resets it for the next at the same date, its memory kept.
     *
     * @param resource|string $records
     * @param ?string $header receives the output's header line (schema
     *     liaison.evaluation.lines/1, the policy stamp, as_of, the departments) before the
     *     first entry is yielded
     * @return Generator<int, string> the entries, keyed by input index, each the compact JSON
     *     object the evaluation document's "results" would hold, byte for byte
     */
    public function evaluateStream($records, string $asOf, ?string &$header = null): Generator
    {
        $opened = is_string($records) ? @fopen($records, 'rb') : $records;
        if ($opened === false || !is_resource($opened)) {
            throw new LiaisonException("cannot read $records (无法读取记录)", self::INVALID_ARGUMENT);
        }
        $ffi = self::ffi();
        if ($this->idleStream !== null && $this->idleAsOf === $asOf) {
            [$stream, $this->idleStream] = [$this->idleStream, null];
            $ffi->liaison_stream_reset($stream);
        } else {
            $stream = $ffi->new('liaison_stream*');
            $error = $ffi->new('liaison_error*');
            $status = $ffi->liaison_stream_new($this->policy, $asOf, strlen($asOf), self::STREAM_LINES,
                FFI::addr($stream), FFI::addr($error));
            if ($status !== self::OK && is_string($records)) {
                fclose($opened);
            }
            self::raiseOnFailure($status, $error);
        }
        return $this->streamEntries($stream, $asOf, $opened, is_string($records), $header);
    }

    /**
     * @return Generator<int, string> the entries of $stream fed from $input; then keeps the
     *     stream for the next evaluateStream at $asOf, or frees it
     */
    private function streamEntries(FFI\CData $stream, string $asOf, $input, bool $owned, ?string &$header): Generator
    {
        $ffi = self::ffi();
        $header = null;
        $headerRead = false;
        $index = 0;
        $partial = '';
        $output = $ffi->new('const char*');
        $length = $ffi->new('size_t');
        $error = $ffi->new('liaison_error*');
        try {
            do {
                $piece = fread($input, self::PIECE_SIZE);
                if ($piece === false) {
                    throw new LiaisonException('the records could not be read (记录读取失败)', self::INVALID_ARGUMENT);
                }
                $finished = $piece === '' && feof($input);
                self::raiseOnFailure($finished ? $ffi->liaison_stream_finish($stream, FFI::addr($error))
                    : $ffi->liaison_stream_feed($stream, $piece, strlen($piece), FFI::addr($error)), $error);
                self::raiseOnFailure($ffi->liaison_stream_next($stream, FFI::addr($output), FFI::addr($length),
                    FFI::addr($error)), $error);
                if ($length->cdata > 0) {
                    $partial .= FFI::string($output, $length->cdata);
                }
                $start = 0;
                while (($end = strpos($partial, "\n", $start)) !== false) {
                    $line = substr($partial, $start, $end - $start);
                    $start = $end + 1;
                    if (!$headerRead) {
                        $header = $line;
                        $headerRead = true;
                    } else {
                        yield $index++ => $line;
                    }
                }
                $partial = substr($partial, $start);
            } while (!$finished);
        } finally {
            if ($this->idleStream === null) {
                [$this->idleStream, $this->idleAsOf] = [$stream, $asOf];
            } else {
                $ffi->liaison_stream_free($stream);
            }
            if ($owned) {
                fclose($input);
            }
        }
    }

    /**
     * The department report (docs/report.md): one self-contained HTML page (inline CSS and
     * SVG charts, no script), the same text as `liaison report`, for the department
     * $department (null: the whole organ) in 'zh' (default) or 'en'. INVALID_ARGUMENT for a
     * department the records do not have; INCOMPLETE (LiaisonIncompleteException) when a
     * cadre's record is bad.
     */
    public function report(string $records, string $asOf, ?string $department = null, string $language = 'zh'): string
    {
        return $this->reportFiltered($records, $asOf, $department === null ? [] : [$department], [], $language);
    }

    /**
     * The report of the departments and cadres asked for, as `liaison report --department
     * --cadre` makes it (an empty list: no filter; grades and caps still count every cadre of
     * a quota unit). With $allowErrors a bad record does not refuse the report: it is made
     * from the others and lists the bad cadres (name, id, where).
     *
     * @param list<string> $departments
     * @param list<string> $cadres
     */
    public function reportFiltered(string $records, string $asOf, array $departments, array $cadres,
                                   string $language = 'zh', bool $allowErrors = false): string
    {
        $code = self::languageCode($language);
        $units = implode(',', $departments);
        $who = implode(',', $cadres);
        [$out, $length, $error] = self::outputs();
        $call = $allowErrors ? 'liaison_report_html_allowing_errors' : 'liaison_report_html_filtered';
        $status = self::ffi()->$call($this->policy, $records, strlen($records), $asOf, strlen($asOf),
            $units, strlen($units), $who, strlen($who), $code, FFI::addr($out), FFI::addr($length),
            FFI::addr($error));
        return self::document($status, $out, $length, $error);
    }

    /**
     * What in this valid policy is probably not what its author meant (`liaison policy
     * validate`, docs/policy.md §14): a JSON array of {"path", "code", "zh", "en"}, "[]" when
     * nothing is.
     */
    public function warnings(): string
    {
        [$out, $length, $error] = self::outputs();
        $status = self::ffi()->liaison_policy_warnings_json($this->policy, FFI::addr($out), FFI::addr($length),
            FFI::addr($error));
        return self::document($status, $out, $length, $error);
    }

    /** @return list<int> per grade, the cap for a quota base of $base cadres, -1 when not capped */
    public function gradeCaps(int $base): array
    {
        $ffi = self::ffi();
        $count = $ffi->liaison_policy_grade_count($this->policy);
        $caps = $ffi->new("int32_t[$count]");
        $error = $ffi->new('liaison_error*');
        self::raiseOnFailure($ffi->liaison_grade_caps($this->policy, $base, $caps, $count, FFI::addr($error)), $error);
        $result = [];
        foreach ($caps as $cap) {
            $result[] = $cap;
        }
        return $result;
    }

    /**
     * Checks one department's grades, typed: per cadre its grade index (-1: none), and
     * optionally the best grade index it is eligible for.
     *
     * @param list<int> $grades
     * @param ?list<int> $eligible
     * @return array{over_cap: int, above_eligible: int, not_in_scale: int, missing: int, passed: bool}
     */
    public function checkGrades(array $grades, ?array $eligible = null): array
    {
        $ffi = self::ffi();
        if ($eligible !== null && count($eligible) !== count($grades)) {
            throw new LiaisonException('eligible has ' . count($eligible) . ' entries, grades ' . count($grades)
                . ' (eligible 与 grades 长度不同)', self::INVALID_ARGUMENT);
        }
        $n = count($grades);
        $gradesC = self::int32s($ffi, $grades);
        $eligibleC = $eligible === null ? null : self::int32s($ffi, $eligible);
        $counts = $ffi->new('int32_t[4]');
        $error = $ffi->new('liaison_error*');
        $status = $ffi->liaison_grade_check($this->policy, $gradesC, $n, $eligibleC,
            FFI::addr($counts[0]), FFI::addr($counts[1]), FFI::addr($counts[2]), FFI::addr($counts[3]), FFI::addr($error));
        self::raiseOnFailure($status, $error);
        return [
            'over_cap' => $counts[0], 'above_eligible' => $counts[1], 'not_in_scale' => $counts[2],
            'missing' => $counts[3], 'passed' => $counts[0] + $counts[1] + $counts[2] + $counts[3] === 0,
        ];
    }

    /** The caps for a base of $base cadres with their derivations (liaison.caps/1). */
    public function caps(int $base): string
    {
        [$out, $length, $error] = self::outputs();
        $status = self::ffi()->liaison_caps_json($this->policy, $base, FFI::addr($out), FFI::addr($length), FFI::addr($error));
        return self::document($status, $out, $length, $error);
    }

    /**
     * Proposed grades (liaison.proposal/1) for a records document as of a date.
     * LiaisonIncompleteException names every bad cadre, unless $allowErrors: then each is
     * an entry with "ok": false and is listed in "errors".
     */
    public function propose(string $records, string $asOf, bool $allowErrors = false): string
    {
        return $this->recordsCall('liaison_propose_json' . ($allowErrors ? '_allowing_errors' : ''), $records, $asOf);
    }

    /** @return array{json: string, passed: bool} the grades the records assign, checked (liaison.grade-check/1) */
    public function check(string $records, string $asOf): array
    {
        $ffi = self::ffi();
        [$out, $length, $error] = self::outputs();
        $passed = $ffi->new('int32_t');
        $status = $ffi->liaison_check_json($this->policy, $records, strlen($records), $asOf, strlen($asOf),
            FFI::addr($out), FFI::addr($length), FFI::addr($passed), FFI::addr($error));
        return ['json' => self::document($status, $out, $length, $error), 'passed' => $passed->cdata === 1];
    }

    /**
     * What changes from this policy to $after on the same records (liaison.policy-diff/1).
     * LiaisonIncompleteException names every bad cadre, unless $allowErrors: then each is
     * listed in "cadres" with its error under each policy and counted in "summary.errors".
     */
    public function diff(self $after, string $records, string $asOf, bool $allowErrors = false): string
    {
        $function = 'liaison_diff_json' . ($allowErrors ? '_allowing_errors' : '');
        [$out, $length, $error] = self::outputs();
        $status = self::ffi()->$function($this->policy, $after->policy, $records, strlen($records), $asOf,
            strlen($asOf), FFI::addr($out), FFI::addr($length), FFI::addr($error));
        return self::document($status, $out, $length, $error);
    }

    /** Places split by largest remainder (liaison.apportionment/1) for {"places": …, "units": […]}. */
    public static function apportion(string $request): string
    {
        [$out, $length, $error] = self::outputs();
        $status = self::ffi()->liaison_apportion_json($request, strlen($request), FFI::addr($out), FFI::addr($length),
            FFI::addr($error));
        return self::document($status, $out, $length, $error);
    }

    /**
     * @return array{json: string, passed: bool} a case file's results (liaison.case-results/1),
     *     every message in 'en' (default, as liaison_run_case_json) or 'zh'
     */
    public static function runCase(string $case, string $baseDirectory, string $language = 'en'): array
    {
        $code = self::languageCode($language);
        $ffi = self::ffi();
        [$out, $length, $error] = self::outputs();
        $passed = $ffi->new('int32_t');
        $status = $ffi->liaison_run_case_json_in($case, strlen($case), $baseDirectory, strlen($baseDirectory), $code,
            FFI::addr($out), FFI::addr($length), FFI::addr($passed), FFI::addr($error));
        return ['json' => self::document($status, $out, $length, $error), 'passed' => $passed->cdata === 1];
    }

    /** Frees the parser buffers this process keeps between calls (after an unusually large document). */
    public static function releaseThreadBuffers(): void
    {
        self::ffi()->liaison_thread_buffers_release();
    }

    /** Frees the compiled embedded policies the library keeps; handles stay valid. */
    public static function releaseEmbeddedPolicies(): void
    {
        self::ffi()->liaison_embedded_policies_release();
    }

    private function recordsCall(string $function, string $records, string $asOf): string
    {
        [$out, $length, $error] = self::outputs();
        $status = self::ffi()->$function($this->policy, $records, strlen($records), $asOf, strlen($asOf),
            FFI::addr($out), FFI::addr($length), FFI::addr($error));
        return self::document($status, $out, $length, $error);
    }

    /** liaison_evaluate_json_reusing into $buffer, in $form (LIAISON_STREAM_*): the text. */
    private function into(ResultBuffer $buffer, int $form, string $records, string $asOf): string
    {
        $ffi = self::ffi();
        return $buffer->write($ffi, function (FFI\CData $text, FFI\CData $capacity) use ($ffi, $form, $records, $asOf): int {
            $length = $ffi->new('size_t');
            $error = $ffi->new('liaison_error*');
            self::raiseOnFailure($ffi->liaison_evaluate_json_reusing($this->policy, $records, strlen($records), $asOf,
                strlen($asOf), $form, $text, $capacity, FFI::addr($length), FFI::addr($error)), $error);
            return $length->cdata;
        });
    }

    /** @return array{FFI\CData, FFI\CData, FFI\CData} a call's char* result, size_t length and error */
    private static function outputs(): array
    {
        $ffi = self::ffi();
        return [$ffi->new('char*'), $ffi->new('size_t'), $ffi->new('liaison_error*')];
    }

    private static function made(callable $make): self
    {
        $ffi = self::ffi();
        $policy = $ffi->new('liaison_policy*');
        $error = $ffi->new('liaison_error*');
        self::raiseOnFailure($make(FFI::addr($policy), FFI::addr($error)), $error);
        return new self($policy);
    }

    /** The document a call returned, copied and freed; or the exception for its error. */
    private static function document(int $status, FFI\CData $out, FFI\CData $length, FFI\CData $error): string
    {
        self::raiseOnFailure($status, $error);
        $text = FFI::string($out, $length->cdata);
        self::ffi()->liaison_free($out);
        return $text;
    }

    private static function raiseOnFailure(int $status, FFI\CData $error): void
    {
        if ($status === self::OK) {
            return;
        }
        $ffi = self::ffi();
        if (FFI::isNull($error)) {
            throw new LiaisonException('the call failed and no error object could be made (调用失败)', $status);
        }
        $code = $ffi->liaison_error_code($error);
        $class = $code === self::INCOMPLETE ? LiaisonIncompleteException::class : LiaisonException::class;
        $exception = new $class($ffi->liaison_error_message($error), $code, $ffi->liaison_error_path($error),
            json_decode($ffi->liaison_error_problems_json($error), true),
            $ffi->liaison_error_message_in($error, self::LANGUAGE_ZH),
            json_decode($ffi->liaison_error_problems_json_in($error, self::LANGUAGE_ZH), true));
        $ffi->liaison_error_free($error);
        throw $exception;
    }

    /** The C ABI's number for 'zh' or 'en'; INVALID_ARGUMENT for another language. */
    private static function languageCode(string $language): int
    {
        if (!isset(self::LANGUAGES[$language])) {
            throw new LiaisonException("language must be 'zh' or 'en', not '$language' (语言须为 zh 或 en)",
                self::INVALID_ARGUMENT);
        }
        return self::LANGUAGES[$language];
    }

    private static function int32s(FFI $ffi, array $values): FFI\CData
    {
        $array = $ffi->new('int32_t[' . max(1, count($values)) . ']');
        foreach (array_values($values) as $i => $value) {
            $array[$i] = $value;
        }
        return $array;
    }
}
