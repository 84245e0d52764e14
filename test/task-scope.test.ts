import { describe, expect, it } from "vitest";
import { formatTaskScope, parseTaskScope, SCOPE_LIST_MAX } from "../src/spbe-tasks/task-scope.js";

const ok = (raw: string, known?: ReadonlySet<string>) => {
  const result = parseTaskScope(raw, known);
  if (!result.ok) throw new Error(`refused ${raw}: ${JSON.stringify(result.error)}`);
  return result.value;
};

describe("berlaku_untuk (task scope cell)", () => {
  it("reads the words, case- and space-insensitively; empty is national", () => {
    expect(ok("").scope).toBe("national");
    expect(ok("Nasional").scope).toBe("national");
    expect(ok("  SEMUA ").scope).toBe("all");
    expect(ok("semua instansi").scope).toBe("all");
    expect(ok("provinsi").scope).toBe("provinces");
    expect(ok("kabkota").scope).toBe("regencies");
    expect(ok("Kab / Kota").scope).toBe("regencies");
    expect(ok("kabupaten/kota").scope).toBe("regencies");
    expect(ok("semua").agencyCodes).toEqual([]);
  });

  it("reads a list of codes with or without 'daftar', any separator, each code once", () => {
    expect(ok("daftar: 35.78; 35.15")).toEqual({ scope: "list", agencyCodes: ["35.78", "35.15"] });
    expect(ok("35.78, 35 | kominfo-aptika 35.78")).toEqual({ scope: "list", agencyCodes: ["35.78", "35", "KOMINFO-APTIKA"] });
    expect(ok("Daftar 73.71")).toEqual({ scope: "list", agencyCodes: ["73.71"] });
  });

  it("refuses unknown words, malformed codes, an empty list, too many codes and codes outside the registry", () => {
    expect(parseTaskScope("sebagian")).toEqual({ ok: false, error: { code: "invalid_scope", value: "sebagian" } });
    expect(parseTaskScope("35.7")).toMatchObject({ ok: false, error: { code: "invalid_scope" } });
    expect(parseTaskScope("35.78; semua")).toMatchObject({ ok: false, error: { code: "invalid_scope" } });
    expect(parseTaskScope("daftar:")).toEqual({ ok: false, error: { code: "empty_list" } });
    const many = Array.from({ length: SCOPE_LIST_MAX + 1 }, (_, i) => `${String(10 + Math.floor(i / 100)).padStart(2, "0")}.${String(i % 100).padStart(2, "0")}`);
    expect(parseTaskScope(many.join(";"))).toMatchObject({ ok: false, error: { code: "too_many_agencies", count: SCOPE_LIST_MAX + 1 } });
    const known = new Set(["35.78", "35.15"]);
    expect(ok("35.78;35.15", known).agencyCodes).toHaveLength(2);
    expect(parseTaskScope("35.78; 99.99; 98.01", known)).toEqual({ ok: false, error: { code: "unknown_agency", codes: ["99.99", "98.01"] } });
  });

  it("writes what it reads back", () => {
    for (const scope of ["national", "all", "provinces", "regencies"] as const) expect(ok(formatTaskScope(scope)).scope).toBe(scope);
    expect(formatTaskScope("list", ["35.78", "35.15"])).toBe("daftar: 35.78; 35.15");
    expect(ok(formatTaskScope("list", ["35.78", "35.15"]))).toEqual({ scope: "list", agencyCodes: ["35.78", "35.15"] });
  });
});
