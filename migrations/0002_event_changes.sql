-- What a newsroom's incremental sync (`/chronology.json?since=…`) needs beyond the live events:
-- ids that stopped being events, and when. Written by the build that saw the change (a diff of the
-- id registry before and after it); read by `since` requests through their indexes.

-- An event that left the chronology (every page reporting it deleted or changed). An id that lives
-- again (its page added back) is live: a sync shows it among the events and drops the tombstone.
CREATE TABLE event_tombstones (
  id TEXT PRIMARY KEY,
  -- RFC 3339: the build that no longer had it.
  deleted_at TEXT NOT NULL
);
CREATE INDEX event_tombstones_by_time ON event_tombstones (deleted_at);

-- An id merged into another event: it answers /events/{id} with a 308 to `to_id`.
CREATE TABLE event_redirects (
  id TEXT PRIMARY KEY,
  to_id TEXT NOT NULL,
  -- RFC 3339: the build that first redirected it to `to_id`.
  since TEXT NOT NULL
);
CREATE INDEX event_redirects_by_time ON event_redirects (since);
