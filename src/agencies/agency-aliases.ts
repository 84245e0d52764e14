/**
 * How officials name their agency, as data: province abbreviations, the many regional names of the
 * Diskominfo, words that only say "government" or "kabupaten/kota", and the names the ministry had.
 * All words are lower case, as normalizeSearchText leaves them. Search (agency-query.ts) tolerates one
 * wrong, missing or extra letter in words of four letters or more, so typos need no entries here.
 */
import type { AgencyKind } from "./agency-registry.js";

/**
 * Abbreviations of the 38 provinces (Kemendagri codes), for words that are not part of the name:
 * a province spelt out ("jawa barat", "bali", "papua barat daya") is found by its name words.
 */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  "11": ["nad"],
  "12": ["sumut"],
  "13": ["sumbar"],
  "14": [],
  "15": [],
  "16": ["sumsel"],
  "17": [],
  "18": [],
  "19": ["babel"],
  "21": ["kepri"],
  // Daerah Khusus Jakarta since UU 2/2024; "DKI" is in the name.
  "31": ["jkt", "dkj"],
  "32": ["jabar"],
  "33": ["jateng"],
  "34": ["diy", "jogja", "yogya", "jogjakarta"],
  "35": ["jatim"],
  "36": [],
  "51": [],
  "52": ["ntb"],
  "53": ["ntt"],
  "61": ["kalbar"],
  "62": ["kalteng"],
  "63": ["kalsel"],
  "64": ["kaltim"],
  "65": ["kaltara"],
  "71": ["sulut"],
  "72": ["sulteng"],
  "73": ["sulsel"],
  "74": ["sultra"],
  "75": [],
  "76": ["sulbar"],
  "81": [],
  "82": ["malut"],
  "91": [],
  "92": ["pabar"],
  "93": ["papsel"],
  "94": ["papteng"],
  "95": ["papeg", "pappeg"],
  "96": ["pbd"],
};

/** Words that name the kind of government ("kab." is normalized to "kab"). */
export const KIND_WORDS: Readonly<Record<string, Exclude<AgencyKind, "pusat">>> = {
  kab: "kabupaten",
  kabupaten: "kabupaten",
  pemkab: "kabupaten",
  kota: "kota",
  pemkot: "kota",
  kotamadya: "kota",
  kodya: "kota",
  prov: "provinsi",
  provinsi: "provinsi",
  propinsi: "provinsi",
  pemprov: "provinsi",
};

/**
 * Words that say "a Kominfo office of some government" without saying which one: the dinas under its
 * regional names (Diskominfotik, Diskominfosandi, Diskominfostandi, Diskominfo SP...) and generic words.
 */
export const FILLER_WORDS: readonly string[] = [
  "dinas",
  "dan",
  "di",
  "komunikasi",
  "informatika",
  "statistik",
  "persandian",
  "sandi",
  "sp",
  "pemerintah",
  "pemda",
  "daerah",
  "khusus",
  "ibukota",
  "administrasi",
  "adm",
  "diskominfo",
  "diskominfotik",
  "diskominfosandi",
  "diskominfostandi",
  "diskominfostan",
  "diskominfosan",
  "diskominfotiksan",
  "diskominfosantik",
  "diskominfostasan",
  "diskominfotiksandi",
  "diskominfops",
  "diskomdigi",
  "dkis",
];

/**
 * "Kominfo" on its own means the ministry (the central units); next to a region ("kominfo jabar",
 * "dinas kominfo bandung") it only says which dinas, like the filler words.
 */
export const MINISTRY_SHORT_NAME = "kominfo";

/** Search words every ministry unit carries: the ministry's current and former names. */
export const MINISTRY_SEARCH_WORDS: readonly string[] = [
  "kementerian komunikasi dan digital",
  "komdigi",
  "kemkomdigi",
  "kemenkomdigi",
  "kementerian komunikasi dan informatika",
  "kominfo",
  "kemkominfo",
  "kemenkominfo",
];

/** Search words of the units that were part of the former Direktorat Jenderal Aplikasi Informatika. */
export const FORMER_APTIKA_SEARCH_WORDS: readonly string[] = ["aptika", "ditjen aplikasi informatika", "tpd"];

/**
 * Common abbreviations of kabupaten and kota, by the area's name in the registry (the registry
 * refuses a name it does not know). They become search words of that agency.
 */
