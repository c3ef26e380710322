import { alternation, BODY_NOUNS, HEADLINE_SPEECH_VERBS, NAME_PARTICLES, REACTION_VERBS, ROLES, TITLES } from '../read/lexicon';

/**
 * Verbs a headline speaker speaks by: a statement's, a demand's ("X calls for an election", "X
 * demands an inquiry": a reaction's usual headline on a story's day) (`HEADLINE_SPEECH_VERBS`), or
 * a reaction's to another's act (`REACTION_VERBS`). A space in a verb is any run of spaces.
 */
const HEADLINE_VERB = `(?:${alternation([...HEADLINE_SPEECH_VERBS, ...REACTION_VERBS]).replace(/ /g, '\\s+')})`;
// (A perfect tense too: "Ruritania has protested …", as a lead sentence read for a headline has it.)
const VERB_AFTER = new RegExp(`^(?:\\s+(?:has\\s+|have\\s+)?${HEADLINE_VERB}\\b|:)`, 'i');
/** The headline's subject followed by its words in quotes: "Horvat 'not surprised' by …". */
const QUOTE_AFTER = /^\s+['‘"“]/;
/** What may come before a subject that opens the headline: its titles and first names ("Vestmark President Ana Horvat"). */
const OPENING = /^(?:[A-Z][\p{L}.’'-]*\s+)*$/u;
const VERB_BEFORE = new RegExp(`\\b${HEADLINE_VERB}\\s+(?:the\\s+)?$`, 'i');
/** "…: Horvat" — the headline's claim, then who made it after a colon. */
const COLON_BEFORE = /:\s*(?:[A-Z][\p{L}.’'-]*\s+)*$/u;

/**
 * The name speaks in the headline: "Ruritania says …", "Horvat: …", "…, says ministry", "No
 * blanket guarantee: Horvat". Two posts of one page with the same headline speaker may be a live
 * blog telling one act twice; a report whose headline has a speaker tells that speaker's
 * statement, not the meeting around it.
 */
export function speaksInHeadline(headline: string, name: string): boolean {
  const at = headline.indexOf(name);
  if (at < 0) return false;
  const after = headline.slice(at + name.length);
  const before = headline.slice(0, at);
  return VERB_AFTER.test(after) || (after.trim() === '' && (VERB_BEFORE.test(before) || COLON_BEFORE.test(before)))
    || (QUOTE_AFTER.test(after) && OPENING.test(before));
}

/** A word of a name: capitalised ("Horvat", "O’Neill", "Jean-Luc"), or a particle inside one ("Ana de Horvat"). */
const NAME_WORD = /^[A-Z][\p{L}’'.-]*$/u;
/** The lexicon's name particles as single words (`nameParticles`: "de la" gives de, la; glued forms like "al-" stay out). */
const NAME_PARTICLE_WORDS: ReadonlySet<string> = new Set(NAME_PARTICLES.filter((p) => !p.endsWith('-')).flatMap((p) => p.split(' ')));
/**
 * Words that end a title or a body's name, not a person's ("Prime Minister says …", "Central Bank
 * warns …"): a title's or role's last word, a body's noun (`titles`, `roles`, `bodyNouns`).
 */
const NOT_SURNAMES: ReadonlySet<string> = new Set([...TITLES, ...ROLES, ...BODY_NOUNS].map((w) => w.split(' ').at(-1)!.toLowerCase()));
/**
 * A person's name, with its title before it, is at most four capitalised words ("Vessland
 * President Ana Horvat"): a title-case headline's longer run of capitals ("U.S. Envoy Hands Over
 * Written Responses To Russia's Security Demands") is a sentence, its nouns capitalised, not a
 * name before a verb.
 */
const NAME_MAX_WORDS = 4;

/**
 * The surname of a person a headline names speaking, by the name's shape alone, lower case, or
 * null: two to four capitalised words (`NAME_MAX_WORDS`: a first name and a surname, a title
 * before them) at the headline's start or after its kicker's colon, right before a speaking verb,
 * the last no title's or body's word (`NOT_SURNAMES`) — "Ana Horvat reacts to the minister's
 * resignation", "Minister resigns: Ana Horvat calls for an election", in title case too ("Ana
 * Horvat Reacts To …"). Reading may miss the speaker's name; the headline still says whose act it
 * tells, and a reaction to a resignation stays apart from the resignation.
 */
export function headlineSubject(headline: string): string | null {
  for (const clause of headline.split(/:\s+/)) {
    const words = clause.trim().split(/\s+/);
    let named = 0;
    for (let i = 0; i < words.length && (NAME_WORD.test(words[i]!) || (i > 0 && NAME_PARTICLE_WORDS.has(words[i]!))); i++) {
      if (NAME_WORD.test(words[i]!) && ++named > NAME_MAX_WORDS) break;
      if (named >= 2 && NAME_WORD.test(words[i]!) && VERB_AFTER.test(` ${words.slice(i + 1).join(' ')}`) && !VERB_AFTER.test(` ${words.slice(i).join(' ')}`)) {
        const surname = words[i]!.replace(/[’'].*$/, '').toLowerCase();
        return NOT_SURNAMES.has(surname) ? null : surname;
      }
    }
  }
  return null;
}

/** What opens the id of a headline speaker known only by the surname its headline gives (no actor id has a colon). */
export const NAMED_SPEAKER = 'named:';
/** The surname of a headline speaker known only by its headline's words, or null for an actor's id. */
export const namedSurname = (speaker: string): string | null => speaker.startsWith(NAMED_SPEAKER) ? speaker.slice(NAMED_SPEAKER.length) : null;
