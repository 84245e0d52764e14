/**
 * CSV as Excel and LibreOffice open it without questions: UTF-8 with a byte-order mark, CRLF line
 * ends, every field quoted when it needs to be. Text that starts like a formula (user input such as
 * "=HYPERLINK(...)") is prefixed with an apostrophe so that a spreadsheet does not run it; plain
 * numbers such as "+6281234567890" are left alone.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): Buffer {
  const cell = (value: string | number | null | undefined) => {
    let text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+$/.test(text)) text = `'${text}`;
    return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [headers, ...rows].map((row) => row.map(cell).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
