import { instant } from './calendar';
import type { PostAnnotator, PostReading } from './page-reading';
import { pageZone, postInstant } from './post-time';

/**
 * An item's time: its post's printed time on the post's own day (`stated` with a zone — the post's,
 * or the page's "All times EST" — else `estimated`), a GMT/UTC time its text states, an article's
 * date-time, else its day at 00:00Z. Then items of one day between two stated times get evenly
 * spaced `estimated` times.
 */
export const itemTimes: PostAnnotator = (posts, page) => {
  const zone = pageZone(page.lines);
  for (const p of posts) {
    const d = p.dates!;
    const stamp = p.post.stamp && zone && !p.post.stamp.zone ? { ...p.post.stamp, zone } : p.post.stamp;
    const at = stamp && p.day && d.eventDate === p.day ? postInstant(stamp, p.day) : null;
    if (at) { p.time = at.time; p.timeBasis = at.basis; continue; }
    if (d.eventDate && d.precision === 'day' && d.statedTime) { p.time = `${d.eventDate}T${d.statedTime}:00Z`; p.timeBasis = 'stated'; continue; }
    const facts = page.facts!;
    if (page.layout!.kind === 'article' && facts.publishedTime && d.eventDate === facts.published) { p.time = facts.publishedTime; p.timeBasis = 'stated'; continue; }
    p.time = d.eventDate ? `${d.eventDate}T00:00:00Z` : null;
    p.timeBasis = 'day';
  }
  // A time that is no instant (a rule's mistake) is dropped to the day rather than passed on.
  for (const p of posts) if (p.time !== null && Number.isNaN(Date.parse(p.time))) { p.time = p.dates!.eventDate ? `${p.dates!.eventDate}T00:00:00Z` : null; p.timeBasis = 'day'; }
  estimateTimes(posts);
};

/**
 * Items of one day between two stated times (page order, newest first) get an estimated time:
 * evenly spaced between the two. Others keep the day alone.
 */
function estimateTimes(posts: PostReading[]): void {
  const stated = posts.map((p, i) => ({ p, i })).filter(({ p }) => p.timeBasis === 'stated');
  for (let k = 0; k + 1 < stated.length; k++) {
    const newer = stated[k]!;
    const older = stated[k + 1]!;
    const day = newer.p.dates!.eventDate;
    if (day !== older.p.dates!.eventDate) continue;
    const t1 = Date.parse(newer.p.time!);
    const t0 = Date.parse(older.p.time!);
    if (!(t1 > t0)) continue;
    const gap = older.i - newer.i;
    for (let j = newer.i + 1; j < older.i; j++) {
      const p = posts[j]!;
      if (p.timeBasis !== 'day' || p.dates!.eventDate !== day) continue;
      p.time = instant(t1 - ((t1 - t0) * (j - newer.i)) / gap);
      p.timeBasis = 'estimated';
    }
  }
}