export const AREA_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  "Kota Administrasi Jakarta Pusat": ["jakpus"],
  "Kota Administrasi Jakarta Utara": ["jakut"],
  "Kota Administrasi Jakarta Barat": ["jakbar"],
  "Kota Administrasi Jakarta Selatan": ["jaksel"],
  "Kota Administrasi Jakarta Timur": ["jaktim"],
  "Kota Tangerang Selatan": ["tangsel"],
  "Kabupaten Tapanuli Utara": ["taput"],
  "Kabupaten Tapanuli Selatan": ["tapsel"],
  "Kabupaten Tapanuli Tengah": ["tapteng"],
  "Kabupaten Mandailing Natal": ["madina"],
  "Kabupaten Serdang Bedagai": ["sergai"],
  "Kabupaten Labuhanbatu Selatan": ["labusel"],
  "Kabupaten Labuhanbatu Utara": ["labura"],
  "Kabupaten Pesisir Selatan": ["pessel"],
  "Kabupaten Pasaman Barat": ["pasbar"],
  "Kabupaten Indragiri Hulu": ["inhu"],
  "Kabupaten Indragiri Hilir": ["inhil"],
  "Kabupaten Kuantan Singingi": ["kuansing"],
  "Kabupaten Rokan Hulu": ["rohul"],
  "Kabupaten Rokan Hilir": ["rohil"],
  "Kabupaten Ogan Komering Ulu": ["oku"],
  "Kabupaten Ogan Komering Ulu Timur": ["oku"],
  "Kabupaten Ogan Komering Ulu Selatan": ["oku"],
  "Kabupaten Ogan Komering Ilir": ["oki"],
  "Kabupaten Musi Banyuasin": ["muba"],
  "Kabupaten Musi Rawas": ["mura"],
  "Kabupaten Musi Rawas Utara": ["muratara"],
  "Kabupaten Penukal Abab Lematang Ilir": ["pali"],
  "Kabupaten Lampung Selatan": ["lamsel"],
  "Kabupaten Lampung Tengah": ["lamteng"],
  "Kabupaten Lampung Timur": ["lamtim"],
  "Kabupaten Lampung Utara": ["lampura"],
  "Kabupaten Lampung Barat": ["lambar"],
  "Kabupaten Tulang Bawang Barat": ["tubaba"],
  "Kabupaten Lombok Barat": ["lobar"],
  "Kabupaten Lombok Tengah": ["loteng"],
  "Kabupaten Lombok Timur": ["lotim"],
  "Kabupaten Lombok Utara": ["klu"],
  "Kabupaten Sumbawa Barat": ["ksb"],
  "Kabupaten Timor Tengah Selatan": ["tts"],
  "Kabupaten Timor Tengah Utara": ["ttu"],
  "Kabupaten Sumba Barat Daya": ["sbd"],
  "Kabupaten Manggarai Barat": ["mabar"],
  "Kabupaten Manggarai Timur": ["matim"],
  "Kabupaten Kayong Utara": ["kku"],
  "Kabupaten Kotawaringin Barat": ["kobar"],
  "Kabupaten Kotawaringin Timur": ["kotim"],
  "Kabupaten Hulu Sungai Selatan": ["hss"],
  "Kabupaten Hulu Sungai Tengah": ["hst"],
  "Kabupaten Hulu Sungai Utara": ["hsu"],
  "Kabupaten Tanah Bumbu": ["tanbu"],
  "Kabupaten Barito Kuala": ["batola"],
  "Kabupaten Kutai Kartanegara": ["kukar"],
  "Kabupaten Kutai Timur": ["kutim"],
  "Kabupaten Kutai Barat": ["kubar"],
  "Kabupaten Bolaang Mongondow": ["bolmong"],
  "Kabupaten Bolaang Mongondow Utara": ["bolmong", "bolmut"],
  "Kabupaten Bolaang Mongondow Timur": ["bolmong", "boltim"],
  "Kabupaten Bolaang Mongondow Selatan": ["bolmong", "bolsel"],
  "Kabupaten Minahasa Utara": ["minut"],
  "Kabupaten Minahasa Selatan": ["minsel"],
  "Kabupaten Minahasa Tenggara": ["mitra"],
  "Kabupaten Parigi Moutong": ["parimo"],
  "Kabupaten Pangkajene dan Kepulauan": ["pangkep"],
  "Kabupaten Sidenreng Rappang": ["sidrap"],
  "Kabupaten Luwu Utara": ["lutra"],
  "Kabupaten Luwu Timur": ["lutim"],
  "Kabupaten Toraja Utara": ["torut"],
  "Kabupaten Konawe Selatan": ["konsel"],
  "Kabupaten Konawe Utara": ["konut"],
  "Kabupaten Konawe Kepulauan": ["konkep"],
  "Kabupaten Bone Bolango": ["bonbol"],
  "Kabupaten Mamuju Tengah": ["mateng"],
  "Kabupaten Maluku Tengah": ["malteng"],
  "Kabupaten Maluku Tenggara": ["malra"],
  "Kabupaten Maluku Barat Daya": ["mbd"],
  "Kabupaten Seram Bagian Timur": ["sbt"],
  "Kabupaten Seram Bagian Barat": ["sbb"],
  "Kabupaten Halmahera Barat": ["halbar"],
  "Kabupaten Halmahera Tengah": ["halteng"],
  "Kabupaten Halmahera Utara": ["halut"],
  "Kabupaten Halmahera Selatan": ["halsel"],
  "Kabupaten Halmahera Timur": ["haltim"],
  "Kabupaten Kepulauan Sula": ["kepsul"],
  "Kabupaten Manokwari Selatan": ["mansel"],
  "Kabupaten Pegunungan Arfak": ["pegaf"],
  "Kabupaten Pegunungan Bintang": ["pegubin"],
};
