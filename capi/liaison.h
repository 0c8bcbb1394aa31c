/*
 * liaison.h — the stable C ABI of liaison, the cadre–youth liaison rules library.
 *
 * OA systems in Java, PHP, C# and C, and the Python package, reach the
 * library through this header only. It is valid C99 and C++, and it never
 * breaks: functions are only ever added, status codes keep their values
 * forever, and no structure crosses it by value.
 *
 * CONVENTIONS
 *
 * Handles. Policies are opaque handles (liaison_policy*). A policy is
 * immutable once made: any number of threads may use one handle at once
 * without locking. Release it with liaison_policy_free.
 *
 * Errors. Every function that can fail returns a liaison_status: LIAISON_OK
 * (0) or one of the codes below. Its last parameter, `error`, may be NULL;
 * when it is not and the call fails, *error receives an error object holding
 * the code, a message a user can act on, and the JSON path of the offending
 * input ("$.cadres[3].activities[7].date") where there is one. Release it with
 * liaison_error_free. On success *error is set to NULL. No function lets a C++
 * exception escape, and every pointer argument is checked: NULL where a value
 * is required gives LIAISON_INVALID_ARGUMENT, never a crash.
 *
 * Strings. Input strings are UTF-8, passed as pointer + length (they need not
 * be NUL-terminated). Output documents are UTF-8 JSON allocated by the
 * library, NUL-terminated, with their length returned too; release them with
 * liaison_free, like any array the library returns. Strings returned as
 * `const char*` by getters belong to the object they came from and live as
 * long as it.
 *
 * Dates are "YYYY-MM-DD" strings.
 *
 * Documents. Policies, records and results cross the ABI as JSON documents
 * (schemas liaison.policy/1, liaison.records/1, liaison.evaluation/1 …,
 * described in docs/), so the ABI stays small while the documents grow.
 * The small, hot questions (the caps for n cadres, checking an array of grade
 * indices) also have typed calls.
 *
 * Example (error handling shortened):
 *
 *   liaison_policy* policy = NULL;
 *   liaison_error* error = NULL;
 *   if (liaison_policy_embedded("hunan", 5, &policy, &error) != LIAISON_OK) {
 *     fprintf(stderr, "%s\n", liaison_error_message(error));
 *     liaison_error_free(error);
 *     return 1;
 *   }
 *   char* result = NULL;
 *   size_t length = 0;
 *   liaison_evaluate_json(policy, records, records_length, "2026-06-30", 10,
 *                         &result, &length, &error);
 *   ...
 *   liaison_free(result);
 *   liaison_policy_free(policy);
 */
#ifndef LIAISON_LIAISON_H_
#define LIAISON_LIAISON_H_

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32)
#if defined(LIAISON_BUILDING_LIBRARY)
#define LIAISON_EXPORT __declspec(dllexport)
#else
#define LIAISON_EXPORT __declspec(dllimport)
#endif
#else
#define LIAISON_EXPORT __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Versions ------------------------------------------------------------ */

#define LIAISON_VERSION_MAJOR 0
#define LIAISON_VERSION_MINOR 1
#define LIAISON_VERSION_PATCH 0
#define LIAISON_VERSION_STRING "0.1.0"
/* The ABI version: the SOVERSION of libliaison.so. */
#define LIAISON_ABI_VERSION 1

/* The library's version, "MAJOR.MINOR.PATCH"; static storage. */
LIAISON_EXPORT const char* liaison_version(void);

/* The ABI version the library was built with; compare it with
 * LIAISON_ABI_VERSION to detect a mismatched library at run time. */
LIAISON_EXPORT uint32_t liaison_abi_version(void);

/* ---- Status codes (values frozen forever) -------------------------------- */

typedef int32_t liaison_status;

#define LIAISON_OK 0
/* A NULL or malformed argument: a missing pointer, a bad date, n < 0. */
#define LIAISON_INVALID_ARGUMENT 1
/* A document that cannot be used: not JSON, wrong schema, unknown fields,
 * impossible values. The error names the JSON path. */
