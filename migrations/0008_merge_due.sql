-- What the merge state has not caught up with (issue 13): each served page whose content changed
-- since the state last merged it, written in the same transaction as the change (`markMerged`,
-- `deletePage` in src/store/pages.ts; every served page when the state is merged afresh). The sync's
-- difference (`servedPlan`, src/store/served-merge.ts) reads these rows, not every page: what one
-- change costs does not grow with the archive. `sha256` is the content now served ('' : deleted);
-- `id` names one change for good (AUTOINCREMENT: a row replaced gets a new id), so a sync clears
-- exactly the changes it merged and never one that came in meanwhile.
CREATE TABLE merge_due (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL
);
-- Pages served or merged before this table: each once, so the first sync compares them all (once).
INSERT INTO merge_due (name, sha256) SELECT name, served_sha256 FROM pages WHERE served_sha256 IS NOT NULL;
INSERT OR IGNORE INTO merge_due (name, sha256) SELECT name, '' FROM merge_pages;
