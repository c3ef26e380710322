import { attribution } from './attribution';
import { byline } from './byline';
import { credit } from './credit';
import { dateline, numericDateline, wireDatelineAlone } from './dateline';
import { embeddedMedia, socialEmbed } from './embedded-media';
import { embedPlaceholder } from './embed-placeholder';
import { labelledLink } from './labelled-link';
import { liveChrome } from './live-chrome';
import type { LineRule } from './rule';
import { signOff } from './sign-off';
import { wireCaption } from './wire-caption';
import { navigation, siteChrome } from './site-chrome';
import { promotion } from './promotion';

export type { LineRule, PageLine } from './rule';

/**
 * The line rules, in the order they are tried: the first that matches names the line's reason.
 * Position rules (the header above the title, repeats, alt text above a credit, the tail after the
 * last paragraph) run around them in `sortLines`.
 */
export const LINE_RULES: readonly LineRule[] = [
  credit,       // 1. a photo credit ends the line: a caption, whatever it says
  wireCaption,  // 1a. "FILE PHOTO: …", "(COMBO) …", "… — Photo courtesy of X": a wire picture's caption
  embeddedMedia, // 1b. "… – video": the title of a player embedded in a post
  socialEmbed,  // 1c. "… — Jo Reed (@joreed) August 4, 2020": a social post embedded in the story
  embedPlaceholder, // 1d. "Skip Twitter post by …", "View this post on Instagram": what a copy keeps of an embed
  dateline,     // 2. a date alone ("Published 19 May 2022"): a page fact, or a live blog's day header
  numericDateline, // 2b. "Issued on: 04/08/2020": a date whose order of day and month is unknown, no fact
  wireDatelineAlone, // 2c. "TARNBY, Norland (Agency) —" alone: a wire dateline broken off its paragraph
  byline,       // 3. "By Name, correspondent", "From Outlet's Name", "Edited by …": who wrote it
  attribution,  // 4. "Source: Outlet and agencies", "… contributed reporting"
  liveChrome,   // 5. "26 Posts", "The live blog is now closed"
  signOff,      // 6. the blog's writers to the reader: "Thanks for reading", "I'm handing over to …"
  siteChrome,   // 7. share, sort, sign-in, cookie, newsletter, related and footer furniture
  promotion,    // 7b. a box promoting another page: headline, then a blurb run into "LEARN MORE"
  navigation,   // 8. three or more menu entries in a row
  labelledLink, // 9. "Settlement:Deal reached …": a link's label glued to the headline it points at
];