#define LIAISON_INVALID_DOCUMENT 2
/* Something asked for by name does not exist (an embedded policy id). */
#define LIAISON_NOT_FOUND 3
/* Memory could not be allocated. */
#define LIAISON_OUT_OF_MEMORY 4
/* A fault inside the library; please report it. */
#define LIAISON_INTERNAL 5
/* A result over a batch of cadres (progress, proposed grades, a policy diff)
 * would leave out cadres whose records are bad, and so look whole when it is
 * not. *result is NULL; the error's message names every bad cadre and its
 * error, and its problems (liaison_error_problems_json) give each problem's
 * JSON path ("$.cadres[1].scores.reprot"). The call's *_allowing_errors
 * variant returns the document with the bad cadres counted as errors. */
#define LIAISON_INCOMPLETE 6

/* ---- Errors -------------------------------------------------------------- */

typedef struct liaison_error liaison_error;

/* The error's status code (never LIAISON_OK); LIAISON_INVALID_ARGUMENT for NULL. */
LIAISON_EXPORT liaison_status liaison_error_code(const liaison_error* error);

/* What went wrong and what to do; "" for NULL. Owned by the error. */
LIAISON_EXPORT const char* liaison_error_message(const liaison_error* error);

/* The JSON path of the first offending value, e.g. "$.rules[2].min"; "" when
 * the error is not about a place in a document, or for NULL. Owned by the error. */
LIAISON_EXPORT const char* liaison_error_path(const liaison_error* error);

/* Every problem found, as a JSON array of {"path", "message"}; "[]" when the
 * error carries none, or for NULL. Owned by the error. */
LIAISON_EXPORT const char* liaison_error_problems_json(const liaison_error* error);

/* Releases an error; NULL is allowed. */
LIAISON_EXPORT void liaison_error_free(liaison_error* error);

/* The error's message in `language` (LIAISON_LANGUAGE_ZH or
 * LIAISON_LANGUAGE_EN, defined below): liaison_error_message is the English.
 * "" for another language or for NULL. Owned by the error. */
LIAISON_EXPORT const char* liaison_error_message_in(const liaison_error* error,
                                                    int32_t language);

/* Every problem found, as liaison_error_problems_json lists them, each
 * message in `language`; "[]" when the error carries none, for another
 * language or for NULL. Owned by the error. */
LIAISON_EXPORT const char* liaison_error_problems_json_in(const liaison_error* error,
                                                          int32_t language);

/* ---- Memory -------------------------------------------------------------- */

/* Releases a document or an array the library returned; NULL is allowed. */
LIAISON_EXPORT void liaison_free(void* document);

/* ---- Policies ------------------------------------------------------------ */

typedef struct liaison_policy liaison_policy;

/* Parses and validates a policy document. On LIAISON_INVALID_DOCUMENT the
 * error lists every problem with its JSON path. */
LIAISON_EXPORT liaison_status liaison_policy_from_json(const char* json, size_t length,
                                                       liaison_policy** policy,
                                                       liaison_error** error);

/* One of the policies compiled into the library, by id ("hunan",
 * "hunan-2018"); LIAISON_NOT_FOUND names the ids there are. */
LIAISON_EXPORT liaison_status liaison_policy_embedded(const char* id, size_t length,
                                                      liaison_policy** policy,
                                                      liaison_error** error);

/* The ids of the embedded policies as a JSON array of strings. */
LIAISON_EXPORT liaison_status liaison_policy_embedded_ids(char** json, size_t* length,
                                                          liaison_error** error);

/* Releases a policy; NULL is allowed. Documents and errors obtained through
 * it stay valid. */
LIAISON_EXPORT void liaison_policy_free(liaison_policy* policy);

/* The policy's canonical JSON: every field, fixed key order. Parsing it gives
 * an equal policy. */
LIAISON_EXPORT liaison_status liaison_policy_canonical_json(const liaison_policy* policy,
                                                            char** json, size_t* length,
                                                            liaison_error** error);

/* What in the valid policy is probably not what its author meant, as a JSON
 * array: [{"path": "$.rules[2].title.zh", "code": "title_number", "zh": "…",
 * "en": "…"}, …]; "[]" when nothing is. The codes and checks are those of
 * `liaison policy validate` (docs/policy.md §14). */
