"""liaison.ResultBuffer: evaluations written into a buffer kept from call to call.

The expected texts are those of the calls that allocate afresh, made through
other functions of the C ABI: liaison_evaluate_json and
liaison_evaluate_json_lean, and for JSON Lines the liaison_stream_* calls fed
the whole file. The JSON Lines text is also checked against the records
themselves: a header line, then one line per cadre of examples/department.json,
each the cadre's entry of Policy.evaluate_each.
"""

import threading
import unittest
from ctypes import byref, c_size_t, c_void_p, string_at

import liaison
from liaison import _inputs, _native

import support

LINES = 1  # LIAISON_STREAM_LINES


def allocated(policy, function, records: bytes, as_of: str) -> str:
    """What a records call of the C ABI that allocates its result gives."""
    date = as_of.encode("ascii")
    with policy._use() as pointer:
        return _native.call_document(function, pointer, records, len(records), date, len(date))


def streamed_lines(policy, records: bytes, as_of: str) -> str:
    """The JSON Lines output of a liaison_stream fed the whole of `records`."""
    lib = _native.library()
    date = as_of.encode("ascii")
    stream = _native.StreamPointer()
    error = _native.ErrorPointer()
    with policy._use() as pointer:
        _native.check_status(lib.liaison_stream_new(pointer, date, len(date), LINES,
                                                    byref(stream), byref(error)), error)
    try:
        _native.check_status(lib.liaison_stream_feed(stream, records, len(records),
                                                     byref(error)), error)
        _native.check_status(lib.liaison_stream_finish(stream, byref(error)), error)
        pieces = []
        while True:
            output, length = c_void_p(), c_size_t()
            _native.check_status(lib.liaison_stream_next(stream, byref(output), byref(length),
                                                         byref(error)), error)
            if length.value == 0:
                return b"".join(pieces).decode("utf-8")
            pieces.append(string_at(output.value, length.value))
    finally:
        lib.liaison_stream_free(stream)


class ResultBufferTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.hunan = liaison.Policy.embedded("hunan")
        cls.records = support.DEPARTMENT.read_bytes()
        lib = _native.library()
        cls.full = allocated(cls.hunan, lib.liaison_evaluate_json, cls.records, support.YEAR_END)
        cls.lean = allocated(cls.hunan, lib.liaison_evaluate_json_lean, cls.records,
                             support.YEAR_END)
        cls.lines = streamed_lines(cls.hunan, cls.records, support.YEAR_END)

    @classmethod
    def tearDownClass(cls):
        cls.hunan.close()

    def evaluate_json(self, buffer, form, records=None):
        return self.hunan.evaluate_json(self.records if records is None else records,
                                        support.YEAR_END, form=form, buffer=buffer)

    def test_three_forms_are_the_allocating_calls_byte_for_byte(self):
        with liaison.ResultBuffer() as buffer:
            self.assertEqual(self.evaluate_json(buffer, "document"), self.full)
            self.assertEqual(self.evaluate_json(buffer, "lean"), self.lean)
            self.assertEqual(self.evaluate_json(buffer, "lines"), self.lines)
            self.assertEqual(self.hunan.evaluate(self.records, support.YEAR_END, buffer=buffer),
                             self.hunan.evaluate(self.records, support.YEAR_END))
            self.assertEqual(
                self.hunan.evaluate_lean(self.records, support.YEAR_END, buffer=buffer),
                self.hunan.evaluate_lean(self.records, support.YEAR_END))
        # Without a buffer, evaluate_json writes into one of its own: the same texts.
        self.assertEqual(self.evaluate_json(None, "document"), self.full)
        self.assertEqual(self.evaluate_json(None, "lines"), self.lines)

    def test_lines_are_a_header_then_each_cadre_entry(self):
        cadres = len(support.department()["cadres"])
        lines = self.lines.split("\n")
        self.assertEqual(len(lines), 1 + cadres + 1)  # the text ends with a newline
        self.assertEqual(lines[-1], "")
        with self.hunan.evaluate_each(self.records, support.YEAR_END) as entries:
            self.assertEqual([line.encode("utf-8") for line in lines[1:-1]],
                             [entries.entry_json(i) for i in range(cadres)])

    def test_a_buffer_large_enough_is_kept(self):
        with liaison.ResultBuffer() as buffer:
            self.assertEqual(buffer.capacity, 0)
            self.evaluate_json(buffer, "document")
            capacity = buffer.capacity
            self.assertGreater(capacity, len(self.full.encode("utf-8")))
            for form, expected in (("document", self.full), ("lean", self.lean),
                                   ("lines", self.lines)):
                with self.subTest(form=form):
                    self.assertEqual(self.evaluate_json(buffer, form), expected)
                    self.assertEqual(buffer.capacity, capacity)

    def test_a_small_batch_then_a_big_one_grows_the_buffer(self):
        first = support.department()
        first["cadres"] = first["cadres"][:1]
        small = allocated(self.hunan, _native.library().liaison_evaluate_json,
                          _inputs.dumps(first), support.YEAR_END)
        with liaison.ResultBuffer() as buffer:
            self.assertEqual(self.evaluate_json(buffer, "document", first), small)
            small_capacity = buffer.capacity
            self.assertLess(small_capacity, len(self.full.encode("utf-8")))
            self.assertEqual(self.evaluate_json(buffer, "document"), self.full)
            self.assertGreater(buffer.capacity, len(self.full.encode("utf-8")))

    def test_a_failed_call_raises_and_leaves_the_buffer_usable(self):
        with liaison.ResultBuffer() as buffer:
            self.evaluate_json(buffer, "document")
            capacity = buffer.capacity
            with self.assertRaises(liaison.InvalidDocument) as raised:
                self.hunan.evaluate(b"[1,", support.YEAR_END, buffer=buffer)
            self.assertEqual(raised.exception.path, "$")
            with self.assertRaises(liaison.InvalidArgument):
                self.hunan.evaluate(self.records, "2026-13-01", buffer=buffer)
            self.assertEqual(buffer.capacity, capacity)
            self.assertEqual(self.evaluate_json(buffer, "document"), self.full)
        with liaison.ResultBuffer() as fresh:  # a failure before any result, too
            with self.assertRaises(liaison.InvalidDocument):
                self.hunan.evaluate_lean(b"[1,", support.YEAR_END, buffer=fresh)
            self.assertEqual(self.evaluate_json(fresh, "lean"), self.lean)

    def test_a_closed_buffer_is_refused_in_both_languages(self):
        buffer = liaison.ResultBuffer()
        self.evaluate_json(buffer, "document")
        buffer.close()
        buffer.close()  # twice is allowed
        self.assertTrue(buffer.closed)
        self.assertEqual(buffer.capacity, 0)
        for call in (lambda: self.hunan.evaluate(self.records, support.YEAR_END, buffer=buffer),
                     lambda: self.evaluate_json(buffer, "lines")):
            with self.assertRaises(ValueError) as raised:
                call()
            self.assertIsInstance(raised.exception, liaison.InvalidArgument)
            self.assertIn("closed", raised.exception.text("en"))
            self.assertIn("已关闭", raised.exception.text("zh"))

    def test_misuse_is_named(self):
        with self.assertRaises(TypeError):
            self.hunan.evaluate(self.records, support.YEAR_END, buffer=bytearray(10))
        with liaison.ResultBuffer() as buffer:
            with self.assertRaises(liaison.InvalidArgument) as raised:
                self.evaluate_json(buffer, "pretty")
            self.assertIn("lines", raised.exception.text("en"))

    def test_threads_sharing_one_buffer_take_turns(self):
        failures = []

        def work():
            for form, expected in (("document", self.full), ("lean", self.lean)) * 3:
                if self.evaluate_json(buffer, form) != expected:
                    failures.append(form)

        with liaison.ResultBuffer() as buffer:
            threads = [threading.Thread(target=work) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        self.assertEqual(failures, [])


if __name__ == "__main__":
    unittest.main()
