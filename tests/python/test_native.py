"""The C ABI as the binding declares it: NULL-safety of every entry point,
the error and ownership conventions of liaison.h, and that the package
releases every document and error object the library hands it."""

import ctypes
import json
import unittest
from ctypes import byref, c_int32, c_size_t, c_void_p

import liaison
from liaison import _native
from liaison._native import ErrorPointer, PolicyPointer

import support

INVALID_ARGUMENT = 1


class NullSafetyTest(unittest.TestCase):
    """liaison.h: "every pointer argument is checked: NULL where a value is
    required gives LIAISON_INVALID_ARGUMENT, never a crash"."""

    @classmethod
    def setUpClass(cls):
        cls.lib = _native.library()
        cls.policy = PolicyPointer()
        error = ErrorPointer()
        assert cls.lib.liaison_policy_embedded(b"hunan", 5, byref(cls.policy), byref(error)) == 0
        cls.records = support.DEPARTMENT.read_bytes()

    @classmethod
    def tearDownClass(cls):
        cls.lib.liaison_policy_free(cls.policy)

    def assertInvalidArgument(self, call, *arguments):
        error = ErrorPointer()
        status = call(*arguments, byref(error))
        self.assertEqual(status, INVALID_ARGUMENT)
        self.assertTrue(error)
        try:
            self.assertEqual(self.lib.liaison_error_code(error), INVALID_ARGUMENT)
            self.assertNotEqual(self.lib.liaison_error_message(error), b"")
        finally:
            self.lib.liaison_error_free(error)
        # The same call with a NULL error pointer fails the same way.
        self.assertEqual(call(*arguments, None), INVALID_ARGUMENT)

    def test_getters_of_null(self):
        lib = self.lib
        self.assertEqual(lib.liaison_error_code(None), INVALID_ARGUMENT)
        self.assertEqual(lib.liaison_error_message(None), b"")
        self.assertEqual(lib.liaison_error_path(None), b"")
        self.assertEqual(lib.liaison_error_problems_json(None), b"[]")
        self.assertEqual(lib.liaison_policy_id(None), b"")
        self.assertEqual(lib.liaison_policy_fingerprint(None), b"")
        self.assertEqual(lib.liaison_policy_year(None), 0)
        self.assertEqual(lib.liaison_policy_grade_count(None), 0)
        self.assertEqual(lib.liaison_policy_grade_id(None, 0), b"")
        self.assertEqual(lib.liaison_policy_grade_id(self.policy, -1), b"")
        self.assertEqual(lib.liaison_policy_grade_id(self.policy, 4), b"")
        self.assertEqual(lib.liaison_policy_grade_id(self.policy, 3), b"poor")
        # Releasing NULL is allowed.
        lib.liaison_error_free(None)
        lib.liaison_free(None)
        lib.liaison_policy_free(None)

    def test_policies(self):
        lib, out = self.lib, PolicyPointer()
        self.assertInvalidArgument(lib.liaison_policy_from_json, None, 5, byref(out))
        self.assertInvalidArgument(lib.liaison_policy_from_json, b"{}", 2, None)
        self.assertInvalidArgument(lib.liaison_policy_embedded, None, 5, byref(out))
        self.assertInvalidArgument(lib.liaison_policy_embedded, b"hunan", 5, None)
        self.assertInvalidArgument(lib.liaison_policy_embedded_ids, None, None)
        self.assertInvalidArgument(lib.liaison_policy_canonical_json, None, byref(c_void_p()),
                                   None)
        self.assertInvalidArgument(lib.liaison_policy_canonical_json, self.policy, None, None)
        self.assertFalse(out)  # nothing was made

    def test_records_calls(self):
        records, n = self.records, len(self.records)
        for name in ("liaison_evaluate_json", "liaison_progress_json", "liaison_propose_json"):
            call = getattr(self.lib, name)
            result = c_void_p()
            with self.subTest(function=name):
                self.assertInvalidArgument(call, None, records, n, b"2026-12-31", 10,
                                           byref(result), None)
                self.assertInvalidArgument(call, self.policy, None, n, b"2026-12-31", 10,
                                           byref(result), None)
                self.assertInvalidArgument(call, self.policy, records, n, None, 10,
                                           byref(result), None)
                self.assertInvalidArgument(call, self.policy, records, n, b"2026-12-31", 10,
                                           None, None)
                self.assertFalse(result)
        check = self.lib.liaison_check_json
        self.assertInvalidArgument(check, None, records, n, b"2026-12-31", 10, byref(c_void_p()),
                                   None, None)
        diff = self.lib.liaison_diff_json
        self.assertInvalidArgument(diff, self.policy, None, records, n, b"2026-12-31", 10,
                                   byref(c_void_p()), None)

    def test_grading_calls(self):
        lib = self.lib
        caps = (c_int32 * 4)()
        self.assertInvalidArgument(lib.liaison_grade_caps, None, 10, caps, 4)
        self.assertInvalidArgument(lib.liaison_grade_caps, self.policy, 10, None, 4)
        self.assertInvalidArgument(lib.liaison_grade_caps, self.policy, 10, caps, 3)  # too short
        grades = (c_int32 * 3)(0, 1, 2)
        self.assertInvalidArgument(lib.liaison_grade_check, None, grades, 3, None, None, None,
                                   None, None)
        self.assertInvalidArgument(lib.liaison_grade_check, self.policy, None, 3, None, None,
                                   None, None, None)
        # An empty department with every output NULL is fine.
        self.assertEqual(lib.liaison_grade_check(self.policy, None, 0, None, None, None, None,
                                                 None, None), 0)
        self.assertInvalidArgument(lib.liaison_caps_json, None, 10, byref(c_void_p()), None)
        self.assertInvalidArgument(lib.liaison_caps_json, self.policy, 10, None, None)
        self.assertInvalidArgument(lib.liaison_apportion_json, None, 3, byref(c_void_p()), None)
        self.assertInvalidArgument(lib.liaison_run_case_json, b"{}", 2, None, 3,
                                   byref(c_void_p()), None, None)

    def test_success_sets_the_error_to_null(self):
        stale = ctypes.cast(c_void_p(0x1234), ErrorPointer)  # whatever was there before
        caps = (c_int32 * 4)()
        self.assertEqual(self.lib.liaison_grade_caps(self.policy, 10, caps, 4, byref(stale)), 0)
        self.assertFalse(stale)
        self.assertEqual(list(caps), [3, 5, -1, -1])

    def test_check_passed_output_agrees_with_the_document(self):
        result, length, passed = c_void_p(), c_size_t(), c_int32(7)
        status = self.lib.liaison_check_json(self.policy, self.records, len(self.records),
                                             b"2026-12-31", 10, byref(result), byref(length),
                                             byref(passed), None)
        self.assertEqual(status, 0)
        document = json.loads(_native.take_document(self.lib, result, length))
        self.assertEqual(passed.value, 0)
        self.assertIs(document["passed"], False)

    def test_strings_are_pointer_and_length(self):
        # "hunanXYZ" with length 5 is "hunan": no NUL terminator is needed.
        policy, error = PolicyPointer(), ErrorPointer()
        self.assertEqual(self.lib.liaison_policy_embedded(b"hunanXYZ", 5, byref(policy),
                                                          byref(error)), 0)
        self.assertEqual(self.lib.liaison_policy_id(policy), b"hunan")
        self.lib.liaison_policy_free(policy)


