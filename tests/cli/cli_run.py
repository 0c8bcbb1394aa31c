"""How the command's unittest files run `liaison`: each is started as

    X_tests.py LIAISON_BINARY SOURCE_DIR [unittest arguments]

and runs the binary in SOURCE_DIR, checking its exit status.

    import cli_run
    out, err = cli_run.liaison(["evaluate", ...], status=0, env={"LANG": "C.UTF-8"})
    ...
    if __name__ == "__main__":
        cli_run.main()
"""

import os
import subprocess
import sys
import unittest

BINARY = SOURCE = None


def liaison(args, status=0, env=None, timeout=60):
    """Runs `liaison ARGS` with the environment's `env` entries replaced;
    its standard output and error as text. AssertionError, with the
    standard error, when its exit status is not `status`."""
    environment = dict(os.environ, **(env or {}))
    done = subprocess.run([BINARY, *args], cwd=SOURCE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=timeout, env=environment)
    out, err = done.stdout.decode(), done.stderr.decode()
    if done.returncode != status:
        raise AssertionError("liaison %s: exit %d, expected %d\n%s%s"
                             % (" ".join(args), done.returncode, status, out, err))
    return out, err


def main():
    """Takes the binary and the source folder from the command line, then
    runs the calling file's tests with the rest of it."""
    global BINARY, SOURCE
    BINARY, SOURCE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(module="__main__", argv=[sys.argv[0]] + sys.argv[3:], verbosity=1)
