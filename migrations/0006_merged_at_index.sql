-- Ingest (issue 13): the sweep asks whether any page was merged lately (store/pages.ts `stalledPending`);
-- this index answers it without reading every merged page.
CREATE INDEX IF NOT EXISTS pages_by_merged_at ON pages (merged_at);
