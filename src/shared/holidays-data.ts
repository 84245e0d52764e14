// Indonesian public holidays (libur nasional) and cuti bersama as the government decreed them, by
// year. A year listed here is complete and wins over the date-holidays library, whose Islamic days
// are computed and may differ by a day from the decree (and whose names are sometimes wrong).
//
// Source, 2026: Surat Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri
// Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025,
// Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026.
// 2027: the SKB for 2027 is not recorded here yet; until it is, the library's list is used (without
// cuti bersama). Each year, when the SKB is signed (usually September), add its year below.

export interface DecreedDay {
  /** "YYYY-MM-DD", a calendar day in Indonesia. */
  date: string;
  name: string;
  kind: "holiday" | "cuti_bersama";
}

export const DECREED_YEARS: Record<number, { source: string; days: DecreedDay[] }> = {
  2026: {
    source: "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025",
    days: [
      { date: "2026-01-01", name: "Tahun Baru 2026 Masehi", kind: "holiday" },
      { date: "2026-01-16", name: "Isra Mikraj Nabi Muhammad SAW", kind: "holiday" },
      { date: "2026-02-16", name: "cuti bersama Tahun Baru Imlek", kind: "cuti_bersama" },
      { date: "2026-02-17", name: "Tahun Baru Imlek 2577 Kongzili", kind: "holiday" },
      { date: "2026-03-18", name: "cuti bersama Hari Suci Nyepi", kind: "cuti_bersama" },
      { date: "2026-03-19", name: "Hari Suci Nyepi (Tahun Baru Saka 1948)", kind: "holiday" },
      { date: "2026-03-20", name: "cuti bersama Idulfitri", kind: "cuti_bersama" },
      { date: "2026-03-21", name: "Idulfitri 1447 Hijriah", kind: "holiday" },
      { date: "2026-03-22", name: "Idulfitri 1447 Hijriah", kind: "holiday" },
      { date: "2026-03-23", name: "cuti bersama Idulfitri", kind: "cuti_bersama" },
      { date: "2026-03-24", name: "cuti bersama Idulfitri", kind: "cuti_bersama" },
      { date: "2026-04-03", name: "Wafat Yesus Kristus", kind: "holiday" },
      { date: "2026-04-05", name: "Kebangkitan Yesus Kristus (Paskah)", kind: "holiday" },
      { date: "2026-05-01", name: "Hari Buruh Internasional", kind: "holiday" },
      { date: "2026-05-14", name: "Kenaikan Yesus Kristus", kind: "holiday" },
      { date: "2026-05-15", name: "cuti bersama Kenaikan Yesus Kristus", kind: "cuti_bersama" },
      { date: "2026-05-27", name: "Iduladha 1447 Hijriah", kind: "holiday" },
      { date: "2026-05-28", name: "cuti bersama Iduladha", kind: "cuti_bersama" },
      { date: "2026-05-31", name: "Hari Raya Waisak 2570 BE", kind: "holiday" },
      { date: "2026-06-01", name: "Hari Lahir Pancasila", kind: "holiday" },
      { date: "2026-06-16", name: "1 Muharam Tahun Baru Islam 1448 Hijriah", kind: "holiday" },
      { date: "2026-08-17", name: "Proklamasi Kemerdekaan", kind: "holiday" },
      { date: "2026-08-25", name: "Maulid Nabi Muhammad SAW", kind: "holiday" },
      { date: "2026-12-24", name: "cuti bersama Hari Raya Natal", kind: "cuti_bersama" },
      { date: "2026-12-25", name: "Hari Raya Natal", kind: "holiday" },
    ],
  },
};
