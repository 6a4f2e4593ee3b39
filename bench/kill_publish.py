#!/usr/bin/env python3
"""Kills `publish` inside its write transaction, again and again, and checks what it leaves.

Usage: bench/kill_publish.py [--program build/cookie-charter] [--rounds 200]

Each round publishes into a shared store (--force, so every round writes) and sends SIGKILL the
moment the store's rollback journal becomes hot: SQLite writes the journal's magic number once
the journal is synced, just before it overwrites pages of the store, so the publisher is then in
the middle of its one write transaction, and the store can be read only after a rollback.
(Random delays almost never land there: a publish spends only its last 20 ms or so writing;
killing when the journal merely appears leaves a journal SQLite does not even need.) After every
kill it checks, in this order:
  - `--read-only verify` passes: a reader recovers the hot journal the killer left;
  - PRAGMA integrity_check says ok;
  - `verify` passes (every SHA-256 and the chain);
  - no publication is partial: each has exactly file_count files.
It prints how many kills landed inside the transaction, how many publishers finished first, the
failures (there should be none), and the time per round.
"""
import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--program", default=os.path.join(ROOT, "build", "cookie-charter"))
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="cc-kill-")
    env = dict(os.environ, HOME=work, XDG_DATA_HOME=os.path.join(work, "data"),
               XDG_CONFIG_HOME=os.path.join(work, "config"), QT_QPA_PLATFORM="offscreen")
    env.pop("COOKIE_CHARTER_STORE", None)

    def run(*words):
        return subprocess.run([args.program, *words], env=env, capture_output=True, text=True)

    # A registry of a few hundred cookies in two languages: ten files a publication.
    run("site-set", "1", "languages=fr,en")
    generated = os.path.join(ROOT, "tests", "data", "generated-300.csv")
    if os.path.exists(generated):
        run("import", generated, "--site", "opendata.clermont-ferrand.fr")
    shared = os.path.join(work, "shared.cookiestore")
    journal = shared + "-journal"
    site = "opendata.clermont-ferrand.fr"
    first = run("publish", "--to", shared, "--site", site, "--note", "first")
    if first.returncode != 0:
        sys.exit("the first publication failed: " + first.stderr)

    magic = bytes.fromhex("d9d505f920a163d7")

    def hot():
        try:
            with open(journal, "rb") as header:
                return header.read(8) == magic
        except OSError:
            return False

    landed = finished = left_hot = 0
    failures = []
    start = time.perf_counter()
    for round_number in range(args.rounds):
        process = subprocess.Popen([args.program, "publish", "--to", shared, "--site", site,
                                    "--force", "--note", f"round {round_number}"],
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        killed = False
        while process.poll() is None:
            if hot():
                os.kill(process.pid, signal.SIGKILL)
                killed = True
                break
        process.wait()
        if killed and process.returncode == -signal.SIGKILL:
            landed += 1
        else:
            finished += 1
            if process.returncode != 0:
                failures.append(f"round {round_number}: publish exit {process.returncode}: "
                                f"{process.stderr.read().decode(errors='replace').strip()}")
        process.stderr.close()
        left_hot += 1 if hot() else 0

        reader = run("--read-only", "verify", "--to", shared)
        if reader.returncode != 0:
            failures.append(f"round {round_number}: read-only verify: {reader.stderr.strip()}"
                            f"{reader.stdout.strip()}")
        db = sqlite3.connect(shared)
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        partial = db.execute(
            "SELECT p.seq, p.file_count, count(f.name) FROM publication p "
            "LEFT JOIN publication_file f ON f.publication_id = p.id "
            "GROUP BY p.id HAVING count(f.name) <> p.file_count").fetchall()
        db.close()
        if integrity != "ok":
            failures.append(f"round {round_number}: integrity_check: {integrity}")
        if partial:
            failures.append(f"round {round_number}: partial publications {partial}")
        writer = run("verify", "--to", shared)
        if writer.returncode != 0:
            failures.append(f"round {round_number}: verify: {writer.stdout.strip()}")
    elapsed = time.perf_counter() - start

    db = sqlite3.connect(shared)
    publications = db.execute("SELECT count(*) FROM publication").fetchone()[0]
    db.close()
    print(f"rounds: {args.rounds}; killed inside the write transaction: {landed} "
          f"(a hot journal left {left_hot} times); finished before the kill: {finished}")
    print(f"publications in the store: {publications}, none partial (the first, the {finished} "
          f"that finished, and {publications - 1 - finished} whose commit beat the signal)")
    print(f"failures: {len(failures)}")
    for failure in failures[:20]:
        print("  " + failure)
    print(f"time: {elapsed:.1f} s, {elapsed / args.rounds * 1000:.0f} ms a round")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
