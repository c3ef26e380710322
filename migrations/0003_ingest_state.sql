-- Ingest through a Queue (issue 13): a PUT stores the page as `pending` and sends a message; the
-- consumer merges it (`merged`), or marks it `failed` with its reason after the last retry. Only
-- merged pages are served. Pages stored before this migration were already served: `merged`.
ALTER TABLE pages ADD COLUMN state TEXT NOT NULL DEFAULT 'merged' CHECK (state IN ('pending', 'merged', 'failed'));
-- Deliveries that failed so far for the current content, and the last failure's reason.
ALTER TABLE pages ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pages ADD COLUMN error TEXT;
-- RFC 3339: when the current content was last sent to the queue (a pending page sent long ago is
-- sent again: a local queue loses its messages on a restart, the rows stay).
ALTER TABLE pages ADD COLUMN sent_at TEXT;
-- RFC 3339: when the current content was merged; and the page's report (JSON) from that merge.
ALTER TABLE pages ADD COLUMN merged_at TEXT;
ALTER TABLE pages ADD COLUMN report TEXT;
-- The content served: the last one merged (copied when merged). A replacement waits as pending
-- while the content before it is still served, so a page updated all day never drops out of the
-- feeds between its versions; a replacement that fails leaves it served. NULL until first merged.
ALTER TABLE pages ADD COLUMN served_sha256 TEXT;
ALTER TABLE pages ADD COLUMN served_text TEXT;
ALTER TABLE pages ADD COLUMN served_received_at TEXT;
UPDATE pages SET served_sha256 = sha256, served_text = text, served_received_at = received_at;
CREATE INDEX pages_by_state ON pages (state, sent_at);
