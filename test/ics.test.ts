import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { type IcsMeeting, type IcsTimezone, icsFileName, meetingToIcs } from "../src/meetings/ics.js";

// ical.js 2 is ESM with a default export: the namespace object holding parse, Component, Event, ...
type IcalComponent = InstanceType<typeof ICAL.Component>;

function meeting(overrides: Partial<IcsMeeting> = {}): IcsMeeting {
  return {
    uid: "rapat-12@forum-kominfo-bot",
    sequence: 0,
    start: new Date("2026-12-28T02:00:00Z"),
    end: new Date("2026-12-28T04:30:00Z"),
    timezone: "Asia/Jakarta",
    title: "Rapat Pokja Kebijakan",
    description: "Agenda:\n1. Pembukaan\n2. Evaluasi SPBE",
    location: "Ruang Rapat Lt. 3, Gedung Diskominfo",
    url: "https://meet.example.org/rapat-12",
    organizerName: "Sekretariat Forum Kominfo",
    alarmLabel: "Pengingat",
    status: "CONFIRMED",
    alarmsMinutesBefore: [1440, 60],
    createdAt: new Date("2026-12-01T08:15:30Z"),
    ...overrides,
  };
}

interface Parsed {
  calendar: IcalComponent;
  vevent: IcalComponent;
  event: InstanceType<typeof ICAL.Event>;
}