LIAISON_EXPORT liaison_status liaison_policy_warnings_json(const liaison_policy* policy,
                                                           char** json, size_t* length,
                                                           liaison_error** error);

/* The policy's id; "" for NULL. Owned by the policy. */
LIAISON_EXPORT const char* liaison_policy_id(const liaison_policy* policy);

/* "sha256:" and 64 hex digits of the canonical JSON; "" for NULL. Owned by the policy. */
LIAISON_EXPORT const char* liaison_policy_fingerprint(const liaison_policy* policy);

/* The policy's (first) year; 0 for NULL. */
LIAISON_EXPORT int32_t liaison_policy_year(const liaison_policy* policy);

/* ---- Evaluation ---------------------------------------------------------- */

/* Evaluates every cadre of a records document (liaison.records/1) as of
 * `as_of` ("YYYY-MM-DD", `as_of_length` bytes) and returns the evaluation
 * document (liaison.evaluation/1): one entry per input cadre, in input order,
 * each a report or an error with its JSON path. Fails as a whole only when
 * the records document is unusable (not JSON, wrong schema, a year the policy
 * does not cover). */
LIAISON_EXPORT liaison_status liaison_evaluate_json(const liaison_policy* policy,
                                                    const char* records, size_t records_length,
                                                    const char* as_of, size_t as_of_length,
                                                    char** result, size_t* result_length,
                                                    liaison_error** error);

/* Evaluates like liaison_evaluate_json and also says where each entry of the
 * document's "results" lies, so a caller can store or parse one cadre's
 * result on its own without parsing the whole document. `*spans` receives
 * 2 × `*entry_count` values, the byte offset and the length of each entry in
 * input order: entry i is the JSON object at result + spans[2i], spans[2i+1]
 * bytes long. The array is allocated by the library (NULL when there are no
 * entries); release it with liaison_free, like the document. On failure
 * *result and *spans are NULL and *result_length and *entry_count are 0. */
LIAISON_EXPORT liaison_status liaison_evaluate_json_indexed(
    const liaison_policy* policy, const char* records, size_t records_length, const char* as_of,
    size_t as_of_length, char** result, size_t* result_length, size_t** spans,
    size_t* entry_count, liaison_error** error);

/* The progress overview (liaison.progress/1) of a records document as of a
 * date: per department and rule, cadres done, on pace, behind, and who to
 * follow up (the mid-year review of 二.4.(1)). LIAISON_INCOMPLETE when a
 * cadre's record is bad. */
LIAISON_EXPORT liaison_status liaison_progress_json(const liaison_policy* policy,
                                                    const char* records, size_t records_length,
                                                    const char* as_of, size_t as_of_length,
                                                    char** result, size_t* result_length,
                                                    liaison_error** error);

/* liaison_progress_json that accepts bad records: each counts in its
 * department's "errors" (or "errors_without_department") and the organ's. */
LIAISON_EXPORT liaison_status liaison_progress_json_allowing_errors(
    const liaison_policy* policy, const char* records, size_t records_length, const char* as_of,
    size_t as_of_length, char** result, size_t* result_length, liaison_error** error);

/* ---- The lean result form ------------------------------------------------ */

/* Evaluates like liaison_evaluate_json but returns the lean form
 * (liaison.evaluation-lean/1, docs/records.md): each finding with its rule
 * id, status and numbers and no kind, title, basis or message; participations
 * and department findings without their texts. About a third of the bytes,
 * for a caller that stores or forwards results and shows text later, or
 * never. liaison_render_json turns it into the full document. */
LIAISON_EXPORT liaison_status liaison_evaluate_json_lean(const liaison_policy* policy,
                                                         const char* records,
                                                         size_t records_length,
                                                         const char* as_of, size_t as_of_length,
                                                         char** result, size_t* result_length,
                                                         liaison_error** error);

