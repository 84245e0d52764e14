// Names typed all in lower or all in upper case ("yohanes wenda", "YOHANES WENDA") are offered in
// proper case. Academic titles keep their usual spelling ("S.Kom.", "M.T.", "Ph.D.") and particles
// stay lower case inside a name ("Muhammad bin Salim", "Maria van der Berg").

/** Titles spelled in a way that capitalising each part would not give, by their letters alone. */
const TITLES: Record<string, string> = {
  skom: "S.Kom.",
  mkom: "M.Kom.",
  sikom: "S.I.Kom.",
  mikom: "M.I.Kom.",
  st: "S.T.",
  mt: "M.T.",
  se: "S.E.",
  me: "M.E.",
  sh: "S.H.",
  mh: "M.H.",
  mm: "M.M.",
  ssos: "S.Sos.",
  msi: "M.Si.",
  ssi: "S.Si.",
  spd: "S.Pd.",
  mpd: "M.Pd.",
  sip: "S.IP.",
  map: "M.A.P.",
  sap: "S.AP.",
  sstp: "S.STP",
  mtp: "M.TP.",
  skm: "S.K.M.",
  mkes: "M.Kes.",
  sked: "S.Ked.",
  sak: "S.Ak.",
  mak: "M.Ak.",
  amd: "A.Md.",
  phd: "Ph.D.",
  msc: "M.Sc.",
  bsc: "B.Sc.",
  meng: "M.Eng.",
  mba: "MBA",
  mpa: "MPA",
  dr: "Dr.",
  drs: "Drs.",
  dra: "Dra.",
  ir: "Ir.",
  prof: "Prof.",
  h: "H.",
  hj: "Hj.",
};

/** Words that stay lower case inside a name. */
const PARTICLES = new Set(["bin", "binti", "van", "der", "den", "de", "von", "da", "dos", "al"]);

/** Upper-cases the first letter and lower-cases the rest; after a hyphen a new part begins ("Siti-Nur"). */
function capitalise(word: string): string {
  return word
    .toLowerCase()
    .split("-")
    .map((part) => part.replace(/\p{L}/u, (letter) => letter.toUpperCase()))
    .join("-");
}

function properWord(word: string, index: number, afterComma: boolean): string {
  const lead = /^[(]*/.exec(word)![0];
  const tail = /[),]*$/.exec(word.slice(lead.length))![0];
  const core = word.slice(lead.length, word.length - tail.length);
  const letters = core.replace(/\./g, "").toLowerCase();
  // A title is written with dots ("s.kom.", "dr.") or stands after the comma that ends the name.
  if ((core.includes(".") || afterComma) && TITLES[letters]) return lead + TITLES[letters] + tail;
  if (index > 0 && PARTICLES.has(core.toLowerCase())) return lead + core.toLowerCase() + tail;
  if (core.includes(".")) return lead + core.split(".").map(capitalise).join(".") + tail;
  return lead + capitalise(core) + tail;
}

/** True when the name itself (titles aside) is all lower case or all upper case. */
export function isSingleCase(name: string): boolean {
  const bare = (name.split(",")[0] ?? "")
    .split(" ")
    .filter((word) => !word.includes("."))
    .join(" ");
  const letters = bare.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  const word = letters.join("");
  return word === word.toLowerCase() || word === word.toUpperCase();
}

/** The name in proper case: "yohanes wenda, s.kom." -> "Yohanes Wenda, S.Kom.". */
export function properCaseName(name: string): string {
  let afterComma = false;
  return name
    .split(" ")
    .filter(Boolean)
    .map((word, index) => {
      const result = properWord(word, index, afterComma);
      if (word.includes(",")) afterComma = true;
      return result;
    })
    .join(" ");
}

/** The proper-case form to offer, or null when the name is fine as typed. */
export function suggestedNameCase(name: string): string | null {
  if (!isSingleCase(name)) return null;
  const proper = properCaseName(name);
  return proper === name ? null : proper;
}
