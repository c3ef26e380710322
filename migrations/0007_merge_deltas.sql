-- What changed in the merge state since a version (issue 13): a build that holds the merged pages'
-- list and every event's reports from version S reads only the rows written after S, so what it reads
-- per change does not grow with the archive (src/store/merge-state.ts, `MergeRefsCache`).
-- `seq` is the merge state's version that wrote the row (rows written before this migration: 0).
ALTER TABLE merge_pages ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE merge_reports ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX merge_pages_by_seq ON merge_pages (seq);
CREATE INDEX merge_reports_by_seq ON merge_reports (seq);

-- Pages taken out (removed, replaced, or every page when the state is merged afresh), with the
-- version that took them out. Kept for `REMOVALS_KEPT` versions: a build that last read longer ago
-- than that reads everything.
CREATE TABLE merge_removed (
  page_no INTEGER PRIMARY KEY,
  seq INTEGER NOT NULL
);
CREATE INDEX merge_removed_by_seq ON merge_removed (seq);

-- Which merge state a cache read: set afresh by the first step written into an empty state and by
-- every wipe, so a cache of another state (a database recreated or restored) is never brought up to
-- date as if it were this one.
ALTER TABLE merge_meta ADD COLUMN epoch TEXT NOT NULL DEFAULT '';

-- The sync's difference (`servedPlan`) reads each page's name and served hash: from this index, not
-- from the rows, whose texts (stored before `served_sha256`) SQLite would walk through to reach it.
CREATE INDEX pages_served ON pages (name, served_sha256);

-- And each merged page's name, hash and report count, for the same difference: from this index, not
-- from the rows, each of which fills a database page with its read.
CREATE INDEX merge_pages_by_name ON merge_pages (name, sha256, items);