/* Renders a lean document made under `policy` into the full evaluation
 * document (liaison.evaluation/1), titles and messages in Chinese and English
 * included: byte for byte what liaison_evaluate_json gives for the same
 * records and date. LIAISON_INVALID_DOCUMENT, naming the JSON path, for a
 * document that is not lean JSON, one made under another policy (another
 * fingerprint), or one with a rule, status or term the policy lacks. */
LIAISON_EXPORT liaison_status liaison_render_json(const liaison_policy* policy, const char* lean,
                                                  size_t lean_length, char** result,
                                                  size_t* result_length, liaison_error** error);

/* ---- Grading (二.4.(2)) ---------------------------------------------------- */

/* The number of grades in the policy's scale (best first: 优, 良, 中, 差 for
 * the Hunan policies); 0 for NULL. Grade indices below count from 0. */
LIAISON_EXPORT int32_t liaison_policy_grade_count(const liaison_policy* policy);

/* The id of grade `grade` ("excellent"); "" outside the scale or for NULL.
 * Owned by the policy. */
LIAISON_EXPORT const char* liaison_policy_grade_id(const liaison_policy* policy, int32_t grade);

/* The caps for a quota base of `base` cadres: caps[g] is the most cadres that
 * may hold grade g (with cumulative caps: grade g or better), or -1 when g is
 * not capped. `caps_length` must be at least liaison_policy_grade_count. */
LIAISON_EXPORT liaison_status liaison_grade_caps(const liaison_policy* policy, int32_t base,
                                                 int32_t* caps, size_t caps_length,
                                                 liaison_error** error);

/* Checks one department's grades, typed: grades[i] is the grade index of the
 * i-th cadre of its quota base (-1: none yet), `count` the base. `eligible` is
 * NULL (eligibility not checked) or holds, per cadre, the best grade it is
 * eligible for (-1: none). Each non-NULL output receives a count: caps
 * exceeded, cadres graded better than eligible, indices outside the scale,
 * cadres without a grade. All four zero: the grades are within the policy. */
LIAISON_EXPORT liaison_status liaison_grade_check(const liaison_policy* policy,
                                                  const int32_t* grades, size_t count,
                                                  const int32_t* eligible, int32_t* over_cap,
                                                  int32_t* above_eligible, int32_t* not_in_scale,
                                                  int32_t* missing, liaison_error** error);

/* The caps for a base of `base` cadres as a document (liaison.caps/1), each
 * with its derivation in Chinese and English ("优 上限 3 = floor(0.30 × 10)"). */
LIAISON_EXPORT liaison_status liaison_caps_json(const liaison_policy* policy, int32_t base,
                                                char** result, size_t* result_length,
                                                liaison_error** error);

/* Proposed grades for the cadres of a records document as of a date
 * (liaison.proposal/1): quota units and caps, and per input cadre its rank,
 * proposed grade and explanation. LIAISON_INCOMPLETE when a cadre's record is
 * bad. */
LIAISON_EXPORT liaison_status liaison_propose_json(const liaison_policy* policy,
                                                   const char* records, size_t records_length,
                                                   const char* as_of, size_t as_of_length,
                                                   char** result, size_t* result_length,
                                                   liaison_error** error);

/* liaison_propose_json that accepts bad records: each is an entry with
 * "ok": false and its error, and is listed in "errors". */
LIAISON_EXPORT liaison_status liaison_propose_json_allowing_errors(
    const liaison_policy* policy, const char* records, size_t records_length, const char* as_of,
    size_t as_of_length, char** result, size_t* result_length, liaison_error** error);

/* The grades a records document assigns, checked (liaison.grade-check/1).
 * *passed (when not NULL) is 1 when every grade is within the policy and
 * every record could be evaluated, else 0. */
LIAISON_EXPORT liaison_status liaison_check_json(const liaison_policy* policy,
                                                 const char* records, size_t records_length,
                                                 const char* as_of, size_t as_of_length,
                                                 char** result, size_t* result_length,
                                                 int32_t* passed, liaison_error** error);

/* Places split by largest remainder (liaison.apportionment/1) for a request
 * {"places": 10, "units": [{"id": "a", "base": 6}, …]}, with an audit line per
 * place and any Alabama paradox between places and places + 1. */
