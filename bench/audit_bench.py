#!/usr/bin/env python3
"""Whole-process speed and memory of discover and audit.

Usage: bench/audit_bench.py [--program build/cookie-charter] [--generator PATH/gen_registry.py]
       [--repeat 3]

Prints the median wall time and the peak memory (max RSS) of:
  - cookie-charter discover of a ~100 MB HAR: 20,000 entries, 2,000 distinct cookies
    (target: <= 3 s, peak memory <= 3x the file)
  - cookie-charter audit of 100,000 declared cookies against 10,000 observed, as a table, JSON
    and JUnit (target: <= 1 s)
"""
import argparse
import json
import os
import random
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from processes import median, run  # noqa: E402


def har(path, entries, distinct, host, pad=4200):
    random.seed(7)
    items = []
    for i in range(entries):
        name = f"c{random.randrange(distinct):05d}"
        items.append({
            "startedDateTime": "2026-11-20T09:30:00.000Z", "time": 1,
            "request": {"method": "GET", "url": f"https://{host}/p/{i}", "httpVersion": "h2",
                        "headers": [{"name": "user-agent", "value": "x" * pad}],
                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
            "response": {"status": 200, "statusText": "", "httpVersion": "h2",
                         "headers": [{"name": "set-cookie",
                                      "value": f"{name}=v; Path=/; Max-Age=86400"}],
                         "cookies": [{"name": name, "value": "v", "path": "/"}],
                         "content": {"size": 0, "mimeType": "text/html"}, "redirectURL": "",
                         "headersSize": -1, "bodySize": 0},
            "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0}})
    with open(path, "w") as out:
        json.dump({"log": {"version": "1.2", "creator": {"name": "bench", "version": "1"},
                           "entries": items}}, out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--program", default=os.path.join(ROOT, "build", "cookie-charter"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    program = args.program
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp, XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CACHE_HOME=os.path.join(tmp, "cache"), QT_QPA_PLATFORM="offscreen")
        big = os.path.join(tmp, "big.har")
        har(big, 20000, 2000, "opendata.exemple.fr")
        size = os.path.getsize(big) / 1024 / 1024
        t, rss = median([program, "discover", big, "--format", "csv"], env, args.repeat)
        print(f"discover of a {size:.0f} MB HAR (20,000 entries, 2,000 cookies): {t:5.2f} s, "
              f"peak {rss:5.0f} MB (<= 3 s, <= {3 * size:.0f} MB)")

        # 100,000 declared cookies, 10,000 observed (half of them declared).
        store = os.path.join(tmp, "s.store")
        registry = os.path.join(tmp, "registry.csv")
        with open(registry, "w", encoding="utf-8") as out:
            out.write("provider,service,name,purpose,domain,duration,category\n")
            for i in range(100000):
                out.write(f"P{i % 50},S,c{i * 2:06d},Finalité,opendata.exemple.fr,1 jour,necessary\n")
        run([program, "init", store], env)
        run([program, "--store", store, "site-add", "opendata.exemple.fr", "--url",
             "https://opendata.exemple.fr"], env)
        run([program, "--store", store, "import", registry], env)
        small = os.path.join(tmp, "observed.har")
        random.seed(3)
        entries = []
        for i in range(10000):
            entries.append({"startedDateTime": "2026-11-20T09:30:00.000Z",
                            "request": {"url": "https://opendata.exemple.fr/", "headers": [],
                                        "cookies": []},
                            "response": {"cookies": [], "headers": [
                                {"name": "set-cookie",
                                 "value": f"c{i * 2 + (i % 2):06d}=v; Max-Age=3600"}]}})
        with open(small, "w") as out:
            json.dump({"log": {"entries": entries}}, out)
        for form in ("table", "json", "junit"):
            t, rss = median([program, "--store", store, "audit", small, "--format", form], env,
                            args.repeat)
            print(f"audit of 100,000 declared against 10,000 observed, {form:5}: {t:5.2f} s, "
                  f"peak {rss:5.0f} MB (<= 1 s)")


if __name__ == "__main__":
    main()