class OwnershipTest(unittest.TestCase):
    """Every document is released with liaison_free and every error object with
    liaison_error_free, exactly once."""

    def setUp(self):
        self.lib = _native.library()
        self.freed, self.errors_freed = [], []
        self.real_free, self.real_error_free = self.lib.liaison_free, self.lib.liaison_error_free

        def free(pointer):
            self.freed.append(pointer)
            self.real_free(pointer)

        def error_free(error):
            self.errors_freed.append(ctypes.cast(error, c_void_p).value)
            self.real_error_free(error)

        self.lib.liaison_free = free
        self.lib.liaison_error_free = error_free

    def tearDown(self):
        self.lib.liaison_free = self.real_free
        self.lib.liaison_error_free = self.real_error_free

    def test_documents_are_released(self):
        policy = liaison.Policy.embedded("hunan")
        records = support.DEPARTMENT
        calls = [
            lambda: liaison.embedded_ids(),
            lambda: liaison.Policy.embedded("hunan").canonical_json,
            lambda: policy.evaluate(records, support.YEAR_END),
            lambda: policy.progress(records, support.MID_YEAR),
            lambda: policy.propose(records, support.YEAR_END),
            lambda: policy.check(records, support.YEAR_END),
            lambda: policy.caps_document(10),
            lambda: policy.diff(policy, records, support.YEAR_END),
            lambda: policy.report_html(records, support.YEAR_END),
            lambda: liaison.apportion(4, {"a": 6, "b": 6, "c": 2}),
            lambda: liaison.run_case(support.REPO / "tests" / "cases" / "hunan-caps.case.json"),
        ]
        for call in calls:
            call()
        self.assertEqual(len(self.freed), len(calls))
        self.assertTrue(all(self.freed))
        self.assertEqual(self.errors_freed, [])

    def test_error_objects_are_released(self):
        policy = liaison.Policy.embedded("hunan")
        failing = [
            lambda: liaison.Policy.embedded("nope"),
            lambda: liaison.Policy.from_string("{"),
            lambda: policy.evaluate(support.DEPARTMENT, "2026-02-30"),
            lambda: policy.caps(-1),
            lambda: policy.caps_document(-1),
            lambda: liaison.apportion(1, {"a": -1}),
        ]
        for call in failing:
            with self.assertRaises(liaison.Error):
                call()
        self.assertEqual(len(self.errors_freed), len(failing))
        self.assertTrue(all(self.errors_freed))
        self.assertEqual(self.freed, [])


if __name__ == "__main__":
    unittest.main()