LIAISON_EXPORT liaison_status liaison_apportion_json(const char* request, size_t request_length,
                                                     char** result, size_t* result_length,
                                                     liaison_error** error);

/* ---- Testing policy changes ---------------------------------------------- */

/* Runs a case file (liaison.case/1, docs/testing-policies.md): its
 * expectations about a policy's outcomes on records. Relative paths in it are
 * resolved against `base_directory` (may be NULL with length 0: the current
 * directory). The result document (liaison.case-results/1) lists each failed
 * expectation with its path in the case file, expected and actual values.
 * *passed (when not NULL) is 1 when every expectation held, else 0. A case
 * that cannot be run at all (a bad case file, policy or records) is reported
 * in the document, not as a failed call. */
LIAISON_EXPORT liaison_status liaison_run_case_json(const char* case_json, size_t case_length,
                                                    const char* base_directory,
                                                    size_t base_directory_length, char** result,
                                                    size_t* result_length, int32_t* passed,
                                                    liaison_error** error);

/* liaison_run_case_json with every message of the result document (a
 * failure's message, an error's message and problems) in `language`
 * (LIAISON_LANGUAGE_ZH or LIAISON_LANGUAGE_EN); LIAISON_INVALID_ARGUMENT for
 * another language. */
LIAISON_EXPORT liaison_status liaison_run_case_json_in(const char* case_json, size_t case_length,
                                                       const char* base_directory,
                                                       size_t base_directory_length,
                                                       int32_t language, char** result,
                                                       size_t* result_length, int32_t* passed,
                                                       liaison_error** error);

/* What changes between two policies (liaison.policy-diff/1): the parameters
 * that differ, and on the same records as of a date, per cadre the rule
 * statuses, score, eligibility and proposed grade, per department the caps
 * and grade distribution. LIAISON_INCOMPLETE when a cadre's record is bad
 * under either policy. */
LIAISON_EXPORT liaison_status liaison_diff_json(const liaison_policy* before,
                                                const liaison_policy* after, const char* records,
                                                size_t records_length, const char* as_of,
                                                size_t as_of_length, char** result,
                                                size_t* result_length, liaison_error** error);

/* liaison_diff_json that accepts bad records: each is listed in "cadres"
 * with its error under each policy and counted in "summary.errors". */
LIAISON_EXPORT liaison_status liaison_diff_json_allowing_errors(
    const liaison_policy* before, const liaison_policy* after, const char* records,
    size_t records_length, const char* as_of, size_t as_of_length, char** result,
    size_t* result_length, liaison_error** error);

/* ---- Names, labels and kept memory -------------------------------------- */

/* The name of a status code, for logs: "LIAISON_OK", "LIAISON_INVALID_DOCUMENT",
 * …; "" for a value that is no status code. Static storage. */
LIAISON_EXPORT const char* liaison_status_name(liaison_status status);

/* Languages of person-facing text. */
#define LIAISON_LANGUAGE_ZH 0
#define LIAISON_LANGUAGE_EN 1

/* The label of grade `grade` in `language` (LIAISON_LANGUAGE_ZH: "优",
 * LIAISON_LANGUAGE_EN: "excellent"), so a typed caller can show a grade
 * without parsing a document; "" outside the scale, for another language or
 * for NULL. Owned by the policy. The grade's id is liaison_policy_grade_id. */
LIAISON_EXPORT const char* liaison_policy_grade_label(const liaison_policy* policy, int32_t grade,
                                                      int32_t language);

/* Frees the JSON parser buffers the calling thread keeps between calls
 * (about three times its largest document, at most about 25 MiB); its next
 * call makes new ones. Other threads are untouched. A server calls it on a
 * long-lived worker thread after an unusually large document. */
LIAISON_EXPORT void liaison_thread_buffers_release(void);

/* Frees the compiled embedded policies the library keeps after the first
 * liaison_policy_embedded, so that a leak checker (valgrind
 * --errors-for-leak-kinds=all) finds nothing at exit: call it last, after
 * liaison_policy_free. Handles already obtained stay valid; a later
 * liaison_policy_embedded compiles the policy again. Safe from any thread. */
