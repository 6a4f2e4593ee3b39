"""Timing whole processes for the benchmarks: wall time and peak memory (wait4's max RSS)."""
import os
import subprocess
import sys
import tempfile
import time


def run(command, env):
    """(seconds, peak MB) of one run; exits on a code other than 0 or 1, with its stderr."""
    start = time.perf_counter()
    errors = tempfile.TemporaryFile()  # a pipe left unread would block a chatty command
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        errors.seek(0)
        sys.exit(f"failed ({code}): {' '.join(command)}\n{errors.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024.0


def median(command, env, repeat):
    """The median time of `repeat` runs, and the worst peak memory."""
    runs = sorted(run(command, env) for _ in range(repeat))
    return runs[len(runs) // 2][0], max(r[1] for r in runs)
