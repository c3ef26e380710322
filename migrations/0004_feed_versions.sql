-- Per-feed versions (issue 13): the bodies of an actor's or a topic's feed are keyed by a hash of
-- what the feed shows (src/render/feed-versions.ts), so a change of pages invalidates exactly the
-- feeds it touches. Written by the build of the current page-set version, only where they changed.
CREATE TABLE feed_versions (
  -- `actor:<id>` or `topic:<id>`.
  feed TEXT PRIMARY KEY,
  version TEXT NOT NULL
) WITHOUT ROWID;
-- The page-set version (cache-key form) whose build last wrote `feed_versions`: a request uses a
-- feed's version only when this is the version it reads, else it waits for the build as before.
ALTER TABLE page_set ADD COLUMN feeds_built TEXT;