LIAISON_EXPORT void liaison_embedded_policies_release(void);

/* ---- The report ---------------------------------------------------------- */

/* The department report (docs/report.md) of a records document as of a date:
 * one self-contained HTML document (inline CSS and SVG charts, no script, no
 * network, no other file), UTF-8, for the department `department` (an id of
 * the records; NULL with length 0: the whole organ), in `language`
 * (LIAISON_LANGUAGE_ZH or LIAISON_LANGUAGE_EN). The same text as `liaison
 * report`. Release *html with liaison_free. LIAISON_INVALID_ARGUMENT for
 * another language or a department that is neither in the records'
 * departments nor any cadre's (the message names it); LIAISON_INCOMPLETE when
 * a cadre's record is bad (the message names every bad cadre;
 * liaison_report_html_allowing_errors reports without them); otherwise fails
 * as liaison_evaluate_json. */
LIAISON_EXPORT liaison_status liaison_report_html(const liaison_policy* policy,
                                                  const char* records, size_t records_length,
                                                  const char* as_of, size_t as_of_length,
                                                  const char* department,
                                                  size_t department_length, int32_t language,
                                                  char** html, size_t* html_length,
                                                  liaison_error** error);

/* liaison_report_html for the departments and cadres asked for, as `liaison
 * report --department --cadre` takes them: `departments` and `cadres` are
 * comma-separated lists of ids of the records ("org,pub", "c01,c03"; NULL
 * with length 0, or empty: no filter). The report shows the cadres of those
 * departments whose ids are among those cadres; grades and caps still count
 * every cadre of a quota unit (the filters choose what is shown, not what is
 * computed). LIAISON_INVALID_ARGUMENT as liaison_report_html, and for a cadre
 * not in the records (the message names it). */
LIAISON_EXPORT liaison_status liaison_report_html_filtered(
    const liaison_policy* policy, const char* records, size_t records_length, const char* as_of,
    size_t as_of_length, const char* departments, size_t departments_length, const char* cadres,
    size_t cadres_length, int32_t language, char** html, size_t* html_length,
    liaison_error** error);

/* liaison_report_html_filtered that accepts bad records: the report is made
 * from the cadres whose records could be evaluated and lists the bad ones (name,
 * id, where in the records and why) in its grade section and at its end, as
 * `liaison report` writes it (which then exits 2). */
LIAISON_EXPORT liaison_status liaison_report_html_allowing_errors(
    const liaison_policy* policy, const char* records, size_t records_length, const char* as_of,
    size_t as_of_length, const char* departments, size_t departments_length, const char* cadres,
    size_t cadres_length, int32_t language, char** html, size_t* html_length,
    liaison_error** error);

/* ---- Streaming evaluation ------------------------------------------------ */

/* An evaluation that takes the records in pieces and gives the results as
 * they are ready, in memory bounded by the largest single cadre rather than
 * the whole input (docs/c-api.md). The records may be either form of
 * docs/records.md: the liaison.records/1 document, or JSON Lines (a header
 * line of schema liaison.records.lines/1, then one cadre a line). The caller
 * pushes bytes in and pulls output out; no callback crosses the ABI.
 *
 *   liaison_stream* stream = NULL;
 *   liaison_stream_new(policy, "2026-06-30", 10, LIAISON_STREAM_LINES, &stream, &error);
 *   while ((n = read(fd, buffer, sizeof buffer)) > 0) {
 *     if (liaison_stream_feed(stream, buffer, n, &error) != LIAISON_OK) break;
 *     liaison_stream_next(stream, &output, &length, &error);  // write(out, output, length)
 *   }
 *   liaison_stream_finish(stream, &error);
 *   liaison_stream_next(stream, &output, &length, &error);    // the rest
 *   liaison_stream_free(stream);
 */
typedef struct liaison_stream liaison_stream;

