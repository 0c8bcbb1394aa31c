"""Finding and checking libliaison, and the ctypes declarations of liaison.h.

The wrong-ABI case is tested two ways: end to end, with a tiny fake
libliaison compiled here with the C compiler (it exports liaison_abi_version
returning 99) and named by LIAISON_LIBRARY in a fresh interpreter, exactly as
a user with a mismatched library would meet it; and in process, loading the
real library while expecting ABI 2, which checks the comparison itself without
a compiler.
"""

import ctypes
import os
import re
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

import liaison
from liaison import _native

import support

FAKE_ABI_99 = "#include <stdint.h>\nuint32_t liaison_abi_version(void) { return 99; }\n"
NOT_LIAISON = "int unrelated_function(void) { return 1; }\n"


def compile_shared_library(directory: Path, name: str, source: str) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise AssertionError("a C compiler (cc) is needed to build the fake libraries")
    c_file = directory / (name + ".c")
    c_file.write_text(source)
    library = directory / (name + ".so")
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(library), str(c_file)], check=True)
    return library


class LoadingTest(unittest.TestCase):
    def test_loads_the_library_named_by_the_environment_or_next_to_the_package(self):
        path = liaison.library_path()
        configured = os.environ.get("LIAISON_LIBRARY")
        if configured:
            self.assertEqual(os.path.realpath(path), os.path.realpath(configured))
        else:  # the pip-installed package with its bundled copy (test_install)
            package_dir = os.path.dirname(os.path.realpath(liaison.__file__))
            self.assertEqual(os.path.dirname(os.path.realpath(path)), package_dir)

    def test_versions_agree_with_the_header(self):
        header = support.HEADER.read_text(encoding="utf-8")
        version = re.search(r'#define LIAISON_VERSION_STRING "([^"]+)"', header).group(1)
        abi = int(re.search(r"#define LIAISON_ABI_VERSION (\d+)", header).group(1))
        self.assertEqual(liaison.library_version(), version)
        self.assertEqual(liaison.ABI_VERSION, abi)
        self.assertEqual(liaison.ABI_VERSION, 1)
        self.assertEqual(_native.library().liaison_abi_version(), 1)
        self.assertRegex(liaison.__version__, r"^\d+\.\d+\.\d+$")

    def test_import_does_not_need_the_library(self):
        env = support.package_environment()
        env["LIAISON_LIBRARY"] = "/nonexistent/libliaison.so.1"
        run = support.run_python("import liaison; print(liaison.__version__)", env)
        self.assertEqual(run.returncode, 0, run.stderr)

    def test_missing_library_named_by_the_environment(self):
        env = support.package_environment()
        env["LIAISON_LIBRARY"] = "/nonexistent/dir/libliaison.so.1"
        code = (
            "import liaison\n"
            "try:\n"
            "    liaison.Policy.embedded('hunan')\n"
            "except liaison.LibraryNotFound as error:\n"
            "    assert isinstance(error, liaison.Error) and error.code is None\n"
            "    print(error)\n"
            "else:\n"
            "    raise SystemExit('loaded a library that does not exist')\n"
        )
        run = support.run_python(code, env)
        self.assertEqual(run.returncode, 0, run.stderr)
        message = run.stdout
        self.assertIn("LIAISON_LIBRARY=/nonexistent/dir/libliaison.so.1", message)
        self.assertIn("no such file", message)
        # It says that nothing else was tried, and where that would have been.
        self.assertIn("nothing else is tried", message)
        self.assertIn("the system library path", message)

    def test_missing_library_everywhere_lists_every_place_tried(self):
        with tempfile.TemporaryDirectory() as empty:
            with self.assertRaises(liaison.LibraryNotFound) as raised:
                _native.load(environ={}, package_dir=empty,
                             system_names=["libliaison-test-missing.so.1"],
                             find_name="liaison-test-missing")
        message = str(raised.exception)
        lines = [line.strip() for line in message.splitlines()]
        self.assertIn("1. LIAISON_LIBRARY: not set", lines)
        self.assertIn(f"2. next to the package: {empty}/libliaison-test-missing.so.1: no such file",
                      lines)
        self.assertTrue(lines[3].startswith(
            "3. the system library path: libliaison-test-missing.so.1: "), lines[3])
        self.assertIn("4. ctypes.util.find_library('liaison-test-missing'): nothing found", lines)
        self.assertIn("Set LIAISON_LIBRARY", message)

    def test_a_copy_next_to_the_package_is_found_without_the_environment(self):
        with tempfile.TemporaryDirectory() as package_dir:
            copy = os.path.join(package_dir, "libliaison.so.1")
            shutil.copy(liaison.library_path(), copy)
            loaded = _native.load(environ={}, package_dir=package_dir,
                                  system_names=["libliaison.so.1"])
            self.assertEqual(os.path.realpath(loaded.path), os.path.realpath(copy))

    def test_a_file_that_is_not_a_shared_library(self):
        with tempfile.NamedTemporaryFile(suffix=".so") as text:
            text.write(b"not an ELF file")
            text.flush()
            with self.assertRaises(liaison.LibraryNotFound) as raised:
                _native.load(environ={"LIAISON_LIBRARY": text.name})
        self.assertIn(f"LIAISON_LIBRARY={text.name}", str(raised.exception))

    def test_a_shared_library_that_is_not_libliaison(self):
        with tempfile.TemporaryDirectory() as directory:
            other = compile_shared_library(Path(directory), "libother", NOT_LIAISON)
            with self.assertRaises(liaison.LibraryError) as raised:
                _native.load(environ={"LIAISON_LIBRARY": str(other)})
        self.assertIn("is not libliaison", str(raised.exception))
        self.assertIn("liaison_abi_version", str(raised.exception))

    def test_wrong_abi_version_from_a_fake_library(self):
        with tempfile.TemporaryDirectory() as directory:
            fake = compile_shared_library(Path(directory), "libliaison_abi99", FAKE_ABI_99)
            env = support.package_environment()
            env["LIAISON_LIBRARY"] = str(fake)
            code = (
                "import liaison\n"
                "try:\n"
                "    liaison.embedded_ids()\n"
                "except liaison.AbiMismatch as error:\n"
                "    print(error)\n"
                "else:\n"
                "    raise SystemExit('accepted a library of ABI 99')\n"
            )
            run = support.run_python(code, env)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn(str(fake), run.stdout)
        self.assertIn("has ABI version 99", run.stdout)
        self.assertIn("written for ABI version 1", run.stdout)

    def test_wrong_abi_version_expected_by_the_package(self):
        with self.assertRaises(liaison.AbiMismatch) as raised:
            _native.load(environ={"LIAISON_LIBRARY": liaison.library_path()}, expected_abi=2)
        message = str(raised.exception)
        self.assertIn("has ABI version 1", message)
        self.assertIn("written for ABI version 2", message)
        self.assertIsInstance(raised.exception, liaison.LibraryError)


