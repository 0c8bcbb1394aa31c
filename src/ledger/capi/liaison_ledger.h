/* liaison_ledger.h: the C API of libliaison_ledger.so, spreadsheet ledgers
 * (台账, docs/ledger.md) in and out for the bindings (the Python package's
 * liaison.read_ledger and Policy.write_xlsx).
 *
 * A library of its own beside libliaison.so: the core library and its C ABI
 * (liaison.h) do not depend on it, and a program that needs no spreadsheet
 * never loads libzip, expat or libxlsxwriter. The conventions are liaison.h's:
 * status codes (LIAISON_OK …), UTF-8 text as pointer and length, documents
 * the library allocates handed over through char** and freed with
 * liaison_ledger_free, and an error object on failure.
 *
 * Nothing is shared with libliaison.so across the boundary except C types.
 * A liaison_policy* cannot be: it points into libliaison.so's own copy of
 * the C++ objects, and this library links its own copy of the core. So a
 * policy is passed as its JSON (liaison_policy_canonical_json gives it),
 * and this library's errors are liaison_ledger_error objects read with the
 * accessors below (docs/design.md says why).
 *
 *   char* result = NULL; size_t length = 0; liaison_ledger_error* error = NULL;
 *   if (liaison_ledger_import(policy_json, policy_length, "台账.xlsx", 11, 0,
 *                             &result, &length, &error) != LIAISON_OK) {
 *     fprintf(stderr, "%s\n", liaison_ledger_error_message(error));
 *     liaison_ledger_error_free(error);
 *   }
 *   liaison_ledger_free(result);
 */
#ifndef LIAISON_LEDGER_CAPI_LIAISON_LEDGER_H_
#define LIAISON_LEDGER_CAPI_LIAISON_LEDGER_H_

#include "liaison.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The ABI version of this library: the SOVERSION of libliaison_ledger.so. */
#define LIAISON_LEDGER_ABI_VERSION 1
LIAISON_EXPORT uint32_t liaison_ledger_abi_version(void);

/* ---- Errors (as liaison_error in liaison.h) ------------------------------ */

typedef struct liaison_ledger_error liaison_ledger_error;

LIAISON_EXPORT liaison_status liaison_ledger_error_code(const liaison_ledger_error* error);
LIAISON_EXPORT const char* liaison_ledger_error_message(const liaison_ledger_error* error);
/* The place of the first problem ("活动 第12行 G列（活动方式）"), or "". */
LIAISON_EXPORT const char* liaison_ledger_error_path(const liaison_ledger_error* error);
/* Every problem, a JSON array; the problems of a ledger are objects as in
 * liaison_ledger_import's "problems", others {"path", "message"}. */
LIAISON_EXPORT const char* liaison_ledger_error_problems_json(const liaison_ledger_error* error);
LIAISON_EXPORT void liaison_ledger_error_free(liaison_ledger_error* error);

/* Frees a document this library returned (NULL is fine). */
LIAISON_EXPORT void liaison_ledger_free(void* document);

/* ---- Ledgers in ---------------------------------------------------------- */

/* Imports the ledger at `path` (an .xlsx file, or a directory of CSV files,
 * recognised by content) under the policy `policy_json` into the document
 * liaison.ledger-import/1:
 *
 *   {"schema": "liaison.ledger-import/1",
 *    "records": {…the liaison.records/1 document of the cadres accepted…},
 *    "problems": [{"path": "活动 第3行 G列（活动方式）", "message": "… / …",
 *                  "sheet": "活动", "sheet_en": "activities", "row": 3,
 *                  "column": "G", "header": "活动方式", "header_en": "mode",
 *                  "value": "线下讲座", "cadre": "c01",
 *                  "zh": "活动 第3行 …：…", "en": "活动 (activities) row 3, …: …"}],
 *    "warnings": [same, for columns not read], "notes": ["GB18030 converted …"],
 *    "rows_read": 364, "rows_refused": 0, "cadres_read": 13, "cadres_refused": 0}
 *
 * A problem refuses its own cadre only. The call fails with
 * LIAISON_INVALID_DOCUMENT, every problem in the error, when the ledger
 * cannot be read as a whole (an unreadable file, a missing sheet or column),
 * when it had problems and no cadre was accepted, or, with `strict` not 0,
 * on any problem. */
LIAISON_EXPORT liaison_status liaison_ledger_import(const char* policy_json, size_t policy_length,
                                                    const char* path, size_t path_length,
                                                    int32_t strict, char** result,
                                                    size_t* result_length,
                                                    liaison_ledger_error** error);

/* ---- Results out --------------------------------------------------------- */

/* Evaluates `records` (liaison.records/1 JSON) under the policy as of
 * `as_of` (YYYY-MM-DD) and writes the result sheets of `kind` as an XLSX
 * workbook at `path`, as `liaison KIND --xlsx FILE` does (docs/ledger.md):
 * kind "evaluate" (干部, 规则), "progress" (进度), "grade" (考核单元, 干部:
 * the proposed grades) or "check" (考核单元, 干部, 违规: the grades the
 * records assign, checked). `language` is LIAISON_LANGUAGE_ZH or
 * LIAISON_LANGUAGE_EN (headers and sheet names). */
LIAISON_EXPORT liaison_status liaison_ledger_write_results_xlsx(
    const char* policy_json, size_t policy_length, const char* records, size_t records_length,
    const char* as_of, size_t as_of_length, const char* kind, size_t kind_length,
    int32_t language, const char* path, size_t path_length, liaison_ledger_error** error);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* LIAISON_LEDGER_CAPI_LIAISON_LEDGER_H_ */
