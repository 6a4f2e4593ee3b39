#!/usr/bin/env python3
"""The team server's figures: importing into PostgreSQL against psql's \\copy, the window's first
rows from a server store, and concurrent version-checked edits from many processes.

Usage: bench/server_bench.py [--rows N] [--writers W] [--edits E] [--repeat K]
       [--program build/cookie-charter]

Runs inside a throwaway server of its own (pg_virtualenv), or on the server the PG* variables
name when it is already inside one (PGHOST and PGPORT set). Prints:
  - cookie-charter import of a synthetic registry of N rows into a server store, against
    psql \\copy of the same CSV into a table with the same unique index (site, domain, name);
    target: import <= 1.5x \\copy;
  - build/bench/editor_bench on that store: the window's first rows (target <= 1 s);
  - build/bench/notify_bench: how soon another connection hears of a commit (target 0.5 s);
  - build/bench/concurrent_edits --writers W with E edits each (target: 10 x 1,000, no lost
    update, no error but the conflicts reported).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

import synthetic_registry

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(command, env=None, stdin=None):
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdin=stdin, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
    return elapsed, done.stdout


def psql(sql, database):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql],
                   check=True, capture_output=True)


def main():
    if not os.environ.get("PGPORT"):
        # Not inside a server yet: start one for this run and come back in.
        os.execvp("pg_virtualenv", ["pg_virtualenv", sys.executable] + sys.argv)
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--program", default=os.path.join(ROOT, "build", "cookie-charter"))
    args = parser.parse_args()
    bench = os.path.join(os.path.dirname(args.program), "bench")
    work = tempfile.mkdtemp(prefix="cc-server-bench-")
    csv_path = os.path.join(work, f"registry-{args.rows}.csv")
    synthetic_registry.write(csv_path, args.rows)
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"))
    server = "postgresql://{}@{}:{}/".format(os.environ.get("PGUSER", "postgres"),
                                            os.environ.get("PGHOST", "localhost"),
                                            os.environ["PGPORT"])
    print(f"registry: {args.rows} rows ({os.path.getsize(csv_path) / 1e6:.1f} MB), server "
          f"{server}")

    ours, theirs = [], []
    for i in range(args.repeat):
        database = f"cc_bench_{i}"
        psql(f"DROP DATABASE IF EXISTS {database}", "postgres")
        psql(f"CREATE DATABASE {database}", "postgres")
        timed([args.program, "init", server + database], env=env)
        ours.append(timed([args.program, "--store", server + database, "import", csv_path],
                          env=env)[0])
        plain = f"cc_plain_{i}"
        psql(f"DROP DATABASE IF EXISTS {plain}", "postgres")
        psql(f"CREATE DATABASE {plain}", "postgres")
        psql("CREATE TABLE cookie (site text, provider text, service text, location text, "
             "name text, purpose text, category text, party text, domain text, duration text, "
             "type text); CREATE UNIQUE INDEX cookie_key ON cookie (site, domain, name)", plain)
        theirs.append(timed(["psql", "-q", "-d", plain, "-c",
                             f"\\copy cookie FROM '{csv_path}' WITH (FORMAT csv, HEADER true)"])[0])
    print(f"import:  cookie-charter {min(ours):.2f} s, psql \\copy {min(theirs):.2f} s "
          f"(best of {args.repeat}): {min(ours) / min(theirs):.2f}x (target <= 1.5x)")
    # The same rows, as the import sent them, copied by psql into a new store's own cookie table
    # (its foreign key, checks and two indexes): what the table costs, apart from the program.
    columns = ("provider, service, location, name, purpose_fr, purpose_en, category, party, "
               "domain, duration, duration_days, storage, privacy_url, consent_exempt, notes, "
               "site_id, created_at, created_by, updated_at, updated_by")
    rows = os.path.join(work, "rows.txt")
    timed(["psql", "-q", "-d", "cc_bench_0", "-c",
           f"\\copy (SELECT {columns} FROM cookie ORDER BY id) TO '{rows}'"])
    into_store = []
    for i in range(args.repeat):
        database = f"cc_store_copy_{i}"
        psql(f"DROP DATABASE IF EXISTS {database}", "postgres")
        psql(f"CREATE DATABASE {database}", "postgres")
        timed([args.program, "init", server + database], env=env)
        # The synthetic registry's one site, as the import made it (id 1).
        psql("INSERT INTO site (id, name, created_at, created_by, updated_at, updated_by) "
             "VALUES (1, 'site0.exemple.fr', '', '', '', '')", database)
        into_store.append(timed(["psql", "-q", "-d", database, "-c",
                                 f"\\copy cookie ({columns}) FROM '{rows}'"])[0])
    print(f"         psql \\copy of the same rows into a store's own cookie table "
          f"{min(into_store):.2f} s: the import is {min(ours) / min(into_store):.2f}x that")

    if os.path.exists(os.path.join(bench, "editor_bench")):
        _, out = timed([os.path.join(bench, "editor_bench"), server + "cc_bench_0"], env=env)
        print("window on the server store:\n" + out.rstrip())
    if os.path.exists(os.path.join(bench, "notify_bench")):
        psql("DROP DATABASE IF EXISTS cc_notify", "postgres")
        psql("CREATE DATABASE cc_notify", "postgres")
        _, out = timed([os.path.join(bench, "notify_bench"), server + "cc_notify"], env=env)
        print("live updates: " + out.rstrip())
    if os.path.exists(os.path.join(bench, "concurrent_edits")):
        psql("DROP DATABASE IF EXISTS cc_edits", "postgres")
        psql("CREATE DATABASE cc_edits", "postgres")
        _, out = timed([os.path.join(bench, "concurrent_edits"), str(args.edits), "--writers",
                        str(args.writers), "--store", server + "cc_edits"], env=env)
        print("concurrent edits:\n" + out.rstrip())


if __name__ == "__main__":
    main()
