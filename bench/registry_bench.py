#!/usr/bin/env python3
"""Import and export speed of the command line against the sqlite3 shell, side by side.

Usage: bench/registry_bench.py [--rows N] [--program build/cookie-charter] [--csv FILE]
       [--generator PATH/TO/gen_registry.py] [--repeat K]

Without --csv it writes a synthetic registry (bench/synthetic_registry.py, or --generator,
a program that prints one for a number of rows). Prints wall time and peak memory (max RSS) of:
  - cookie-charter import FILE            vs  sqlite3 .import into a table with the same
                                              unique index (site, domain, name)
  - cookie-charter export --format json   vs  sqlite3 -json of the same rows
and the ratios the issue sets as targets (import <= 1.5x, export <= 2x, memory < 200 MB).
"""
import argparse
import os
import subprocess
import sys
import tempfile

import synthetic_registry
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(command, stdin=None, stdout=subprocess.DEVNULL, env=None):
    """Runs a command; returns (seconds, peak RSS in MB)."""
    start = time.perf_counter()
    errors = tempfile.TemporaryFile()  # a pipe left unread would block a chatty command
    process = subprocess.Popen(command, stdin=stdin, stdout=stdout, stderr=errors, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors.seek(0)
    err = errors.read().decode(errors="replace")
    if process.returncode != 0:
        sys.exit(f"failed ({process.returncode}): {' '.join(command)}\n{err}")
    return elapsed, usage.ru_maxrss / 1024.0


def best(runs):
    return min(r[0] for r in runs), max(r[1] for r in runs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--program", default=os.path.join(ROOT, "build", "cookie-charter"))
    parser.add_argument("--csv")
    parser.add_argument("--generator")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="cc-bench-")
    csv_path = args.csv
    if not csv_path:
        csv_path = os.path.join(work, f"registry-{args.rows}.csv")
        if args.generator:
            with open(csv_path, "w") as out:
                subprocess.run([sys.executable, args.generator, str(args.rows)], stdout=out,
                               check=True)
        else:
            synthetic_registry.write(csv_path, args.rows)
    size_mb = os.path.getsize(csv_path) / 1e6
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"))
    print(f"registry: {csv_path} ({size_mb:.1f} MB)")

    ours_import, theirs_import, ours_export, theirs_export = [], [], [], []
    for i in range(args.repeat):
        store = os.path.join(work, f"store-{i}.cookiestore")
        run([args.program, "init", store], env=env)
        ours_import.append(run([args.program, "--store", store, "import", csv_path], env=env))

        plain = os.path.join(work, f"plain-{i}.sqlite")
        script = (
            "CREATE TABLE cookie (site TEXT, provider TEXT, service TEXT, location TEXT, name TEXT, "
            "purpose TEXT, category TEXT, party TEXT, domain TEXT, duration TEXT, type TEXT);\n"
            "CREATE UNIQUE INDEX cookie_key ON cookie (site, domain, name);\n"
            f".import --csv --skip 1 '{csv_path}' cookie\n")
        with tempfile.TemporaryFile() as commands:
            commands.write(script.encode())
            commands.seek(0)
            theirs_import.append(run(["sqlite3", plain], stdin=commands))

        ours_export.append(run([args.program, "--store", store, "export", "--format", "json"], env=env))
        theirs_export.append(run(["sqlite3", "-json", store, "SELECT * FROM cookie"]))

    oi, om = best(ours_import)
    ti, tm = best(theirs_import)
    oe, oem = best(ours_export)
    te, tem = best(theirs_export)
    print(f"import  cookie-charter {oi:7.3f} s  {om:6.1f} MB | sqlite3 .import {ti:7.3f} s  {tm:6.1f} MB | ratio {oi / ti:4.2f} (target <= 1.5)")
    print(f"export  cookie-charter {oe:7.3f} s  {oem:6.1f} MB | sqlite3 -json   {te:7.3f} s  {tem:6.1f} MB | ratio {oe / te:4.2f} (target <= 2.0)")
    print(f"peak memory: import {om:.1f} MB, export {oem:.1f} MB (target < 200 MB)")
    print(f"(best of {args.repeat} runs for time, worst for memory)")


if __name__ == "__main__":
    main()
