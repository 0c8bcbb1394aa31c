#!/usr/bin/env python3
"""Writes liaison_ffi.h: capi/liaison.h as PHP's FFI can read it.

PHP's FFI::cdef and FFI::load parse plain C declarations only: no comments it
cannot skip, no preprocessor lines but FFI_SCOPE and FFI_LIB. This keeps the
declarations of liaison.h, drops comments and preprocessor lines and the
export macro, and lists the status codes (macros, which FFI cannot see) in a
leading comment so a PHP binding can define them.

usage: flatten_header.py liaison.h liaison_ffi.h SONAME
"""
import re
import sys


def main(source, target, soname):
    text = open(source, encoding="utf-8").read()
    codes = re.findall(r"^#define (LIAISON_(?:OK|[A-Z_]+)) (\d+)$", text, flags=re.M)
    body = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    lines = []
    for line in body.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped in ('extern "C" {', "}"):
            continue
        lines.append(line.replace("LIAISON_EXPORT ", "").rstrip())
    statuses = "\n".join(f"   {name} = {value}" for name, value in codes
                         if name not in ("LIAISON_ABI_VERSION",)
                         and not name.startswith(("LIAISON_VERSION", "LIAISON_LANGUAGE")))
    languages = "\n".join(f"   {name} = {value}" for name, value in codes
                          if name.startswith("LIAISON_LANGUAGE"))
    header = (f'#define FFI_SCOPE "liaison"\n#define FFI_LIB "{soname}"\n'
              f"/* Generated from liaison.h for PHP FFI. Status codes:\n{statuses}\n"
              f"   Languages:\n{languages} */\n")
    with open(target, "w", encoding="utf-8") as out:
        out.write(header + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
