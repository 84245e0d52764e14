/** One page of a list, with the page clamped to what exists. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

export function pageOf<T>(all: readonly T[], page: number, pageSize: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(all.length / pageSize));
  const current = Math.min(Math.max(0, Math.trunc(page) || 0), pageCount - 1);
  return { items: all.slice(current * pageSize, (current + 1) * pageSize), total: all.length, page: current, pageCount };
}

/** The page number to read from the database for `total` rows, clamped the same way. */
export function clampPage(total: number, page: number, pageSize: number): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { page: Math.min(Math.max(0, Math.trunc(page) || 0), pageCount - 1), pageCount };
}