/** Parse with ical.js, registering the file's own VTIMEZONE so TZID times convert to instants. */
function parse(ics: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezones = calendar.getAllSubcomponents("vtimezone");
  expect(vtimezones).toHaveLength(1);
  ICAL.TimezoneService.register(vtimezones[0]!);
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

function physicalLines(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  return ics.slice(0, -2).split("\r\n");
}

beforeEach(() => {
  // Start each test with only UTC known, so a zone can only come from the file under test.
  ICAL.TimezoneService.reset();
});

describe("meetingToIcs", () => {
  const zones: Array<[IcsTimezone, string, string, string]> = [
    ["Asia/Jakarta", "+0700", "WIB", "20261228T090000"],
    ["Asia/Makassar", "+0800", "WITA", "20261228T100000"],
    ["Asia/Jayapura", "+0900", "WIT", "20261228T110000"],
  ];

  it.each(zones)("writes %s local time that converts back to the same UTC instants", (timezone, offset, name, localStart) => {
    const input = meeting({ timezone });
    const ics = meetingToIcs(input);
    expect(ics).toContain(`\r\nDTSTART;TZID=${timezone}:${localStart}\r\n`);

    const { calendar, event } = parse(ics);
    expect(ICAL.TimezoneService.has(timezone)).toBe(true);

    const vtimezone = calendar.getFirstSubcomponent("vtimezone")!;
    expect(vtimezone.getFirstPropertyValue("tzid")).toBe(timezone);
    const standard = vtimezone.getFirstSubcomponent("standard")!;
    expect(standard.getFirstProperty("tzoffsetfrom")!.toICALString()).toBe(`TZOFFSETFROM:${offset}`);
    expect(standard.getFirstProperty("tzoffsetto")!.toICALString()).toBe(`TZOFFSETTO:${offset}`);
    expect(standard.getFirstPropertyValue("tzname")).toBe(name);
    expect(standard.getFirstProperty("dtstart")!.toICALString()).toBe("DTSTART:19700101T000000");

    expect(event.startDate.zone?.tzid).toBe(timezone);
    expect(event.endDate.zone?.tzid).toBe(timezone);
    expect(event.startDate.toJSDate().toISOString()).toBe(input.start.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(input.end.toISOString());
    expect(event.startDate.utcOffset()).toBe(Number(offset.slice(1, 3)) * 3600);
  });

  it("converts across the local date line (early morning in WIT is the previous day in UTC)", () => {
    const input = meeting({
      timezone: "Asia/Jayapura",
      start: new Date("2026-12-27T22:30:00Z"),
      end: new Date("2026-12-28T00:15:00Z"),
    });
    const ics = meetingToIcs(input);
    expect(ics).toContain("DTSTART;TZID=Asia/Jayapura:20261228T073000\r\n");
    const { event } = parse(ics);
    expect(event.startDate.toJSDate().toISOString()).toBe(input.start.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(input.end.toISOString());
  });

  it("writes the calendar header, DTSTAMP in UTC and the event properties", () => {
    const ics = meetingToIcs(meeting({ sequence: 3 }));
    const { calendar, vevent, event } = parse(ics);
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Forum Kominfo//Forum Kominfo Bot//ID");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");

    expect(event.uid).toBe("rapat-12@forum-kominfo-bot");
    expect(event.sequence).toBe(3);
    expect(ics).toContain("\r\nDTSTAMP:20261201T081530Z\r\n");
    const dtstamp = vevent.getFirstPropertyValue("dtstamp") as InstanceType<typeof ICAL.Time>;
    expect(dtstamp.toJSDate().toISOString()).toBe("2026-12-01T08:15:30.000Z");

    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(vevent.getFirstPropertyValue("transp")).toBe("OPAQUE");
    expect(vevent.getFirstPropertyValue("url")).toBe("https://meet.example.org/rapat-12");
    const organizer = vevent.getFirstProperty("organizer")!;
    expect(organizer.getFirstValue()).toBe("mailto:sekretariat@forum-kominfo.invalid");
    expect(organizer.getParameter("cn")).toBe("Sekretariat Forum Kominfo");
    expect(vevent.getFirstProperty("attendee")).toBeNull();
  });

  it("round-trips summary, description and location exactly, including special characters", () => {
    const title = "Rapat Koordinasi; Evaluasi, \"Indeks\" SPBE \\ Tahap 2 — Ṡelasa 📅🇮🇩";
    const description = [
      "Agenda rapat:",
      "1. Pembukaan oleh Kepala Dinas; dilanjutkan sambutan, doa",
      "2. Paparan: C:\\Dokumen\\SPBE\\laporan.pdf",
      "\\n bukan baris baru, tapi dua karakter",
      "",
      "Catatan 🙏👨‍👩‍👧: harap hadir tepat waktu.",
    ].join("\n");
    const location = "Aula Lt. 2, Jl. Medan Merdeka Barat No. 9; Jakarta Pusat / https://zoom.example/j/123?pwd=a,b;c";
    const { event, vevent } = parse(meetingToIcs(meeting({ title, description, location })));
    expect(event.summary).toBe(title);
    expect(event.description).toBe(description);
    expect(event.location).toBe(location);
    expect(vevent.getFirstPropertyValue("location")).toBe(location);
  });

  it("escapes TEXT as RFC 5545 says (ical.js would forgive an unescaped comma; stricter clients do not)", () => {
    const ics = meetingToIcs(meeting({ title: "A, B; C\\D", description: "baris 1\nbaris: 2", location: "Aula, Lt. 2" }));
    const unfolded = ics.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("\r\nSUMMARY:A\\, B\\; C\\\\D\r\n");
    expect(unfolded).toContain("\r\nDESCRIPTION:baris 1\\nbaris: 2\r\n");
    expect(unfolded).toContain("\r\nLOCATION:Aula\\, Lt. 2\r\n");
    expect(unfolded).toContain("\r\nDESCRIPTION:Pengingat: A\\, B\\; C\\\\D\r\n");
  });

  it("normalises CRLF and CR in the agenda to plain newlines", () => {
    const { event } = parse(meetingToIcs(meeting({ description: "Satu\r\nDua\rTiga\nEmpat" })));
    expect(event.description).toBe("Satu\nDua\nTiga\nEmpat");
  });

  it("folds a 300-character agenda at 75 octets without splitting a UTF-8 character", () => {
    const unit = "Pembahasan é ✓ 📊; ";
    let description = "";
    while ([...description].length < 300) description += unit;
    description = [...description].slice(0, 300).join("");
    expect([...description]).toHaveLength(300);
    const title = "Ü".repeat(50) + "📌".repeat(30);

    const ics = meetingToIcs(meeting({ title, description }));
    const bytes = Buffer.from(ics, "utf8");
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let start = 0;
    let folded = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(start, i);
        expect(line.length).toBeLessThanOrEqual(75);
        // Each physical line on its own is valid UTF-8: no multi-byte sequence was cut.
        expect(() => decoder.decode(line)).not.toThrow();
        if (line[0] === 0x20) folded++;
        start = i + 2;
        i++;
      }
    }
    expect(start).toBe(bytes.length);
    expect(folded).toBeGreaterThan(5);

    const { event } = parse(ics);
    expect(event.description).toBe(description);
    expect(event.summary).toBe(title);
  });

  it("uses CRLF everywhere and keeps every line within 75 octets", () => {
    const ics = meetingToIcs(
      meeting({
        title: "x".repeat(200),
        description: "Baris satu\nBaris dua\r\nBaris tiga",
        location: "y".repeat(150),
        url: `https://meet.example.org/${"z".repeat(120)}`,
        organizerName: "Sekretariat Forum Komunikasi dan Informatika Provinsi, Kabupaten; Kota: \"Indonesia\"",
      }),
    );
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of physicalLines(ics)) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("\r\nEND:VCALENDAR\r\n")).toBe(true);
    const { vevent } = parse(ics);
    expect(vevent.getFirstProperty("organizer")!.getParameter("cn")).toBe(
      "Sekretariat Forum Komunikasi dan Informatika Provinsi, Kabupaten; Kota: 'Indonesia'",
    );
  });

  it("writes one VALARM per reminder with the right trigger", () => {
    const { vevent } = parse(meetingToIcs(meeting({ alarmsMinutesBefore: [1440, 60] })));
    const alarms = vevent.getAllSubcomponents("valarm");
    expect(alarms).toHaveLength(2);
    const triggers = alarms.map((alarm) => (alarm.getFirstPropertyValue("trigger") as InstanceType<typeof ICAL.Duration>).toSeconds());
    expect(triggers).toEqual([-86_400, -3_600]);
    for (const alarm of alarms) {
      expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(alarm.getFirstPropertyValue("description")).toBe("Pengingat: Rapat Pokja Kebijakan");
    }
  });

  it("writes days as -P<n>D, hours as -PT<n>H and anything else as -PT<n>M", () => {
    const ics = meetingToIcs(meeting({ alarmsMinutesBefore: [2880, 1440, 120, 90, 15, 0] }));
    const triggers = physicalLines(ics).filter((line) => line.startsWith("TRIGGER:"));
    expect(triggers).toEqual([
      "TRIGGER:-P2D",
      "TRIGGER:-P1D",
      "TRIGGER:-PT2H",
      "TRIGGER:-PT90M",
      "TRIGGER:-PT15M",
      "TRIGGER:PT0M",
    ]);
    const { vevent } = parse(ics);
    const seconds = vevent
      .getAllSubcomponents("valarm")
      .map((alarm) => (alarm.getFirstPropertyValue("trigger") as InstanceType<typeof ICAL.Duration>).toSeconds());
    expect(seconds).toEqual([-172_800, -86_400, -7_200, -5_400, -900, 0]);
  });

  it("writes a cancellation with METHOD:CANCEL, STATUS:CANCELLED, the same UID and a higher SEQUENCE", () => {
    const original = meeting();
    const cancelled = meeting({ status: "CANCELLED", sequence: 2 });
    const first = parse(meetingToIcs(original));
    const ics = meetingToIcs(cancelled);
    const second = parse(ics);
    expect(second.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(second.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(second.event.uid).toBe(first.event.uid);
    expect(second.event.sequence).toBeGreaterThan(first.event.sequence);
    expect(second.vevent.getFirstProperty("organizer")).not.toBeNull();
    // No reminder should still ring for a meeting that will not happen.
    expect(second.vevent.getAllSubcomponents("valarm")).toHaveLength(0);
    expect(second.event.startDate.toJSDate().toISOString()).toBe(cancelled.start.toISOString());
  });

  it("leaves out empty location and anything that is not an http(s) URL", () => {
    const ics = meetingToIcs(meeting({ location: "  ", url: "javascript:alert(1)" }));
    expect(ics).not.toContain("LOCATION");
    expect(ics).not.toMatch(/\r\nURL:/);
    const none = meetingToIcs(meeting({ location: undefined, url: undefined }));
    expect(none).not.toContain("LOCATION");
    expect(none).not.toMatch(/\r\nURL:/);
    expect(() => parse(none)).not.toThrow();
  });

  it("rejects an end before the start, a bad date or a negative sequence", () => {
    expect(() => meetingToIcs(meeting({ end: new Date("2026-12-28T01:00:00Z") }))).toThrow(RangeError);
    expect(() => meetingToIcs(meeting({ start: new Date(Number.NaN) }))).toThrow(RangeError);
    expect(() => meetingToIcs(meeting({ sequence: -1 }))).toThrow(RangeError);
    expect(() => meetingToIcs(meeting({ alarmsMinutesBefore: [-5] }))).toThrow(RangeError);
  });
});

describe("icsFileName", () => {
  it("slugs the title and adds the meeting's local date", () => {
    expect(icsFileName("Rapat Pokja Kebijakan", new Date("2026-12-28T02:00:00Z"))).toBe(
      "rapat-pokja-kebijakan-2026-12-28.ics",
    );
    // 06.00 WIB on the 28th is still the 27th in UTC.
    expect(icsFileName("Rapat Pokja Kebijakan", new Date("2026-12-27T23:00:00Z"))).toBe(
      "rapat-pokja-kebijakan-2026-12-28.ics",
    );
    // 16.30 UTC is 23.30 WIB on the 27th but 01.30 WIT on the 28th.
    expect(icsFileName("Rapat", new Date("2026-12-27T16:30:00Z"), "Asia/Jakarta")).toBe("rapat-2026-12-27.ics");
    expect(icsFileName("Rapat", new Date("2026-12-27T16:30:00Z"), "Asia/Jayapura")).toBe("rapat-2026-12-28.ics");
  });

  it("is ASCII and safe as a file name whatever the title", () => {
    const titles = [
      "Évaluasi Ṡistem — Pemerintahan Berbasis Elektronik (SPBE) 2026",
      "../../etc/passwd",
      "C:\\Windows\\System32; rm -rf / & echo \"x\"",
      "📅🇮🇩🙏",
      "",
      "   ",
      "Rapat\r\nKoordinasi\u0000",
      "Ṙapat ".repeat(40),
      "会议 Rapat",
    ];
    for (const title of titles) {
      const name = icsFileName(title, new Date("2026-12-28T02:00:00Z"));
      expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-2026-12-28\.ics$/);
      expect(name.length).toBeLessThanOrEqual(80);
    }
    expect(icsFileName("Évaluasi Ṡistem — SPBE", new Date("2026-12-28T02:00:00Z"))).toBe(
      "evaluasi-sistem-spbe-2026-12-28.ics",
    );
    expect(icsFileName("../../etc/passwd", new Date("2026-12-28T02:00:00Z"))).toBe("etc-passwd-2026-12-28.ics");
    expect(icsFileName("📅", new Date("2026-12-28T02:00:00Z"))).toBe("rapat-2026-12-28.ics");
  });
});
