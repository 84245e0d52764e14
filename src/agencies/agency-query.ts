/**
 * Agency search as officials type it: "diskominfo jabar", "pemkot bandung", "kab. bandung",
 * "komdigi", "surabya". A query is read into required words, province abbreviations and a hint of
 * the kind (provinsi, kabupaten, kota); agencies are then matched and ranked in memory.
 */
import type { AgencyKind } from "./agency-registry.js";
import {
  FILLER_WORDS,
  KIND_WORDS,
  MINISTRY_SHORT_NAME,
  PROVINCE_ABBREVIATIONS,
} from "./agency-aliases.js";

/** Lower case, diacritics removed, every non-alphanumeric run turned into one space, trimmed. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Words shorter than this must be typed exactly (or as the start of a word). */
const FUZZY_MIN_LENGTH = 4;

/**
 * True when `a` becomes `b` by at most one wrong, missing, extra or swapped letter
 * (optimal string alignment distance ≤ 1), without building a distance table.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one wrong letter
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function fuzzyEqual(a: string, b: string): boolean {
  return a.length >= FUZZY_MIN_LENGTH && b.length >= FUZZY_MIN_LENGTH && withinOneEdit(a, b);
}

const FILLER = new Set(FILLER_WORDS);
const ABBREVIATION_PROVINCE = new Map<string, string>(
  Object.entries(PROVINCE_ABBREVIATIONS).flatMap(([code, words]) => words.map((w) => [w, code] as const)),
);

type WordClass =
  | { type: "filler" }
  | { type: "ministry" }
  | { type: "kind"; kind: Exclude<AgencyKind, "pusat"> }
  | { type: "province"; code: string }
  | { type: "word" };

function classifyExact(word: string): WordClass | null {
  if (FILLER.has(word)) return { type: "filler" };
  if (word === MINISTRY_SHORT_NAME) return { type: "ministry" };
  const kind = Object.hasOwn(KIND_WORDS, word) ? KIND_WORDS[word] : undefined;
  if (kind) return { type: "kind", kind };
  const code = ABBREVIATION_PROVINCE.get(word);
  if (code) return { type: "province", code };
  return null;
}

/** A typo of a known word ("diskominfi", "kabupatn", "jabr"), when the word is no place's name. */
function classifyFuzzy(word: string): WordClass | null {
  if (word.length < FUZZY_MIN_LENGTH) return null;
  for (const filler of FILLER) if (fuzzyEqual(word, filler)) return { type: "filler" };
  if (fuzzyEqual(word, MINISTRY_SHORT_NAME)) return { type: "ministry" };
  for (const [kindWord, kind] of Object.entries(KIND_WORDS)) if (fuzzyEqual(word, kindWord)) return { type: "kind", kind };
  // A typo one letter from two provinces ("sumut", "sulut") is not guessed.
  const codes = new Set([...ABBREVIATION_PROVINCE].filter(([abbreviation]) => fuzzyEqual(word, abbreviation)).map(([, code]) => code));
  const [code] = codes;
  return codes.size === 1 && code ? { type: "province", code } : null;
}

export interface AgencyQuery {
  /** Words every result must contain (exactly, as a word's start, or with one typo). */
  words: string[];
  /** Provinces named by abbreviation; results lie in one of them. */
  provinceCodes: string[];
  /** "kab", "kota", "pemprov"...: that kind ranks first, the others still show. */
  kind: Exclude<AgencyKind, "pusat"> | null;
  /** The words that say which agency, as typed (normalized); empty when nothing does. */
  tokens: string[];
}

/**
 * Reads a query. `isPlaceWord` tells whether a word is in the registry's vocabulary exactly; such a
 * word is never taken for a typo of an abbreviation or filler word.
 */
