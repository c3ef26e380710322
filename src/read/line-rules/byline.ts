import { alternation, MONTH, NEWSROOM_CARD_ROLES, NEWSROOM_ROLES } from '../lexicon';
import { BULLET_MARK, words } from '../shape';
import type { LineRule } from './rule';
import { bmpLetters } from '../bmp-letters';

/** Longest byline, in words ("By Name and Name, Foreign correspondent in City"). */
const MAX_BYLINE_WORDS = 16;
const NAME = '[\\p{Lu}][\\p{L}’\'.-]+';
/** The roles a page credits its own staff by (`newsroomRoles` and `newsroomCardRoles`), spaces as runs of spaces. */
const STAFF_ROLE = `(?:${alternation([...NEWSROOM_ROLES, ...NEWSROOM_CARD_ROLES]).replace(/ /g, '\\s+')})`;

/**
 * Who wrote or edited the page or post: "By Name, correspondent", "By Name and Name, Outlet",
 * "From Outlet's Name and Name", "From Outlet staff in City", "From journalist Name in City", "Edited by Name", "Reporting by Name; Editing by Name",
 * "Written by", "Compiled by", "Additional reporting by", "Text by:Outlet", "Author: Name". Not a sentence: no final full stop
 * after prose ("By Monday, the toll had risen." is prose).
 */
const BYLINE = bmpLetters(new RegExp(
  `^(?:From\\s+(?:${NAME}\\s+){1,3}(?:[Ss]taff|team|reporters|correspondents|[Ww]ire [Ss]ervices)(?:\\s+in\\s+${NAME}(?:\\s+${NAME})?)?$|From\\s+${STAFF_ROLE}s?\\s+${NAME}(?:\\s+(?:${NAME}|and))*(?:\\s+in\\s+${NAME}(?:\\s+${NAME})?)?$|By:?\\s+(?:the\\s+)?${NAME}|(?:Author|Reporter|Writer)s?:\\s*${NAME}|From\\s+${NAME}(?:\\s+${NAME})?['’]s\\s+${NAME}|(?:Edited|Written|Compiled|Produced|Reported|Posted|Updated|Contributed|Photos?|Video|Text|Words|(?:Additional\\s+)?[Rr]eporting)\\s+by:?\\s*${NAME})`, 'u'));

export function bylineShaped(t: string): boolean {
  if (words(t) > MAX_BYLINE_WORDS || !BYLINE.test(t)) return false;
  // "By Monday, the toll had risen to 300." — prose that starts like a byline.
  return !/[.!?]["”’]?$/.test(t) || /^(?:Reporting|Additional reporting|Edited|Written) by/i.test(t);
}

/** A reporter's card inside a post: "Reporting from Harbourton", "North Norland correspondent". */
const CARD_ROLE = bmpLetters(new RegExp(`^(?:Reporting from|Reports? from|Writing from)\\s+[\\p{Lu}]|^(?:[\\p{Lu}][\\p{L}]+\\s+){0,3}${STAFF_ROLE}$`, 'iu'));
/** A name alone on its line: two to four capitalised words. */
const NAME_ONLY = bmpLetters(/^(?:[\p{Lu}][\p{L}’'.-]+\s){1,3}[\p{Lu}][\p{L}’'.-]+$/u);

/**
 * The writers of a live blog in turn: "Ada Berg (now); Tom Lind and Jo Reed (earlier)". A list
 * of names that says who writes now and who wrote before.
 */
const SHIFT_LIST = bmpLetters(new RegExp(`^(?:${NAME}\\s+){1,2}${NAME}\\s*\\((?:now|earlier|until \\d)[^)]*\\)`, 'u'));

/** Who writes now and who wrote before: never a title, never a post. */
export const shiftListShaped = (t: string): boolean => words(t) <= MAX_BYLINE_WORDS * 2 && SHIFT_LIST.test(t);

/** "Ada Berg17 May 2023 12:18": a post's writer and time, run together under the post. */
const SIGNED_AND_DATED = bmpLetters(new RegExp(`^[\\p{Lu}][\\p{L}’'.-]+(?:\\s[\\p{Lu}][\\p{L}’'.-]+){0,3}\\d{1,2}\\s${MONTH}\\s\\d{4}(?:,?\\s\\d{1,2}[:.]\\d{2})?$`, 'u'));

/**
 * A post's reporter on the spot, by the outlet's name: "Northline Sport's Ada Berg at the Harbour
 * Stadium", "Example News's Tom Lind in Port Elda". No verb: a headline says what someone did.
 */
const OUTLET_REPORTER_AT = bmpLetters(new RegExp(`^(?:${NAME}\\s){0,2}${NAME}['’]s\\s(?:${NAME}\\s){1,2}${NAME}\\s(?:at|in)\\s(?:the\\s)?${NAME}(?:\\s(?:${NAME}|de|la|du|of|on))*$`, 'u'));
/** Longest such line, in words. */
const MAX_REPORTER_AT_WORDS = 12;

/**
 * A live page's credits: "These updates were written by Name, Name and Name", "Today's live coverage
 * was brought to you by …", "The page was edited by …".
 */
const COVERAGE_CREDIT = bmpLetters(/^(?:These|Today['’]s|This|The)\s+(?:live\s+)?(?:updates|coverage|posts|page|blog)\s+(?:was|were|has been|have been)\s+(?:written|edited|compiled|produced|brought to you)\s+by\s+[\p{Lu}]/u);


/** A post signed at its foot with a dash and its writer's name: "-Ada Berg", "— Tom Lind". */
const DASH_SIGNATURE = bmpLetters(new RegExp(`^[-–—]\\s?${NAME}(?:\\s${NAME}){1,2}$`, 'u'));

/**
 * "Jo Reed", "• Jo Reed": a writer's name alone, as a live page prints it over or under a post.
 * (Not a bullet in capitals, "• QUAYS EMPTY": a post's headline, as some live pages print it.)
 */
export const writerNameShaped = (t: string): boolean => {
  const name = t.replace(BULLET_MARK, '');
  return NAME_ONLY.test(name) && words(name) <= 3 && !/^(?:The|A|An)\s/.test(name) && !(name !== t && !/\p{Ll}/u.test(name));
};

export const byline: LineRule = {
  reason: 'byline',
  facts: true,
  test(page, at) {
    const t = page[at]!.text;
    if (bylineShaped(t) || COVERAGE_CREDIT.test(t) || (words(t) <= 8 && CARD_ROLE.test(t)) || shiftListShaped(t) || (words(t) <= 8 && SIGNED_AND_DATED.test(t)) || DASH_SIGNATURE.test(t)
      || (words(t) <= MAX_REPORTER_AT_WORDS && OUTLET_REPORTER_AT.test(t))) return true;
    // A live blog signs its posts: a name alone between blank lines, under the post.
    const l = page[at]!;
    // (Or printed as a one-item list, "• Jo Reed": the writer's card over the post.)
    // (A bulleted one may end a block under the blog's label, "Live Updates" / "• Jo Reed".)
    const alone = l.blockSize === 1 || (BULLET_MARK.test(t) && l.inBlock === l.blockSize - 1 && !BULLET_MARK.test(page[at - 1]?.text ?? ''));
    if (alone && writerNameShaped(t) && at > 0) return true;
    // The reporter's name above the card's role line, or above the byline that names them again
    // (the label of the writer's picture, then "By Name").
    const next = page[at + 1];
    return NAME_ONLY.test(t) && !!next && ((words(next.text) <= 8 && CARD_ROLE.test(next.text)) || (bylineShaped(next.text) && next.text.includes(t)));
  },
};
