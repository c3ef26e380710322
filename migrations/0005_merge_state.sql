-- The online merger's state (issue 13): every served page — bundled seeds and pages added through
-- the API — merged into events one page at a time (src/chronology/merger.ts over
-- src/chronology/fault-in-store.ts, rows read and written by src/store/merge-state.ts). A page's
-- step reads only its neighbourhood: its index keys' postings, the reports they name, their events
-- and components. So adding a page costs the same whatever the size of the corpus.

-- One row: `version` moves with every step written (a step is written only if it read this version,
-- so two writers never interleave); page numbers and event ids are given from the counters; `code`
-- and `packs` say what read the stored pages (another reader or other packs: merged afresh).
CREATE TABLE merge_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL,
  next_page INTEGER NOT NULL,
  next_event INTEGER NOT NULL,
  code TEXT NOT NULL,
  packs TEXT NOT NULL
);
INSERT INTO merge_meta (id, version, next_page, next_event, code, packs) VALUES (1, 0, 1, 0, '', '');

-- A merged page: what reading it gave (report, items with their people resolved, merge features;
-- gzip, base64) and the merge decisions its step took. Report ids are page_no × 4096 + position.
CREATE TABLE merge_pages (
  page_no INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  -- Publication time, then name: the order a full build feeds pages in.
  rank TEXT NOT NULL,
  items INTEGER NOT NULL,
  read TEXT NOT NULL,
  trace TEXT NOT NULL
);

-- Per report: its event and the root of its component (reports a candidate link joined).
CREATE TABLE merge_reports (
  id INTEGER PRIMARY KEY,
  event INTEGER,
  comp INTEGER
);

-- The index that finds candidates: posting key (index key × day) → report.
CREATE TABLE merge_postings (
  k INTEGER NOT NULL,
  report INTEGER NOT NULL,
  PRIMARY KEY (k, report)
) WITHOUT ROWID;
CREATE INDEX merge_postings_by_report ON merge_postings (report);

-- An event as the merger scores it (src/chronology/event-state.ts), JSON.
CREATE TABLE merge_events (
  id INTEGER PRIMARY KEY,
  state TEXT NOT NULL
);

-- Components of two or more reports: members (JSON) and the largest rank among them.
CREATE TABLE merge_groups (
  root INTEGER PRIMARY KEY,
  members TEXT NOT NULL,
  last TEXT NOT NULL
);

-- One id per person across pages and spellings (src/chronology/actor-identity.ts): spelling key →
-- actor id, found by `block` (the first letters of the surname), the only rows a page's people read.
CREATE TABLE merge_people (
  key TEXT PRIMARY KEY,
  id TEXT NOT NULL,
  block TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX merge_people_by_block ON merge_people (block);

-- The page-set version (`epoch:generation`) the latest sync set out to reach: a sync for an older
-- one is not run (it would take out pages a newer sync has just merged); the build assembles what
-- is there, which is newer.
ALTER TABLE merge_meta ADD COLUMN target_epoch TEXT NOT NULL DEFAULT '';
ALTER TABLE merge_meta ADD COLUMN target_generation INTEGER NOT NULL DEFAULT -1;
