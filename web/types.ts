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

export interface Paged<T> {
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  items: T[];
}

export type TaskScope = "national" | "all" | "provinces" | "regencies" | "list";

export interface TaskListItem {
  number: number;
  title: string;
  status: TaskStatus;
  progress: number;
  targetDate: string | null;
  overdue: boolean;
  scope: TaskScope;
  pokja: { id: number; name: string } | null;
}

export type AgencyStatus = TaskStatus | "belum_melapor";

export interface AgencyFigure {
  total: number;
  counts: Record<AgencyStatus, number>;
  reported: number;
  done: number;
  donePercent: number;
  averageProgress: number;
}

export interface AgencyEntry {
  status: TaskStatus;
  progress: number;
  note: string | null;
  evidenceUrl: string | null;
  evidenceFileName: string | null;
  updatedAt: string;
  updatedByName?: string | null;
}

export interface TaskHistoryItem {
  at: string;
  actorName: string | null;
  source: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  note: string | null;
}

export interface TaskPage {
  task: {
    number: number;
    title: string;
    description: string | null;
    legalBasis: string | null;
    agency: { name: string } | null;
    responsibleUnit: string | null;
    pokja: { id: number; name: string } | null;
    targetDate: string | null;
    overdue: boolean;
    status: TaskStatus;
    progress: number;
    note: string | null;
    scope: TaskScope;
    updatedAt: string | null;
    updatedByName: string | null;
  };
  canUpdateNational: boolean;
  following: boolean;
  history: Paged<TaskHistoryItem>;
  agencies: null | {
    figure: AgencyFigure;
    agencyEntryScope: "any" | "own" | null;
    myAgency: null | {
      agency: { id: number; code: string; name: string };
      applies: boolean;
      entry: AgencyEntry | null;
      history: { at: string; fromStatus: string | null; toStatus: string | null; fromProgress: number | null; toProgress: number | null; note: string | null; actorName: string | null }[];
    };
  };
}

export interface ProvinceRow extends AgencyFigure {
  provinceCode: string | null;
  provinceName: string | null;
  provinceAgency: { status: AgencyStatus } | null;
}

export interface TaskProvinces {
  task: { number: number; title: string; scope: TaskScope };
  figure: AgencyFigure;
  provinces: ProvinceRow[];
}

export interface TaskAgencies extends Paged<{ agency: { id: number; code: string; name: string; kind: string; provinceCode: string | null }; status: AgencyStatus; entry: AgencyEntry | null }> {
  task: { number: number; title: string; scope: TaskScope };
}

export type RecStatus = "diajukan" | "ditinjau" | "dibahas" | "diterima" | "ditolak" | "perlu_revisi" | "ditindaklanjuti" | "selesai";
export type RecCategory = "kebijakan" | "infrastruktur" | "aplikasi" | "data" | "keamanan" | "sdm" | "lainnya";

export interface PokjaList {
  items: { id: number; name: string; manages: boolean }[];
}

export interface RecCard {
  id: number;
  title: string;
  category: RecCategory;
  status: RecStatus;
  supportCount: number;
  submittedAt: string;
  updatedAt: string;
  submitter: { name: string; agencyName: string | null };
  mine: boolean;
  supported: boolean;
  following: boolean;
}

export interface RecBoard {
  pokja: { id: number; name: string };
  total: number;
  columns: (Paged<RecCard> & { status: RecStatus })[];
}

export interface RecReport {
  from: string | null;
  to: string;
  total: number;
  byStatus: Record<RecStatus, number>;
  scheduledForMeeting: number;
  byCategory: Record<RecCategory, number>;
  byProvince: { province: string; count: number }[];
  byMonth: { month: string; count: number }[];
}

export interface Registration {
  id: number;
  fullName: string;
  position: string | null;
  telegramUsername: string | null;
  agency: { name: string; kind: string; provinceName: string | null };
  registeredAt: string;
}