# The C types of liaison.h and the ctypes type each must be declared as.
_C_TYPES = {
    "void": None,
    "liaison_status": ctypes.c_int32,
    "int32_t": ctypes.c_int32,
    "uint32_t": ctypes.c_uint32,
    "size_t": ctypes.c_size_t,
    "const char*": ctypes.c_char_p,
    "char**": ctypes.POINTER(ctypes.c_void_p),  # documents: copied, then liaison_free
    "void*": ctypes.c_void_p,
    "size_t*": ctypes.POINTER(ctypes.c_size_t),
    "size_t**": ctypes.POINTER(ctypes.c_void_p),  # arrays the library allocates: copied, then freed
    "int32_t*": ctypes.POINTER(ctypes.c_int32),
    "const int32_t*": ctypes.POINTER(ctypes.c_int32),
    "liaison_policy*": _native.PolicyPointer,
    "const liaison_policy*": _native.PolicyPointer,
    "liaison_policy**": ctypes.POINTER(_native.PolicyPointer),
    "liaison_error*": _native.ErrorPointer,
    "const liaison_error*": _native.ErrorPointer,
    "liaison_error**": ctypes.POINTER(_native.ErrorPointer),
    "liaison_stream*": _native.StreamPointer,
    "liaison_stream**": ctypes.POINTER(_native.StreamPointer),
    "const char**": ctypes.POINTER(ctypes.c_void_p),  # a pointer into the stream, not freed
}


def header_prototypes(header_file=support.HEADER):
    """name -> (return type, [parameter types]) of every exported function."""
    header = header_file.read_text(encoding="utf-8")
    prototypes = {}
    for match in re.finditer(r"LIAISON_EXPORT\s+([\w\s\*]+?)\s*\b(liaison_\w+)\s*\(([^)]*)\)\s*;",
                             header):
        result, name, parameters = match.groups()
        types = []
        for parameter in parameters.split(","):
            parameter = " ".join(parameter.split())
            if parameter in ("void", ""):
                continue
            # Drop the parameter name: the last identifier.
            parameter = re.sub(r"\s*\b\w+$", "", parameter)
            types.append(parameter.replace(" *", "*"))
        prototypes[name] = (" ".join(result.split()).replace(" *", "*"), types)
    return prototypes


class DeclarationsTest(unittest.TestCase):
    def test_every_function_of_the_header_is_declared_as_the_header_says(self):
        prototypes = header_prototypes()
        self.assertGreaterEqual(len(prototypes), 28)  # the parse found them all
        self.assertEqual(sorted(prototypes), sorted(_native.SIGNATURES))
        lib = _native.library()
        for name, (result, parameters) in prototypes.items():
            with self.subTest(function=name):
                function = getattr(lib, name)
                self.assertIs(function.restype, _C_TYPES[result])
                self.assertEqual(len(function.argtypes), len(parameters))
                for declared, parameter in zip(function.argtypes, parameters):
                    self.assertIs(declared, _C_TYPES[parameter], parameter)


if __name__ == "__main__":
    unittest.main()
