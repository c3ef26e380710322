-- Ingest (issue 13): when the queue last delivered a batch to the consumer. The request sweep merges
-- waiting pages itself when the queue has delivered nothing for a while (queue/ingest.ts `mergeStalled`).
CREATE TABLE IF NOT EXISTS ingest_queue (id INTEGER PRIMARY KEY CHECK (id = 1), delivered_at TEXT NOT NULL);
