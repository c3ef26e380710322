-- Pages added through the ingest API (bundled seeds ship with the code and are not stored here).
-- One row per page: a PUT is one INSERT … ON CONFLICT in a batch (a transaction), so concurrent
-- writers never overwrite each other's pages.
CREATE TABLE pages (
  -- The seed name, as in PUT /admin/seeds/{name}.
  name TEXT PRIMARY KEY,
  -- SHA-256 (hex) of the bytes received. UNIQUE: one content, one name (a second name is a 409).
  sha256 TEXT NOT NULL UNIQUE,
  bytes INTEGER NOT NULL,
  -- The page as decoded UTF-8 text, front matter included.
  text TEXT NOT NULL,
  -- RFC 3339. Set when the content was first stored; an identical re-PUT keeps it, a changed
  -- content renews it (the reader dates an undated page from it: Seed.received).
  received_at TEXT NOT NULL,
  -- RFC 3339 of the last replacement with changed content; NULL while the first content stands.
  updated_at TEXT
);

-- The version of the page set: one row. Every change of `pages` bumps `generation` in the same
-- transaction, so a request learns whether anything changed from one tiny read. `epoch` tells this
-- database apart from one created later (a recreated database restarts at generation 0, and cache
-- keys built from the generation alone would then name old bodies).
CREATE TABLE page_set (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL,
  epoch TEXT NOT NULL
);
INSERT INTO page_set (id, generation, epoch) VALUES (1, 0, lower(hex(randomblob(8))));
