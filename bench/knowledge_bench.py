#!/usr/bin/env python3
"""Whole-process speed of the cookie knowledge commands.

Usage: bench/knowledge_bench.py [--program build/cookie-charter] [--rows 100000]
       [--generator PROGRAM] [--page-mb 5] [--repeat 3]

Prints the median wall time and peak memory (max RSS) of:
  - cookie-charter lookup _ga (cached index, then a fresh cache)
  - cookie-charter enrich --dry-run over a registry of --rows cookies (target <= 1 s),
    and enrich writing its changes in one transaction
  - cookie-charter import-page --dry-run of an HTML page of --page-mb megabytes (target <= 0.5 s):
    one made like a real page (scripts, styles, menus, articles, 450 cookies), one of nothing
    but cookie tables (46,000 cookies)
Without --generator it writes its own registry (bench/synthetic_registry.py).
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


def run(command, env, stdin=None):
    start = time.perf_counter()
    errors = tempfile.TemporaryFile()  # a pipe left unread would block a chatty command
    process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL,
                               stderr=errors, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"failed ({code}): {' '.join(command)}\n{errors.seek(0) or errors.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024.0


def median(command, env, repeat):
    runs = sorted(run(command, env) for _ in range(repeat))
    return runs[len(runs) // 2][0], max(r[1] for r in runs)


ROW = ("<tr><td>Prestataire {i}</td><td>Service {i} (front office)</td>"
       "<td>cookie_{i}, other_{i}</td><td>Finalité du cookie {i}, assez longue pour "
       "ressembler à une vraie page &amp; ses <b>mots</b>.</td><td>13 mois</td></tr>\n")


def table(first, rows, heading):
    return (f"<h2>{heading}</h2><p>Texte.</p><table><thead><tr>"
            "<th>Nom du prestataire</th><th>Service et emplacement</th>"
            "<th>Nom du cookie</th><th>Finalité</th><th>Durée</th></tr></thead><tbody>\n"
            + "".join(ROW.format(i=i) for i in range(first, first + rows))
            + "</tbody></table>\n")


def html_page(path, megabytes, dense):
    """A page of `megabytes`: dense, nothing but cookie tables; else what a real page of that
    size holds: inline scripts and styles, an SVG sprite, menus, articles, and 300 cookies."""
    target = megabytes * 1024 * 1024
    with open(path, "w", encoding="utf-8") as out:
        out.write("<!DOCTYPE html><html><head><meta charset=utf-8><title>Charte</title>"
                  "<style>" + ".c{color:red}" * 2000 + "</style></head><body><nav>"
                  + "<a href=#>menu</a>" * 500 + "</nav>\n")
        i = 0
        categories = ["Cookies nécessaires", "Mesure d'audience", "Cookies publicitaires"]
        if dense:
            while out.tell() < target:
                out.write(table(i, 200, categories[i // 200 % 3]))
                i += 200
        else:
            for heading in categories:
                out.write(table(i, 75, heading))  # 75 rows of two names: 150 cookies... x3
                i += 75
            filler = ("<script>window.__DATA__ = " + '{"k": "' + "x" * 2000 + '"};</script>'
                      "<svg><path d=\"" + "M0 0L1 1" * 300 + "\"/></svg>"
                      "<div class=article><p>" + "Lorem ipsum dolor sit amet. " * 60
                      + "</p><ul>" + "<li><a href=#>lien</a></li>" * 30 + "</ul></div>\n")
            while out.tell() < target:
                out.write(filler)
        out.write("</body></html>\n")
    return i


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--program", default=os.path.join(ROOT, "build", "cookie-charter"))
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--generator")
    parser.add_argument("--page-mb", type=float, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp, XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CACHE_HOME=os.path.join(tmp, "cache"), QT_QPA_PLATFORM="offscreen")
        program = args.program

        run([program, "lookup", "_ga"], env)  # builds the cached index
        t, rss = median([program, "lookup", "_ga"], env, args.repeat * 3)
        print(f"lookup _ga, cached index:        {t * 1000:7.1f} ms  {rss:6.1f} MB")
        cache = os.path.join(tmp, "cache")
        cold = []
        for _ in range(args.repeat):
            subprocess.run(["rm", "-rf", cache])
            cold.append(run([program, "lookup", "_ga"], env)[0])
        print(f"lookup _ga, release parsed:      {sorted(cold)[len(cold) // 2] * 1000:7.1f} ms")

        store = os.path.join(tmp, "s.store")
        registry = os.path.join(tmp, "registry.csv")
        if args.generator:
            with open(registry, "w") as out:
                subprocess.run([sys.executable, args.generator, str(args.rows), "--sites", "1"],
                               stdout=out, check=True)
        else:
            synthetic_registry.write(registry, args.rows)
        run([program, "init", store], env)
        run([program, "--store", store, "import", registry], env)
        t, rss = median([program, "--store", store, "enrich", "--dry-run"], env, args.repeat)
        print(f"enrich --dry-run, {args.rows} cookies: {t:6.2f} s   {rss:6.1f} MB  (<= 1 s)")
        t, rss = run([program, "--store", store, "enrich"], env)
        print(f"enrich (writes), {args.rows} cookies:  {t:6.2f} s   {rss:6.1f} MB")

        page_store = os.path.join(tmp, "p.store")
        run([program, "init", page_store], env)
        run([program, "--store", page_store, "site-add", "exemple.fr"], env)
        for dense in (False, True):
            page = os.path.join(tmp, "page.html")
            rows = html_page(page, args.page_mb, dense)
            size = os.path.getsize(page) / 1024 / 1024
            t, rss = median([program, "--store", page_store, "import-page", "--dry-run", page],
                            env, args.repeat)
            kind = "nothing but tables" if dense else "a real page's make-up"
            print(f"import-page --dry-run, {size:.1f} MB HTML, {kind} ({rows * 2} cookies): "
                  f"{t:5.2f} s  {rss:6.1f} MB  (<= 0.5 s)")


if __name__ == "__main__":
    main()
