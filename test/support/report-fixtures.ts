// Rows and labels shared by the recommendation report tests (chart, and CSV/XLSX exports).
import type { ExportLabels, ReportLabels, ReportRow } from "../../src/recommendations/recommendation-report.js";
import { CATEGORIES, STATUSES, type Category, type Status } from "../../src/recommendations/recommendation-types.js";

export const CENTRAL = "Kementerian/pusat";

export const STATUS_NAMES: Record<Status, string> = {
  diajukan: "Diajukan",
  ditinjau: "Ditinjau",
  dibahas: "Dibahas",
  diterima: "Diterima",
  ditolak: "Ditolak",
  perlu_revisi: "Perlu revisi",
  ditindaklanjuti: "Ditindaklanjuti",
  selesai: "Selesai",
};

export const CATEGORY_NAMES: Record<Category, string> = {
  kebijakan: "Kebijakan & regulasi",
  infrastruktur: "Infrastruktur",
  aplikasi: "Aplikasi",
  data: "Data & informasi",
  keamanan: "Keamanan informasi",
  sdm: "SDM <talenta> digital",
  lainnya: "Lainnya",
};

export const CHART_LABELS: ReportLabels = {
  title: "Rekap Usulan Forum Kominfo & <Pokja>",
  subtitle: "1 Oktober – 28 November 2026 · 37 usulan",
  byStatus: "Menurut status",
  byCategory: "Menurut kategori",
  byProvince: "Menurut provinsi",
  statusNames: STATUS_NAMES,
  categoryNames: CATEGORY_NAMES,
  empty: "Belum ada usulan pada periode ini",
  moreProvinces: (count) => `… dan ${count} provinsi lain`,
};

export const EXPORT_LABELS: ExportLabels = {
  headings: {
    id: "No.",
    pokja: "Pokja",
    category: "Kategori",
    status: "Status",
    title: "Judul",
    submitter: "Pengusul",
    agency: "Instansi",
    province: "Provinsi",
    supports: "Dukungan",
    submitted: "Diajukan pada",
    updated: "Diperbarui pada",
    task: "Tugas SPBE",
  },
  statusNames: STATUS_NAMES,
  categoryNames: CATEGORY_NAMES,
  centralLabel: CENTRAL,
  sheetRows: "Usulan",
  sheetSummary: "Rekap",
  count: "Jumlah",
  total: "Total",
  summaryTitle: "Rekap Usulan · 1 Oktober – 28 November 2026",
};

let nextId = 1;
export function row(overrides: Partial<ReportRow> = {}): ReportRow {
  return {
    id: nextId++,
    pokjaName: "Tata Kelola & Kebijakan",
    category: "kebijakan",
    status: "diajukan",
    title: "Integrasi layanan kependudukan daerah",
    submitterName: "Budi Santoso",
    agencyName: "Dinas Kominfo Provinsi Jawa Barat",
    provinceName: "Jawa Barat",
    supportCount: 0,
    submittedAt: new Date("2026-10-01T02:30:00Z"),
    updatedAt: new Date("2026-10-02T16:45:00Z"),
    relatedTaskNumber: null,
    ...overrides,
  };
}

/** 14 provinces plus the ministry: 37 rows. */
export function manyRows(): ReportRow[] {
  const provinces: (string | null)[] = [
    "Jawa Barat", "Jawa Timur", "DKI Jakarta", "Daerah Istimewa Yogyakarta", "Bali", "Aceh", "Riau",
    "Kalimantan Timur", "Nusa Tenggara Timur", "Sulawesi Selatan", "Maluku & <Utara>", "Papua", "Gorontalo", "Banten", null,
  ];
  const rows: ReportRow[] = [];
  for (let i = 0; i < 37; i++) {
    rows.push(row({
      status: STATUSES[(i * 5) % 7]!, // never "selesai"
      category: CATEGORIES[i % 5]!, // never "sdm" or "lainnya"
      provinceName: provinces[i < 10 ? 0 : i % provinces.length]!,
    }));
  }
  return rows;
}

