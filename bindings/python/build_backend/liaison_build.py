"""The PEP 517 build backend of the liaison Python package, standard library only.

Why not setuptools: building a wheel with setuptools (before 70.1) also needs
the `wheel` package, which Python installations here do not all have, and
nothing can be downloaded. This backend needs nothing but Python (and tomllib,
Python ≥ 3.11, or tomli to read pyproject.toml). It builds:

* a wheel of liaison/*.py and py.typed: pure Python (py3-none-any), finding
  libliaison at run time through LIAISON_LIBRARY or the system library path;
* or, when the environment variable LIAISON_BUNDLE_LIBRARY names a built
  libliaison.so.1, a wheel with that library copied next to the package, where
  the package looks for it: tagged for this platform (py3-none-linux_x86_64),
  since it carries machine code. The library is loaded and its ABI version
  checked first, so a mismatched library is refused at build time. It still
  needs Debian's Abseil and simdjson shared libraries at run time;
* with LIAISON_BUNDLE_LEDGER_LIBRARY naming a built libliaison_ledger.so.1 as
  well, that library beside it (spreadsheet ledgers; it needs Debian's libzip,
  expat, libxlsxwriter and libcsv at run time), checked the same way;
* an sdist, and an editable wheel (PEP 660: a .pth file naming this directory).

Wheels are reproducible: entries are sorted and dated SOURCE_DATE_EPOCH (or
1980-01-01).
"""

from __future__ import annotations

import base64
import ctypes
import hashlib
import io
import os
import re
import sys
import sysconfig
import tarfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUNDLE_ENV = "LIAISON_BUNDLE_LIBRARY"
LEDGER_BUNDLE_ENV = "LIAISON_BUNDLE_LEDGER_LIBRARY"


def _load_toml(path):
    try:
        import tomllib
    except ImportError:
        try:
            import tomli as tomllib
        except ImportError:
            raise RuntimeError(
                "building the liaison package reads pyproject.toml, which needs Python 3.11 "
                "or later (tomllib) or the tomli package"
            ) from None
    with open(path, "rb") as file:
        return tomllib.load(file)


class _Project:
    def __init__(self):
        pyproject = _load_toml(os.path.join(ROOT, "pyproject.toml"))
        self.meta = pyproject["project"]
        self.config = pyproject.get("tool", {}).get("liaison-build", {})
        self.name = self.meta["name"]
        self.package = self.config.get("package", self.name)
        package_dir = os.path.join(ROOT, self.package)
        self.package_dir = package_dir
        with open(os.path.join(package_dir, "__init__.py"), encoding="utf-8") as file:
            self.version = re.search(r'^__version__ = "([^"]+)"', file.read(), re.M).group(1)
        with open(os.path.join(package_dir, "_native.py"), encoding="utf-8") as file:
            self.abi = int(re.search(r"^ABI_VERSION = (\d+)", file.read(), re.M).group(1))
        with open(os.path.join(package_dir, "_ledger_native.py"), encoding="utf-8") as file:
            self.ledger_abi = int(
                re.search(r"^LEDGER_ABI_VERSION = (\d+)", file.read(), re.M).group(1))
        self.dist = re.sub(r"[-_.]+", "_", self.name)
        self.dist_info = f"{self.dist}-{self.version}.dist-info"

    def package_files(self):
        """(path in the wheel, path on disk) of the package's files, sorted."""
        extra = set(self.config.get("package-data", []))
        files = []
        for name in sorted(os.listdir(self.package_dir)):
            path = os.path.join(self.package_dir, name)
            if os.path.isfile(path) and (name.endswith(".py") or name in extra):
                files.append((f"{self.package}/{name}", path))
        return files

    def metadata(self):
        meta = self.meta
        lines = [
            "Metadata-Version: 2.1",
            f"Name: {self.name}",
            f"Version: {self.version}",
            f"Summary: {meta.get('description', '')}",
        ]
        if "requires-python" in meta:
            lines.append(f"Requires-Python: {meta['requires-python']}")
        license_text = meta.get("license", {}).get("text")
        if license_text:
            lines.append(f"License: {license_text}")
        if meta.get("keywords"):
            lines.append(f"Keywords: {','.join(meta['keywords'])}")
        lines += [f"Classifier: {c}" for c in meta.get("classifiers", [])]
        lines += [f"Requires-Dist: {d}" for d in meta.get("dependencies", [])]
        body = ""
        readme = meta.get("readme")
        if readme:
            lines.append("Description-Content-Type: text/markdown")
            with open(os.path.join(ROOT, readme), encoding="utf-8") as file:
                body = file.read()
        return ("\n".join(lines) + "\n\n" + body).encode("utf-8")


def _bundled_library_name(abi):
    if sys.platform == "win32":
        return "liaison.dll"
    if sys.platform == "darwin":
        return f"libliaison.{abi}.dylib"
    return f"libliaison.so.{abi}"


