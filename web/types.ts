// The API's answers as the page reads them (docs/webapp-api.md).
export type TaskStatus = "belum_dimulai" | "berjalan" | "selesai" | "ditunda";

export interface Me {
  name: string;
  role: string;
  isAdmin: boolean;
  isStaff: boolean;
  agency: { name: string; kind: string; provinceName: string | null } | null;
  language: "id" | "en";
  timezone: string;
  zone: string | null;
}

export interface SummaryRow {
  total: number;
  counts: Record<TaskStatus, number>;
  overdue: number;
  averageProgress: number;
}

export interface TaskSummary {
  generatedAt: string;
  statuses: TaskStatus[];
  total: SummaryRow;
  byPokja: (SummaryRow & { pokjaId: number | null; name: string })[];
}

export type Rsvp = "pending" | "hadir" | "tidak_hadir" | "diwakilkan";

export interface MeetingItem {
  id: number;
  title: string;
  agenda: string;
  pokja: { id: number; name: string } | null;
  startsAt: string;
  endsAt: string;
  timezone: string;
  place: string | null;
  onlineUrl: string | null;
  status: string;
  myAnswer: { rsvp: Rsvp; deputyName: string | null; respondedAt: string | null };
  canAnswer: boolean;
}

export interface MeetingList {
  upcoming: MeetingItem[];
  recent: MeetingItem[];
}
