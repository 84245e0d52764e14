// Small field builders shared by the endpoints: every answer is built field by field from these.

/** A calendar day stored as midnight UTC (a task's target date) as "YYYY-MM-DD". */
export function dayOf(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function isoOf(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

/** A history row's stored JSON, or {} when it cannot be read. */
export function parsedChanges(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A page answer's paging fields. */
export function pageFields(page: { total: number; page: number; pageCount: number }, pageSize: number) {
  return { total: page.total, page: page.page, pageCount: page.pageCount, pageSize };
}