def _checked_bundle(project):
    """The library to bundle (path on disk, name in the package), or None."""
    path = os.environ.get(BUNDLE_ENV, "")
    if not path:
        return None
    if not os.path.isfile(path):
        raise RuntimeError(f"{BUNDLE_ENV}={path}: no such file")
    try:
        found = ctypes.CDLL(os.path.abspath(path)).liaison_abi_version
    except (OSError, AttributeError) as failure:
        raise RuntimeError(f"{BUNDLE_ENV}={path} is not a loadable libliaison: {failure}") from None
    found.restype = ctypes.c_uint32
    if found() != project.abi:
        raise RuntimeError(
            f"{BUNDLE_ENV}={path} has ABI version {found()}, but the package is written for "
            f"ABI version {project.abi}"
        )
    return os.path.realpath(path), f"{project.package}/{_bundled_library_name(project.abi)}"


def _checked_ledger_bundle(project):
    """The ledger library to bundle (path on disk, name in the package), or None.
    Only with the core library: a ledger library alone is found next to the
    core library it was installed with."""
    path = os.environ.get(LEDGER_BUNDLE_ENV, "")
    if not path:
        return None
    if not os.environ.get(BUNDLE_ENV, ""):
        raise RuntimeError(f"{LEDGER_BUNDLE_ENV} needs {BUNDLE_ENV} too")
    if not os.path.isfile(path):
        raise RuntimeError(f"{LEDGER_BUNDLE_ENV}={path}: no such file")
    try:
        found = ctypes.CDLL(os.path.abspath(path)).liaison_ledger_abi_version
    except (OSError, AttributeError) as failure:
        raise RuntimeError(
            f"{LEDGER_BUNDLE_ENV}={path} is not a loadable libliaison_ledger: {failure}") from None
    found.restype = ctypes.c_uint32
    if found() != project.ledger_abi:
        raise RuntimeError(
            f"{LEDGER_BUNDLE_ENV}={path} has ledger ABI version {found()}, but the package is "
            f"written for version {project.ledger_abi}"
        )
    return os.path.realpath(path), f"{project.package}/libliaison_ledger.so.{project.ledger_abi}"


def _date_time():
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))  # 1980-01-01
    return time.gmtime(max(epoch, 315532800))[:6]


class _WheelWriter:
    def __init__(self, path):
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED)
        self.records = []
        self.date_time = _date_time()

    def add(self, name, data, executable=False):
        info = zipfile.ZipInfo(name, date_time=self.date_time)
        info.external_attr = (0o755 if executable else 0o644) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        self.records.append(f"{name},sha256={digest},{len(data)}")

    def close(self, dist_info):
        record = f"{dist_info}/RECORD"
        text = "\n".join(self.records + [f"{record},,"]) + "\n"
        info = zipfile.ZipInfo(record, date_time=self.date_time)
        info.external_attr = 0o644 << 16
        self.zip.writestr(info, text.encode("utf-8"))
        self.zip.close()


def _read(path):
    with open(path, "rb") as file:
        return file.read()


def _write_wheel(wheel_directory, project, contents, bundle):
    if bundle:
        tag = "py3-none-" + re.sub(r"[-.]", "_", sysconfig.get_platform())
    else:
        tag = "py3-none-any"
    filename = f"{project.dist}-{project.version}-{tag}.whl"
    writer = _WheelWriter(os.path.join(wheel_directory, filename))
    for name, data, executable in contents:
        writer.add(name, data, executable)
    writer.add(f"{project.dist_info}/METADATA", project.metadata())
    wheel = (
        "Wheel-Version: 1.0\n"
        "Generator: liaison_build\n"
        f"Root-Is-Purelib: {'false' if bundle else 'true'}\n"
        f"Tag: {tag}\n"
    )
    writer.add(f"{project.dist_info}/WHEEL", wheel.encode("ascii"))
    writer.add(f"{project.dist_info}/top_level.txt", f"{project.package}\n".encode("ascii"))
    writer.close(project.dist_info)
    return filename


# ---- PEP 517 / PEP 660 hooks ----------------------------------------------------


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    project = _Project()
    contents = [(name, _read(path), False) for name, path in project.package_files()]
    bundle = _checked_bundle(project)
    if bundle:
        contents.append((bundle[1], _read(bundle[0]), True))
    ledger_bundle = _checked_ledger_bundle(project)
    if ledger_bundle:
        contents.append((ledger_bundle[1], _read(ledger_bundle[0]), True))
    return _write_wheel(wheel_directory, project, contents, bundle)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    project = _Project()
    pth = (ROOT + "\n").encode(sys.getfilesystemencoding())
    return _write_wheel(wheel_directory, project, [(f"__editable__.{project.dist}.pth", pth, False)],
                        None)


def build_sdist(sdist_directory, config_settings=None):
    project = _Project()
    base = f"{project.dist}-{project.version}"
    filename = f"{base}.tar.gz"
    mtime = time.mktime(_date_time() + (0, 0, -1))
    files = [("pyproject.toml", os.path.join(ROOT, "pyproject.toml"))]
    readme = project.meta.get("readme")
    if readme:
        files.append((readme, os.path.join(ROOT, readme)))
    files += project.package_files()
    files.append((f"build_backend/{os.path.basename(__file__)}", os.path.abspath(__file__)))
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz", format=tarfile.PAX_FORMAT) as tar:
        entries = [(name, _read(path)) for name, path in files]
        entries.append(("PKG-INFO", project.metadata()))
        for name, data in sorted(entries):
            info = tarfile.TarInfo(f"{base}/{name}")
            info.size = len(data)
            info.mtime = mtime
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    return filename
