// "‹ 1 / 3 ›" under a paged list (pages start at 0 in the API, at 1 on screen).
import { t } from "./i18n.js";

export function Pager({ page, pageCount, onPage }: { page: number; pageCount: number; onPage: (page: number) => void }) {
  if (pageCount <= 1) return null;
  return (
    <div class="pager">
      <button type="button" disabled={page <= 0} onClick={() => onPage(page - 1)} aria-label={t("webapp-page-previous")}>
        ‹
      </button>
      <span>{t("webapp-page-of", { page: page + 1, count: pageCount })}</span>
      <button type="button" disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)} aria-label={t("webapp-page-next")}>
        ›
      </button>
    </div>
  );
}
