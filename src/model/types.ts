/**
 * The shared vocabulary of chronofeed: types only.
 * Dates are ISO strings: `YYYY-MM-DD` for calendar days, RFC 3339 for instants.
 */

/** A raw page copy as it arrives: file name and text. */
export interface Seed {
  /** File name, e.g. `014_harbour-live.txt`; unique within a corpus. */
  name: string;
  /** The page as plain text (already decoded). */
  text: string;
  /** How the bytes were decoded when they were not valid UTF-8 (reported as a warning). */
  decodedAs?: 'windows-1252';
  /**
   * When the page was received through the ingest API (RFC 3339), stored with the page once.
   * The reader dates a page that gives no date of its own from it (`published_basis: "received"`),
   * so a rebuild never moves it; bundled seeds and static-build files have none.
   */
  received?: string;
}

/** One line of a seed after normalisation, with its 1-based line number in the file. */
export interface Line {
  /** 1-based line number in the seed file (provenance). */
  no: number;
  /** Normalised, repaired text; empty for a blank line. */
  text: string;
}

/** How precise a date is: the text gave a day, only a week, or only a month. */
export type DatePrecision = 'day' | 'week' | 'month';

/** Where a date came from, so nothing looks more certain than it is. */
export type DateBasis =
  | 'stated'          // the text names the date with its year
  | 'weekday-year'    // year inferred from a weekday + date pair
  | 'caption'         // year taken from a dated photo caption on the page
  | 'relative'        // a relative expression ("on Wednesday") resolved against the page date
  | 'page'            // nothing in the item: the page's own date
  | 'metadata'        // the page's front matter (`published`)
  | 'received'        // the time the ingest API received a page that gives no date of its own
  | 'post-time';      // the day printed with a live-blog post's time, or the day header above it

/** Page-level facts. */
export interface PageFacts {
  title: string;
  /** 1-based line of the title in the seed file; null when only the front matter gives one. */
  titleLine: number | null;
  /** Standfirst and opening summary of a live blog; lead of an article. */
  description: string | null;
  /** Outlet that published the page, from attribution lines; null when the page does not say. */
  publisher: string | null;
  /** Publication day, `YYYY-MM-DD`, or null when the page gives none. */
  published: string | null;
  /** How `published` was found. */
  publishedBasis: DateBasis | null;
  /** Publication instant when the page states a clock time, else null. */
  publishedTime: string | null;
  kind: 'liveblog' | 'article';
  /** The page's URL, from its front matter, or null. */
  url: string | null;
}

/** Why a line was left out of every item. */
export type DropReason =
  | 'caption' | 'credit' | 'chrome' | 'widget' | 'teaser' | 'attribution'
  | 'dateline' | 'trailing-list' | 'pointer-post' | 'repeat' | 'document'
  | 'front-matter' | 'timestamp' | 'key-events' | 'byline' | 'navigation'
  /** A live blog's post that closes or recaps the blog ("Goodnight from us", "Key points"): no news of its own. */
  | 'closing-post';

export interface DroppedLine {
  line: number;
  reason: DropReason;
  text: string;
}

/** One paragraph of an item's body, with its line in the seed. */
export interface Paragraph {
  line: number;
  text: string;
}

/** A person, body, country or place found in a text. */
export interface ActorRef {
  id: string;
  name: string;
  kind: 'person' | 'organisation' | 'country' | 'place';
  /** principal: acts, speaks or is acted on centrally; mentioned: otherwise. */
  role: 'principal' | 'mentioned';
  /**
   * The acronyms this page gave a body it found by shape, in brackets after its name ("… Electoral
   * Commission (XEC)"): carried in the page's reading so the merge joins bodies by them
   * (src/chronology/body-identity.ts) wherever the page was read; never published.
   */
  acronyms?: readonly string[];
}

export interface TopicRef {
  id: string;
  name: string;
}