export function parseAgencyQuery(query: string, isPlaceWord: (word: string) => boolean = () => false): AgencyQuery {
  const normalized = normalizeSearchText(query);
  const parsed: AgencyQuery = { words: [], provinceCodes: [], kind: null, tokens: [] };
  if (normalized === "") return parsed;
  let ministry: string | null = null;
  let sawFiller = false;
  for (const word of normalized.split(" ")) {
    const cls = classifyExact(word) ?? (isPlaceWord(word) ? null : classifyFuzzy(word)) ?? { type: "word" };
    if (cls.type === "filler") sawFiller = true;
    else if (cls.type === "ministry") ministry = word;
    else if (cls.type === "kind") parsed.kind ??= cls.kind;
    else if (cls.type === "province") {
      if (!parsed.provinceCodes.includes(cls.code)) parsed.provinceCodes.push(cls.code);
      if (!parsed.tokens.includes(word)) parsed.tokens.push(word);
    } else if (!parsed.words.includes(word)) {
      parsed.words.push(word);
      parsed.tokens.push(word);
    }
  }
  // "kominfo" alone means the ministry; "dinas kominfo" or "kominfo kota" without a place says too little.
  if (ministry && parsed.tokens.length === 0 && !sawFiller && parsed.kind === null) {
    parsed.words.push(MINISTRY_SHORT_NAME);
    parsed.tokens.push(ministry);
  }
  return parsed;
}

/**
 * The words of a query that say which agency, without filler and kind words, so that
 * "Diskominfo  Kota-Surabaya!" gives ["surabaya"] and "Kominfo" gives ["kominfo"]. May be empty.
 */
export function agencySearchTokens(query: string): string[] {
  return parseAgencyQuery(query).tokens;
}

export interface SearchableAgency {
  code: string;
  name: string;
  kind: string;
  provinceCode: string | null;
  areaName: string;
  searchText: string;
}

interface IndexEntry<T> {
  agency: T;
  /** Every word search may match (searchText and joined area words, without filler and kind words). */
  words: string[];
  /** The area's own words ("bandung barat", "daerah istimewa yogyakarta"). */
  areaWords: Set<string>;
  /** Area words a query must cover to name this area exactly. */
  coreWords: string[];
  /** The two area words each joined word stands for. */
  joinedParts: Map<string, readonly string[]>;
  kindRank: number;
  /** Position among agencies of the same kind (central units have one), before the name. */
  orderRank: number;
}

export interface AgencyIndex<T> {
  entries: IndexEntry<T>[];
  vocabulary: string[];
  vocabularySet: Set<string>;
}

const KIND_RANK: Record<string, number> = { pusat: 0, provinsi: 1, kota: 2, kabupaten: 3 };
/** Words of an area's name that name no place. */
const AREA_NOISE = new Set(["kabupaten", "kota", "administrasi", "provinsi"]);
/** Parts of a province's name people leave out ("Yogyakarta", "Jakarta"). */
const OPTIONAL_AREA_WORDS = new Set(["daerah", "istimewa", "khusus", "ibukota", "dki"]);

/** `order` lists codes that come first, in that order, among agencies that match equally well. */
export function buildAgencyIndex<T extends SearchableAgency>(agencies: readonly T[], order: readonly string[] = []): AgencyIndex<T> {
  const position = new Map(order.map((code, i) => [code, i]));
  const vocabularySet = new Set<string>();
  const entries = agencies.map((agency) => {
    const area = normalizeSearchText(agency.areaName)
      .split(" ")
      .filter((w) => w !== "" && !AREA_NOISE.has(w));
    // "Bau Bau" is also typed "baubau", "Toli-Toli" "tolitoli".
    const joinedParts = new Map(area.slice(1).map((w, i) => [`${area[i]}${w}`, [area[i] ?? "", w]] as const));
    const joined = [...joinedParts.keys()];
    const words = [
      ...new Set(
        [...agency.searchText.split(" "), ...joined].filter((w) => w !== "" && !FILLER.has(w) && !Object.hasOwn(KIND_WORDS, w)),
      ),
    ];
    for (const w of words) vocabularySet.add(w);
    return {
      agency,
      words,
      areaWords: new Set([...area, ...joined]),
      coreWords: area.filter((w) => !OPTIONAL_AREA_WORDS.has(w)),
      joinedParts,
      kindRank: KIND_RANK[agency.kind] ?? 9,
      orderRank: position.get(agency.code) ?? order.length,
    };
  });
  return { entries, vocabulary: [...vocabularySet], vocabularySet };
}

