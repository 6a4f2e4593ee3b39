#!/usr/bin/env python3
"""Whole-process speed of the banner commands.

Usage: bench/banner_bench.py [--program build/cookie-charter] [--repeat 5]

Prints the median wall time and the peak memory (max RSS) of:
  - cookie-charter banner --format F for a 10,000-cookie site, each of the four formats
    (target: <= 200 ms)
  - cookie-charter import-banner --dry-run of tarteaucitron 1.34.0's own
    tarteaucitron.services.js (about 270 KB, 243 services; target: <= 1 s for the whole process)
"""
import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import synthetic_registry  # noqa: E402
from processes import median, run  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--program", default=os.path.join(ROOT, "build", "cookie-charter"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    program = args.program
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp, XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CACHE_HOME=os.path.join(tmp, "cache"), QT_QPA_PLATFORM="offscreen")
        store = os.path.join(tmp, "s.store")
        registry = os.path.join(tmp, "registry.csv")
        synthetic_registry.write(registry, 10000)
        run([program, "init", store], env)
        run([program, "--store", store, "import", registry], env)
        for form in ("tarteaucitron", "klaro", "orejime2", "orejime3"):
            out = os.path.join(tmp, form + ".js")
            t, rss = median([program, "--store", store, "banner", "--format", form, "-o", out],
                            env, args.repeat)
            print(f"banner --format {form:13} of 10,000 cookies ({os.path.getsize(out) // 1024} "
                  f"KB): {t * 1000:4.0f} ms, peak {rss:4.0f} MB (<= 200 ms)")
        services = os.path.join(ROOT, "tests", "data", "third_party", "tarteaucitron",
                                "tarteaucitron.services.js")
        empty = os.path.join(tmp, "e.store")
        run([program, "init", empty], env)
        run([program, "--store", empty, "site-add", "exemple.fr"], env)
        t, rss = median([program, "--store", empty, "import-banner", "--dry-run", services], env,
                        args.repeat)
        print(f"import-banner --dry-run of tarteaucitron.services.js "
              f"({os.path.getsize(services) // 1024} KB): {t * 1000:4.0f} ms, peak {rss:4.0f} MB "
              f"(<= 1 s)")


if __name__ == "__main__":
    main()