/** A report: one live-blog post or one article, as read from one seed. */
export interface Item {
  seed: string;
  /** Stable key of the report: seed name + position-free fingerprint of its headline. */
  key: string;
  /** 1-based line of the headline (or article title) in the seed file. */
  line: number;
  headline: string;
  /**
   * The item's own body: its paragraphs, joined by a blank line (`\n\n`). One string, shared with
   * the event's report, so a page's text is held once in memory.
   */
  body: string;
  /** Position on the page, 0 = first; live blogs list newest first. */
  order: number;
  publisher: string | null;
  published: string | null;
  /** URL of the page the report comes from (front matter), or null. */
  url: string | null;
  /** Title of the page the report comes from (for a live-blog post: the blog's title), or null. */
  pageTitle: string | null;
  /** The day the reported thing happened, or null when unknown. */
  eventDate: string | null;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  /** The expression the date came from, for tracing ("on Wednesday"). */
  dateText: string | null;
  /** A future day the item announces ("will meet on February 7"), else null. */
  scheduledDate: string | null;
  /** RFC 3339 instant; see timeBasis. */
  time: string | null;
  timeBasis: 'stated' | 'estimated' | 'day';
  actors: ActorRef[];
  topics: TopicRef[];
}

/** What reading one seed produced and left out. */
export interface SeedReport {
  seed: string;
  title: string | null;
  /** The page's URL, from its front matter, or null. */
  url: string | null;
  publisher: string | null;
  published: string | null;
  published_basis: DateBasis | null;
  kind: 'liveblog' | 'article' | null;
  items: number;
  dropped_lines: number;
  /** A few dropped lines with reasons, for checking the boilerplate rules. */
  dropped_samples: DroppedLine[];
  warnings: string[];
}

/** A report as it appears under an event (contract shape). */
export interface EventReport {
  seed: string;
  line: number;
  headline: string;
  publisher: string | null;
  published: string | null;
  /** The page's URL (front matter), or null. */
  url: string | null;
  /** The page's title, or null. */
  page_title: string | null;
  text: string;
}

/** One real-world happening, with every outlet's report of it. */
export interface ChronoEvent {
  id: string;
  title: string;
  summary: string;
  event_date: string | null;
  date_precision: DatePrecision;
  time: string | null;
  time_basis: 'stated' | 'estimated' | 'day';
  scheduled_date: string | null;
  actors: ActorRef[];
  topics: TopicRef[];
  reports: EventReport[];
  /** When this event last changed (new report joined), RFC 3339. */
  updated: string;
}

export interface ActorEntry {
  id: string;
  name: string;
  kind: ActorRef['kind'];
  aliases: string[];
  affiliation: string | null;
  role: string | null;
  events: number;
  /**
   * Why this actor was given (explainability): "gazetteer" (world-countries), "organisations"
   * (data/lexicon), "pack:<name>" (a curated data pack), or "name shape: <rule>" (found by how news
   * prose names people and bodies: "title before name", "name before reporting verb", "body noun",
   * "surname stands alone", "state service", "acronym speaking", "one word speaking"; plain "name
   * shape" when the rule was seen on another thread).
   */
  found_by?: string;
}

export interface TopicEntry {
  id: string;
  name: string;
  /**
   * Why this topic was given: "themes" (broad themes), "pack:<name>", or "recurrence: <how>" (several
   * pages share it: "story phrase", "capitalised phrase", "one word", "match or case", "named after
   * whom it is about").
   */
  found_by?: string;
  events: number;
}

/** The whole merged chronology: the `/chronology.json` contract. */
export interface Chronology {
  seeds_digest: string;
  /** RFC 3339; the newest `updated` of any event (never the time of a request). */
  updated: string;
  documents: SeedReport[];
  events: ChronoEvent[];
  actors: ActorEntry[];
  topics: TopicEntry[];
  /** Ids of events merged away, pointing at the survivor. */
  redirects: Record<string, string>;
  /** Merge decisions, for debugging ("merged a with b: shared quote + same actor"). */
  trace: string[];
}