/* Output forms for liaison_stream_new's `options`. */
#define LIAISON_STREAM_DOCUMENT 0u /* the liaison.evaluation/1 document, as liaison_evaluate_json */
#define LIAISON_STREAM_LINES 1u    /* JSON Lines: a header line, then one result a line */
#define LIAISON_STREAM_LEAN 2u     /* the liaison.evaluation-lean/1 document, as liaison_evaluate_json_lean */

/* A stream evaluating as of `as_of` under `policy` (which it copies: the
 * handle may be freed before the stream). */
LIAISON_EXPORT liaison_status liaison_stream_new(const liaison_policy* policy, const char* as_of,
                                                 size_t as_of_length, uint32_t options,
                                                 liaison_stream** stream, liaison_error** error);

/* The next `length` bytes of the records, pieces of any size. Every cadre
 * complete so far is evaluated, its result added to the output waiting for
 * liaison_stream_next. An error (LIAISON_INVALID_DOCUMENT) only when the top
 * level cannot be read or its header is wrong; the stream then fails every
 * later call the same way, and output already taken must be discarded. A
 * bad cadre is not an error of the stream: it is an error entry. */
LIAISON_EXPORT liaison_status liaison_stream_feed(liaison_stream* stream, const char* bytes,
                                                  size_t length, liaison_error** error);

/* The records are over: evaluates the cadres left and ends the output.
 * Errors as for liaison_stream_feed, or a text cut short at its top level. */
LIAISON_EXPORT liaison_status liaison_stream_finish(liaison_stream* stream, liaison_error** error);

/* The output written since the last call: *output points into the stream and
 * stays valid until the next call on it (not NUL-terminated; *length may be
 * 0). The pieces taken in turn, put together, are the whole output. */
LIAISON_EXPORT liaison_status liaison_stream_next(liaison_stream* stream, const char** output,
                                                  size_t* length, liaison_error** error);

/* Makes the stream ready for another input, keeping its memory. */
LIAISON_EXPORT void liaison_stream_reset(liaison_stream* stream);

/* Releases a stream; NULL is allowed. */
LIAISON_EXPORT void liaison_stream_free(liaison_stream* stream);

/* ---- Evaluation into a buffer kept from call to call --------------------- */

/* Evaluates like liaison_evaluate_json (form LIAISON_STREAM_DOCUMENT), the
 * JSON Lines stream (LIAISON_STREAM_LINES) or liaison_evaluate_json_lean
 * (LIAISON_STREAM_LEAN), byte for byte, into a buffer the caller keeps from
 * call to call, as getline(3) does: *buffer is NULL or the buffer an earlier
 * call of this function left there, and *capacity its size in bytes. The
 * buffer is used when it is large enough and replaced by a larger one when
 * not; *buffer and *capacity are updated. On success the document is at
 * *buffer, NUL-terminated, *result_length bytes. On failure *result_length is
 * 0 and *buffer (the empty text when not NULL, never the last call's
 * result) stays the caller's. Release the buffer with liaison_free when done
 * with it.
 *
 * A call of liaison_evaluate_json takes its whole result as fresh memory,
 * which the system must clear page by page: some 11 KB a cadre, 33 MB for
 * 3,000 cadres, a few percent of the call's time and more for larger
 * batches (docs/performance.md). A server evaluating batch after batch on
 * one thread keeps one buffer per thread and takes none:
 *
 *   char* buffer = NULL;
 *   size_t capacity = 0, length = 0;
 *   for (each batch)
 *     if (liaison_evaluate_json_reusing(policy, records, records_length, "2026-06-30", 10,
 *                                       LIAISON_STREAM_DOCUMENT, &buffer, &capacity,
 *                                       &length, &error) == LIAISON_OK)
 *       use(buffer, length);
 *     else {
 *       report(liaison_error_message(error));
 *       liaison_error_free(error);
 *     }
 *   liaison_free(buffer);
 */
LIAISON_EXPORT liaison_status liaison_evaluate_json_reusing(
    const liaison_policy* policy, const char* records, size_t records_length, const char* as_of,
    size_t as_of_length, uint32_t form, char** buffer, size_t* capacity, size_t* result_length,
    liaison_error** error);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* LIAISON_LIAISON_H_ */
