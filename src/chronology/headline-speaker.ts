import { alternation, BE_FORMS, BODY_NOUNS, HEADLINE_SPEECH_VERBS, NAME_PARTICLES, REACTION_VERBS, ROLES, TITLE_CASE_SMALL_SET, TITLES } from '../read/lexicon';
import { bmpLetters } from '../read/bmp-letters';

/**
 * Verbs a headline speaker speaks by: a statement's, a demand's ("X calls for an election", "X
 * demands an inquiry": a reaction's usual headline on a story's day) (`HEADLINE_SPEECH_VERBS`), or
 * a reaction's to another's act (`REACTION_VERBS`). A space in a verb is any run of spaces.
 */
export const HEADLINE_VERB = `(?:${alternation([...HEADLINE_SPEECH_VERBS, ...REACTION_VERBS]).replace(/ /g, '\\s+')})`;
// (A perfect tense too: "Ruritania has protested …", as a lead sentence read for a headline has it.)
const VERB_AFTER = new RegExp(`^(?:\\s+(?:has\\s+|have\\s+)?${HEADLINE_VERB}\\b|:)`, 'i');
/** The headline's subject followed by its words in quotes: "Horvat 'not surprised' by …". */
const QUOTE_AFTER = /^\s+['‘"“]/;
/** What may come before a subject that opens the headline: its titles and first names ("Vestmark President Ana Horvat"). */
const OPENING = bmpLetters(/^(?:[A-Z][\p{L}.’'-]*\s+)*$/u);
const VERB_BEFORE = new RegExp(`\\b${HEADLINE_VERB}\\s+(?:the\\s+)?$`, 'i');
/**
 * The first names and titles a surname's speaker may have between the verb and the surname: "…,
 * says John Varga", "…, says Foreign Minister Ana Varga" (at most `FIRST_NAMES_MAX` capitalised
 * words: a name with its title, as `NAME_MAX_WORDS` reads one).
 */
const FIRST_NAMES_MAX = 3;
const FIRST_NAMES_END = bmpLetters(new RegExp(`(?:[A-Z][\\p{L}.’'-]*\\s+){1,${FIRST_NAMES_MAX}}$`, 'u'));
/** "…: Horvat" — the headline's claim, then who made it after a colon. */
const COLON_BEFORE = bmpLetters(/:\s*(?:[A-Z][\p{L}.’'-]*\s+)*$/u);

/**
 * The name speaks in the headline: "Ruritania says …", "Horvat: …", "…, says ministry", "…, says
 * Ana Horvat" (`FIRST_NAMES_END`), "No blanket guarantee: Horvat", and past a clause between commas
 * after the name, as a doer is found
 * (`APPOSITION`: "Horvat, who lost the vote on Tuesday, says she will not run again"). Two posts of
 * one page with the same headline speaker may be a live blog telling one act twice; a report whose
 * headline has a speaker tells that speaker's statement, not the meeting around it.
 */
export function speaksInHeadline(headline: string, name: string): boolean {
  const at = headline.indexOf(name);
  if (at < 0) return false;
  const after = headline.slice(at + name.length).replace(APPOSITION, ' ');
  const before = headline.slice(0, at);
  return VERB_AFTER.test(after) || (after.trim() === '' && (VERB_BEFORE.test(before) || VERB_BEFORE.test(withoutFirstNames(before)) || COLON_BEFORE.test(before)))
    || (QUOTE_AFTER.test(after) && OPENING.test(before));
}

/**
 * The text before a surname without the first names and titles right before it (`FIRST_NAMES_END`),
 * or unchanged when that run holds a word a title-case headline capitalises but no name holds
 * (`titleCaseSmallWords`): in "Varga Responds To Keller Buying Harbourline" the words after the verb,
 * "To Keller Buying", are the act's, not Harbourline's first names; "…, Says John Varga" keeps its speaker.
 */
function withoutFirstNames(before: string): string {
  const names = FIRST_NAMES_END.exec(before);
  if (names === null || names[0].split(/\s+/).some((w) => TITLE_CASE_SMALL_SET.has(w.toLowerCase()))) return before;
  return before.slice(0, names.index);
}

/** A word of a name: capitalised ("Horvat", "O’Neill", "Jean-Luc"), or a particle inside one ("Ana de Horvat"). */
const NAME_WORD = bmpLetters(/^[A-Z][\p{L}’'.-]*$/u);
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

/**
 * A person's name without the speaking verb reading may glue to it from a headline in title case
 * ("Vell Condemns 'Mob Violence'" read as a person "Vell Condemns"): its last words while they are
 * a headline speaker's verb (`SPEAKS`), the name itself when none is. The headline's speaker is the
 * person, and "Vell" in another outlet's headline is the same speaker.
 */
export function withoutSpeakingVerb(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && SPEAKS.has(words.at(-1)!.toLowerCase())) words.pop();
  return words.join(' ');
}

/** What opens the id of a headline speaker known only by the surname its headline gives (no actor id has a colon). */
export const NAMED_SPEAKER = 'named:';
/** The surname of a headline speaker known only by its headline's words, or null for an actor's id. */
export const namedSurname = (speaker: string): string | null => speaker.startsWith(NAMED_SPEAKER) ? speaker.slice(NAMED_SPEAKER.length) : null;

/**
 * Words that may stand before the doer's name at a headline's start without being a name of their
 * own (`headlineDoer`): titles and roles ("President", "Chief Justice"), and any word a name's
 * hashing drops (stop words, words of one or two letters: "The", "US", "U.S.").
 */
const BEFORE_DOER: ReadonlySet<string> = new Set([...TITLES, ...ROLES].flatMap((t) => t.toLowerCase().split(/\s+/)));
/** After the doer's name: a verb, not a possessive ("Biden's plan"), nor a second doer ("X and Y agree", "X, Y meet"). */
const DOER_FOLLOWS = bmpLetters(/^\s+(?!(?:and|or|&)\b)[\p{L}]/iu);
/** At most this many title or stop words before the doer ("US President", "The U.S."). */
const DOER_MAX_LEAD = 3;

/**
 * Who a headline says acts (`DoerOf`: the words of that name, lower case, titles, roles, countries
 * and stop words out, and the words after it), or null: one of the report's people or bodies
 * (`names`; a country is too broad to say who acted) whose name, or a person's surname, opens the
 * headline or the clause after a kicker's colon, after at most a few titles ("President X launches
 * …", "The Supreme Court rules …", "READ: Supreme Court rules …"), or a name by its shape when
 * reading found none there (`doerByShape`), followed by a verb: not a possessive ("X's plan struck
 * down"), not "and" (two acting together: no one doer), not a passive participle ("X re-appointed
 * …": done to X). "Court strikes down X's plan" and "X launches a new plan after the court's
 * ruling" name the same plan and two doers: two acts (GUIDELINES: an article belongs to the act
 * its headline reports). `isGeneric` tells a word that names nobody in particular (a country's, a
 * title's, a stop word) and so names no doer.
 */
export function headlineDoer(headline: string, names: readonly DoerName[], isGeneric: (word: string) => boolean): DoerOf | null {
  const forms = doerForms(names, isGeneric);
  // In title case the participle is capitalised too: "Ines Marr Confirmed as Health Secretary".
  const titleCased = !TITLE_CASE_OFF.test(headline);
  const clauses = [headline, ...(headline.includes(': ') ? [headline.slice(headline.indexOf(': ') + 2)] : []), ...afterOpening(headline, titleCased)];
  for (const clause of clauses) {
    const words = clause.trim().split(/\s+/);
    for (let lead = 0; lead <= DOER_MAX_LEAD && lead < words.length; lead++) {
      const found = doerAt(words.slice(lead).join(' '), forms, isGeneric, titleCased);
      if (found !== undefined) return found && { ...found, named: headlineWords(headline) };
      const w = words[lead]!;
      if (!(BEFORE_DOER.has(w.toLowerCase()) || isGeneric(w))) break;
    }
    // A headline in title case capitalises its verbs too ("Harb Lifts Rates a Quarter Point"): no name by its shape.
    const shaped = titleCased ? undefined : doerByShape(words, isGeneric);
    if (shaped !== undefined) return shaped && { ...shaped, named: headlineWords(headline) };
  }
  return null;
}

/**
 * The clause after a short opening phrase and its comma, where a headline or a lead read for one
 * names its doer second ("Rival bid or not, former chair Ana Horvat will not return to the board",
 * "On Tuesday, the assembly voted …"): a phrase of at most `OPENING_MAX_WORDS` words with a word in
 * lower case (not a list of names: "Horvat, Lund meet" names two doers). Tried after the headline's
 * start and its kicker's clause; none in a headline in title case (every word capitalised, no phrase
 * told from a name).
 */
function afterOpening(headline: string, titleCased: boolean): string[] {
  const m = OPENING_PHRASE.exec(headline);
  if (titleCased || m === null) return [];
  const words = m[1]!.trim().split(/\s+/);
  return words.length <= OPENING_MAX_WORDS && words.some((w) => LOWER_WORD.test(w)) ? [headline.slice(m[0].length)] : [];
}
const OPENING_MAX_WORDS = 5;
const OPENING_PHRASE = /^([^,:;'"‘“]{3,60}),\s+(?=\S)/;
const LOWER_WORD = bmpLetters(/^\p{Ll}{2,}/u);

/** A headline's words, lower case, possessives kept as the name they own ("Lund’s" → lund). */
const headlineWords = (headline: string): string[] =>
  headline.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s?\W*$/u, '').replace(/[^\p{L}\p{N}-]/gu, '')).filter(Boolean);

/**
 * Who a lead's first sentence says acts: the first of the report's people or bodies among its first
 * words (`LEAD_DOER_WORDS`, whatever stands before: "New prime minister Ana Horvat has kept …",
 * "The High Court on Friday struck down …") followed by a word in lower case; or null. An article
 * whose headline gives one of the act's people ("Finance minister stays on") tells in its lead who
 * acted ("The premier has kept the finance minister"): the act of the other articles' doer.
 */
export function leadDoer(sentence: string, names: readonly DoerName[], isGeneric: (word: string) => boolean): DoerOf | null {
  const forms = doerForms(names, isGeneric);
  const words = sentence.trim().split(/\s+/);
  for (let lead = 0; lead < LEAD_DOER_WORDS && lead < words.length; lead++) {
    const found = doerAt(words.slice(lead).join(' '), forms, isGeneric);
    if (found) return found;
  }
  return null;
}
/** How far into a lead's first sentence its doer may stand. */
const LEAD_DOER_WORDS = 6;

/** The forms a report's people and bodies take at a headline's start: whole, without titles or a country before, a person's surname. */
function doerForms(names: readonly DoerName[], isGeneric: (word: string) => boolean): DoerForm[] {
  const forms: DoerForm[] = [];
  for (const a of names) {
    if (a.kind === 'country' || a.kind === 'place') continue;
    const words = a.name.split(/\s+/);
    // Without what opens it and names no one: "US Supreme Court" is told "Supreme Court" too.
    let i = 0;
    while (i < words.length - 1 && (BEFORE_DOER.has(words[i]!.toLowerCase()) || isGeneric(words[i]!))) i++;
    forms.push({ text: words.slice(i).join(' '), id: a.id ?? null });
    if (a.kind === 'person' && words.length > 1) forms.push({ text: words.at(-1)!, id: a.id ?? null });
  }
  return forms;
}

/** One of a report's people or bodies as a headline may name it: its name, its kind, its id when reading gave one. */
interface DoerName { name: string; kind: string; id?: string }
/** A form a doer's name takes in a headline, and the id of the actor it names (null when not known). */
interface DoerForm { text: string; id: string | null }

/**
 * The doer a text opens with, of the longest form that opens it: null when its verb is a passive
 * participle (`PASSIVE`: "Horvat re-appointed finance minister" tells what was done to her, by
 * someone else), undefined when no form opens it.
 */
function doerAt(rest: string, forms: readonly DoerForm[], isGeneric: (word: string) => boolean, titleCased = false): DoerOf | null | undefined {
  let best: DoerForm | null = null;
  for (const form of forms) {
    const n = form.text.length;
    if (rest.length > n && rest.slice(0, n).toLowerCase() === form.text.toLowerCase()
      && DOER_FOLLOWS.test(rest.slice(n).replace(APPOSITION, ' ')) && (best === null || n > best.text.length)) best = form;
  }
  if (best === null) return undefined;
  const after = rest.slice(best.text.length).replace(APPOSITION, ' ');
  const found = doerOf(best.text.split(/\s+/), after.trim().split(/\s+/), isGeneric, titleCased);
  return found && best.id !== null ? { ...found, id: best.id } : found;
}

/**
 * A clause set between commas right after the doer's name, before its verb in lower case: "Vell,
 * facing a second trial, condemns the riot" (`APPOSITION_MAX` characters at most: a list of names,
 * "Vell, Lund and Marr agree", has no verb in lower case after its second comma).
 */
const APPOSITION_MAX = 60;
const APPOSITION = bmpLetters(new RegExp(`^,\\s[^,:;]{1,${APPOSITION_MAX}},(?=\\s+\\p{Ll})`, 'u'));

/** A headline's bare participle after its subject ("… re-appointed", "… sacked"): headlines tell acts done in the present, and the passive so. */
const PASSIVE = bmpLetters(/^\p{Ll}[\p{L}-]*ed$/u);
/** The same in a headline in title case, where it is capitalised ("… Confirmed as …"). */
const TITLE_PASSIVE = bmpLetters(/^\p{Lu}\p{Ll}[\p{L}-]*ed$/u);
/** A word of four letters or more in lower case: a headline that has one is not in title case. */
const TITLE_CASE_OFF = bmpLetters(/(?:^|\s)\p{Ll}\p{L}{3,}/u);

/**
 * A form of "to be" before a participle, as a lead read for a headline tells the passive in full:
 * "X was removed as speaker", "X has been ousted", "X is arrested" (the perfect active, "X has
 * ousted Y", has no "been").
 */
// (Not the bare "be": it follows "will" or "to", never a name's words directly.)
const PASSIVE_AUXILIARY = new RegExp(`^(?:(?:has|have|had)\\s+been|${alternation(BE_FORMS.filter((w) => w !== 'be'))})$`, 'i');

/** The doer of a name's words and the words after them, or null (no word names anyone, or a passive). */
function doerOf(name: readonly string[], after: readonly string[], isGeneric: (word: string) => boolean, titleCased = false): DoerOf | null {
  const bare = (w: string | undefined) => w?.replace(/[^\p{L}-]/gu, '') ?? '';
  // The participle after its auxiliary: one word ("was"), or two ("has been").
  const auxiliary = PASSIVE_AUXILIARY.test(bare(after[0])) ? 1 : PASSIVE_AUXILIARY.test(`${bare(after[0])} ${bare(after[1])}`) ? 2 : 0;
  const verb = bare(after[auxiliary]);
  if (PASSIVE.test(verb) || (titleCased && TITLE_PASSIVE.test(verb))) return null;
  const clean = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');
  const who = name.map(clean).filter((w) => w && !BEFORE_DOER.has(w) && !isGeneric(w));
  if (!who.length) return null;
  const object = after.filter((w) => !/['’]s?\W*$/.test(w)).map(clean).filter(Boolean).slice(0, DOER_OBJECT_WORDS);
  return { who, object, full: name.map(clean).filter(Boolean) };
}

/**
 * A doer by the shape of a name, when reading found none of the report's people or bodies there:
 * two to four capitalised words opening the clause (`NAME_MAX_WORDS`, titles among them), none a
 * possessive, right before a word in lower case, its verb ("Mara Velt makes farewell speech …",
 * "Defiant Ana Horvat stands aside …"). A headline in title case capitalises its verb too and gives
 * none; one capitalised word is as likely a sentence's first word ("Floods hit …") as a name.
 * Undefined when the clause does not open so.
 */
function doerByShape(words: readonly string[], isGeneric: (word: string) => boolean): DoerOf | null | undefined {
  let n = 0;
  while (n < words.length && n <= NAME_MAX_WORDS && NAME_WORD.test(words[n]!) && !/['’]s?$/.test(words[n]!)) n++;
  if (n < 2 || n > NAME_MAX_WORDS || n >= words.length || !/^\p{Ll}/u.test(words[n]!) || /^(?:and|or)$/.test(words[n]!)) return undefined;
  return doerOf(words.slice(0, n), words.slice(n), isGeneric);
}

/** What a headline's doer does, and to or with whom: "Xi tells Biden …", "Biden meets with Xi …" (`DoerOf.object`). */
const DOER_OBJECT_WORDS = 4;

/** A headline's doer (`headlineDoer`): the words of its name, and the words that follow it. */
export interface DoerOf {
  /** The words of the doer's name, lower case, titles, roles, countries and stop words out. */
  who: string[];
  /**
   * The id of the person or body reading found there, when the name is one of the report's actors:
   * one body named two ways ("Harb" and "Harbourton Reserve", one id through the catalogue's aliases)
   * is one doer though no word of the two names is shared.
   */
  id?: string;
  /**
   * Every word of the headline it was found in (`headlineDoer`), lower case: whom the headline names
   * besides its doer. Absent for a lead's doer.
   */
  named?: string[];
  /** The words of the doer's name as the headline gives them, lower case, titles and all ("federal", "reserve"). */
  full: string[];
  /**
   * The first words after the name (`DOER_OBJECT_WORDS`), lower case, possessives out: its verb and
   * whom it acts on or with ("tells biden", "meets with xi"). A call of two told from either side
   * names the other here; "Court rules the freeze unlawful in blow to Lund government" does not.
   */
  object: string[];
}

/**
 * Two headlines name two doers: no word of one's name in the other's, and neither acts on or with
 * the other (`DoerOf.object`: "Xi tells Biden …" and "Biden warns Xi …" tell one call).
 */
export function twoDoers(a: DoerOf, b: DoerOf): boolean {
  if ((a.id !== undefined && a.id === b.id) || a.who.some((w) => b.who.includes(w)) || shortFor(a, b) || shortFor(b, a)) return false;
  return !(actsOn(a, b) && names(b, a)) && !(actsOn(b, a) && names(a, b));
}

/**
 * `a`'s name is a short form of `b`'s, as news names a body the second time and in headlines: one
 * word that opens `b`'s first word ("Harb" for "Harbourton Reserve", `SHORT_FORM_MIN` letters at least),
 * or `b`'s initials ("XEC" for "Xandria Electoral Commission", of two words or more).
 */
function shortFor(a: DoerOf, b: DoerOf): boolean {
  if (a.full.length !== 1 || b.full.length < 2) return false;
  const short = a.full[0]!;
  const initials = b.full.map((w) => w[0]).join('');
  return (short.length >= SHORT_FORM_MIN && b.full[0]!.startsWith(short) && short !== b.full[0]) || short === initials;
}
/** The fewest letters a clipped name keeps ("Harb"): fewer are a word of their own too often ("Co"). */
const SHORT_FORM_MIN = 3;

/** `a`'s headline has its doer act on or with `b`'s doer: "Tan tells Lund …", "House impeaches Vell …". */
const actsOn = (a: DoerOf, b: DoerOf): boolean => a.object.some((w) => b.who.includes(w));
/**
 * `b`'s headline names `a`'s doer, or `a` names only a word of `b`'s longer name (a lead's doer,
 * whose headline words are not kept, is taken to name it). A call told from either side names the
 * other side ("Lund warns Tan …" beside "Tan tells Lund …"); the one an act was done to, named
 * whole after its verb, speaking or reacting in his own headline without the other (`SPEAKS`: "Vell condemns
 * the riot in a video" beside "House impeaches Vell"), tells another act. A word of a longer name
 * after the verb ("Ministry withdraws Carrow alert" beside "Carrow City Council sends alert") names
 * what both acts are about, and keeps them one act.
 */
const names = (b: DoerOf, a: DoerOf): boolean =>
  b.named === undefined || !b.who.every((w) => a.object.includes(w)) || !SPEAKS.has(b.object[0] ?? '') || a.who.some((w) => b.named!.includes(w));
/**
 * The verbs by which a headline's doer speaks or reacts (`headlineSpeechVerbs`, `reactionVerbs`):
 * the one an act was done to who "condemns", "denies", "says" tells an act of his own; one who
 * "gets ten years" beside "Court sentences X" tells the same act from his side.
 */
const SPEAKS: ReadonlySet<string> = new Set([...HEADLINE_SPEECH_VERBS, ...REACTION_VERBS].filter((v) => !v.includes(' ')).map((v) => v.toLowerCase()));
