// "Is this the same recommendation?": titles compared word by word after normalising (case, accents,
// punctuation, Indonesian filler words). Words are close when their character bigrams mostly agree,
// which forgives what officials actually vary: "aplikasi" / "aplikasinya", "standarisasi" /
// "standardisasi", a typo; "antar daerah" / "antardaerah" are matched as a compound.

const STOPWORDS = new Set(["dan", "yang", "di", "ke", "dari", "untuk", "pada", "dengan", "atau", "dalam", "bagi", "oleh", "serta", "para", "agar", "se", "nya"]);

export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((word) => word && !STOPWORDS.has(word))
    .join(" ");
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i += 1) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of two words' character bigrams. */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ba = bigrams(a);
  const bb = bigrams(b);
  let size = 0;
  let shared = 0;
  for (const count of ba.values()) size += count;
  for (const [pair, count] of bb) {
    size += count;
    shared += Math.min(count, ba.get(pair) ?? 0);
  }
  return size === 0 ? 0 : (2 * shared) / size;
}

/** Words of `words` that have a close word in `other`, also across a compound ("antar daerah" / "antardaerah"). */
function matchedWords(words: readonly string[], other: readonly string[]): number {
  const close = (word: string) =>
    other.some((o, i) => wordSimilarity(word, o) >= 0.8 || (i + 1 < other.length && wordSimilarity(word, o + other[i + 1]) >= 0.8));
  const matched = words.map(close);
  for (let i = 0; i + 1 < words.length; i += 1) {
    if (!matched[i] || !matched[i + 1]) {
      const joined = words[i]! + words[i + 1]!;
      if (other.some((o) => wordSimilarity(joined, o) >= 0.8)) matched[i] = matched[i + 1] = true;
    }
  }
  return matched.filter(Boolean).length;
}

/**
 * 0 (nothing in common) to 1 (the same after normalising): the share of words, on both sides, that
 * have a close word (same word, another form of it, a typo, or a compound) on the other side.
 */
export function titleSimilarity(a: string, b: string): number {
  const x = normalizeTitle(a).split(" ").filter(Boolean);
  const y = normalizeTitle(b).split(" ").filter(Boolean);
  if (x.length + y.length === 0) return 0;
  return (matchedWords(x, y) + matchedWords(y, x)) / (x.length + y.length);
}

/** From this score on, a title is shown as a possible duplicate. */
export const SIMILAR_THRESHOLD = 0.65;
