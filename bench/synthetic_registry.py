"""A synthetic registry CSV for the benchmarks, in the columns and order of the registry's CSV.

Names mix cookies the Open Cookie Database knows (so that enrich and lookups have work) with
names of the site's own; French text with accents, quotes and commas, as real purposes have.
Pass --generator to a benchmark to use another generator instead.
"""
import random

KNOWN = ["_ga", "_gid", "_ga_ABC123", "IDE", "_fbp", "PHPSESSID", "_pk_id.*", "_hjSession_1",
         "test_cookie", "NID", "fr", "_gcl_au", "sessionid", "csrftoken", "django_language"]
PROVIDERS = ["Google", "Matomo", "Meta", "Opendatasoft", "Hotjar", "Microsoft", "Ville"]
CATEGORIES = ["necessary", "preferences", "statistics", "marketing"]
DURATIONS = ["session", "30 minutes", "1 jour", "6 mois", "13 mois", "2 ans"]


def write(path, rows, sites=1, seed=11):
    random.seed(seed)
    used = set()  # (site, name): the registry holds a name once per site and domain
    with open(path, "w", encoding="utf-8") as out:
        out.write("site,provider,service,location,name,purpose,category,party,domain,duration,"
                  "type\n")
        for i in range(rows):
            site = f"site{i % sites}.exemple.fr"
            name = random.choice(KNOWN) if i % 3 == 0 else f"own_{i:07d}"
            if (site, name) in used:  # a known name once as itself, then as a variant
                name = f"{name.rstrip('*')}_{i}"
            used.add((site, name))
            out.write(f'{site},{random.choice(PROVIDERS)},Service {i % 20},front office,{name},'
                      f'"Finalité « {i} », avec une virgule",{random.choice(CATEGORIES)},first,'
                      f'{site},{random.choice(DURATIONS)},cookie\n')
