-- A store at schema version 1, as the first release created it (kept for migration tests).
PRAGMA application_id = 1131365224;
CREATE TABLE site (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        url TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT 'fr',
        contact TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1);
CREATE TABLE cookie (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE,
        provider TEXT NOT NULL,
        service TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        purpose_fr TEXT NOT NULL DEFAULT '',
        purpose_en TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'unclassified'
            CHECK (category = 'necessary' OR category = 'preferences' OR category = 'statistics'
                   OR category = 'marketing' OR category = 'unclassified'),
        party TEXT NOT NULL DEFAULT 'first' CHECK (party = 'first' OR party = 'third'),
        domain TEXT NOT NULL DEFAULT '',
        duration TEXT NOT NULL DEFAULT '',
        duration_days REAL,
        storage TEXT NOT NULL DEFAULT 'cookie'
            CHECK (storage = 'cookie' OR storage = 'localStorage' OR storage = 'sessionStorage'
                   OR storage = 'IndexedDB' OR storage = 'pixel'),
        privacy_url TEXT NOT NULL DEFAULT '',
        consent_exempt INTEGER CHECK (consent_exempt = 0 OR consent_exempt = 1),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (site_id, domain, name));
CREATE TABLE charter_text (
        site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        section TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (site_id, lang, section));
CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        site_id INTEGER,
        summary TEXT NOT NULL DEFAULT '',
        old_values TEXT,
        new_values TEXT);
CREATE INDEX audit_site ON audit (site_id, id);
INSERT INTO site (id, name, url, languages, contact, created_at, created_by, updated_at, updated_by, version) VALUES (1, 'opendata.clermont-ferrand.fr', 'https://opendata.clermont-ferrand.fr', 'fr,en', 'dpo@exemple.fr', '2026-01-01T00:00:00Z', 'alice', '2026-01-01T00:00:00Z', 'alice', 3);
INSERT INTO cookie (id, site_id, provider, service, location, name, purpose_fr, purpose_en, category, party, domain, duration, duration_days, storage, privacy_url, consent_exempt, notes, created_at, created_by, updated_at, updated_by, version) VALUES (7, 1, 'Opendatasoft', 'Authentification', 'front et back office', 'sessionid', 'Se souvenir de l''utilisateur d''une page à une autre.', 'Remembers the user from one page to the next.', 'necessary', 'first', '', 'session', 0, 'cookie', '', NULL, '', '2026-01-01T00:00:00Z', 'alice', '2026-01-02T00:00:00Z', 'bob', 4);
INSERT INTO cookie (id, site_id, provider, service, location, name, purpose_fr, purpose_en, category, party, domain, duration, duration_days, storage, privacy_url, consent_exempt, notes, created_at, created_by, updated_at, updated_by, version) VALUES (8, 1, 'Google', 'Mesure d''audience', 'front office', '_ga_*', 'Mesurer l''audience.', '', 'statistics', 'third', 'google.com', '13 mois', 395.6875, 'cookie', 'https://policies.google.com/privacy', 1, 'note', '2026-01-01T00:00:00Z', 'alice', '2026-01-01T00:00:00Z', 'alice', 1);
INSERT INTO charter_text (site_id, lang, section, body, updated_at, updated_by, version) VALUES (1, 'fr', 'intro', 'Texte d''introduction', '2026-01-01T00:00:00Z', 'alice', 2);
INSERT INTO audit (at, user, action, entity, entity_id, site_id, summary, old_values, new_values) VALUES ('2026-01-02T00:00:00Z', 'bob', 'update', 'cookie', 7, 1, 'cookie sessionid changed', '{"duration":""}', '{"duration":"session"}');
PRAGMA user_version = 1;