/**
 * How well vocabulary words match a query word: 3 the same word, else 2 words starting with it
 * ("band" → "bandung"), else 1 words one typo away. Each step only when the one before found
 * nothing, so "bali" does not find Balikpapan nor "jawa" Puncak Jaya.
 */
function matchQualities(index: AgencyIndex<SearchableAgency>, token: string): Map<string, number> {
  if (index.vocabularySet.has(token)) return new Map([[token, 3]]);
  const qualities = new Map<string, number>();
  for (const word of index.vocabulary) if (word.startsWith(token)) qualities.set(word, 2);
  if (qualities.size === 0) for (const word of index.vocabulary) if (fuzzyEqual(word, token)) qualities.set(word, 1);
  return qualities;
}

/** "gunung kidul" → "gunungkidul", "kulon progo" stays: adjacent words joined when the registry knows them joined. */
function joinSplitWords(words: readonly string[], known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const next = words[i + 1];
    const word = words[i] ?? "";
    if (next !== undefined && known.has(`${word}${next}`) && !(known.has(word) && known.has(next))) {
      out.push(`${word}${next}`);
      i += 1;
    } else out.push(word);
  }
  return out;
}

/**
 * The agencies matching a query, best first: the area named exactly ("kota bandung" → Kota Bandung),
 * the kind asked for, all words in the area's name, fewer typos; then central units, provinces,
 * cities and regencies, each by name.
 */
export function searchAgencyIndex<T extends SearchableAgency>(index: AgencyIndex<T>, query: string): T[] {
  const parsed = parseAgencyQuery(query, (w) => index.vocabularySet.has(w));
  if (parsed.words.length === 0 && parsed.provinceCodes.length === 0) return [];
  const qualities = joinSplitWords(parsed.words, index.vocabularySet).map((w) => matchQualities(index, w));
  const scored: { entry: IndexEntry<T>; score: number }[] = [];
  for (const entry of index.entries) {
    if (parsed.provinceCodes.length > 0 && !parsed.provinceCodes.includes(entry.agency.provinceCode ?? "")) continue;
    let quality = 0;
    const areaHits = new Set<string>();
    let inArea = 0;
    let matchedAll = true;
    for (const tokenQualities of qualities) {
      let best = 0;
      let bestWord = "";
      let bestInArea = false;
      for (const word of entry.words) {
        const q = tokenQualities.get(word) ?? 0;
        const area = entry.areaWords.has(word);
        if (q > best || (q === best && q > 0 && area && !bestInArea)) {
          best = q;
          bestWord = word;
          bestInArea = area;
        }
      }
      if (best === 0) {
        matchedAll = false;
        break;
      }
      quality += best;
      if (bestInArea) {
        inArea += 1;
        for (const part of entry.joinedParts.get(bestWord) ?? [bestWord]) areaHits.add(part);
      }
    }
    if (!matchedAll) continue;
    const allInArea = qualities.length > 0 && inArea === qualities.length;
    const covered = entry.coreWords.filter((w) => areaHits.has(w)).length;
    const exactArea = allInArea && covered === entry.coreWords.length;
    let score = quality * 2;
    if (exactArea) score += 100;
    else if (allInArea) score += 40;
    if (entry.coreWords.length > 0) score += Math.round((10 * covered) / entry.coreWords.length);
    if (parsed.kind !== null && entry.agency.kind === parsed.kind) score += 60;
    scored.push({ entry, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.entry.kindRank - b.entry.kindRank ||
      a.entry.orderRank - b.entry.orderRank ||
      a.entry.agency.name.localeCompare(b.entry.agency.name, "id"),
  );
  return scored.map((s) => s.entry.agency);
}
