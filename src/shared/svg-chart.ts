// What the bot's charts (the /tugas summary, the recommendations report) share: SVG text that is
// escaped, measured and cut to fit, the common colours, rectangles and bars, the title block, and
// rendering to PNG with resvg.
//
// resvg is a prebuilt native binary from npm. The font is the DejaVu Sans TTF shipped by the
// `dejavu-fonts-ttf` package, and system fonts are never loaded, so a chart looks the same on every
// machine, including one with no fonts installed.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";

import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

import type { OffThread } from "./off-thread.js";

export const CHART_FONT_FAMILY = "DejaVu Sans";

/** Colours every chart uses for text and lines. */
export const CHART_INK = {
  /** Main text. */
  text: "#212121",
  /** Secondary text: subtitles, zero counts, "no data". */
  muted: "#616161",
  /** Rules and outlines. */
  rule: "#CFD8DC",
  /** The empty part of a bar. */
  track: "#ECEFF1",
  background: "#FFFFFF",
} as const;

// ---------------------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------------------

/** XML-escapes text and drops characters that XML 1.0 does not allow (a name could hold any of them). */
export function escapeSvgText(text: string): string {
  let allowed = "";
  // Iterating by code point: a lone surrogate comes out as one unit of 0xD800-0xDFFF.
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (control || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) continue;
    allowed += ch;
  }
  return allowed
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * A generous estimate of the width of `text` in DejaVu Sans (whose glyphs are wide): used to decide
 * whether a count fits in its bar and where to cut long names. Errs on the wide side.
 */
export function estimateWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) em += 0.64;
    else if (ch === " ") em += 0.32;
    else if (/[il.,:;'|!ıjtf]/.test(ch)) em += 0.34;
    else if (/[MWmw@%]/.test(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.74;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.1 : 1);
}

/** The text cut with "…" so that it fits `maxWidth` (by estimateWidth). */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (estimateWidth(clean, fontSize, bold) <= maxWidth) return clean;
  const chars = Array.from(clean);
  while (chars.length > 1 && estimateWidth(chars.join("") + "…", fontSize, bold) > maxWidth) chars.pop();
  return chars.join("").trimEnd() + "…";
}

const countFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** A count as the charts write it ("1.234"); anything not a finite non-negative number is 0. */
export function formatCount(value: number): string {
  return countFormat.format(Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0);
}

/** 0-100 as "45%" (PUEBI: no space before the percent sign). */
export function formatPercent(value: number): string {
  const clamped = Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
  return `${countFormat.format(Math.round(clamped))}%`;
}

export interface TextOptions {
  size: number;
  fill?: string;
  bold?: boolean;
  anchor?: "start" | "middle" | "end";
}

/** A <text> element; the content is always escaped. */
export function svgText(x: number, y: number, content: string, options: TextOptions): string {
  const attributes = [`x="${x.toFixed(1)}"`, `y="${y.toFixed(1)}"`, `font-size="${options.size}"`, `fill="${options.fill ?? CHART_INK.text}"`];
  if (options.bold) attributes.push(`font-weight="bold"`);
  if (options.anchor && options.anchor !== "start") attributes.push(`text-anchor="${options.anchor}"`);
  return `<text ${attributes.join(" ")}>${escapeSvgText(content)}</text>`;
}

// ---------------------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------------------

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function svgRect(box: Box, fill: string, extra: { rx?: number; stroke?: string; strokeWidth?: number } = {}): string {
  const rx = extra.rx ? ` rx="${extra.rx}"` : "";
  const stroke = extra.stroke ? ` stroke="${extra.stroke}" stroke-width="${extra.strokeWidth ?? 1}"` : "";
  return `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"${rx} fill="${fill}"${stroke}/>`;
}

export function svgLine(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 2): string {
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${width}"/>`;
}

export interface BarSegment {
  count: number;
  fill: string;
}

/**
 * Where each segment of a stacked horizontal bar starts and ends, for the segments with a count
 * above 0. Every one gets at least `minSegment` px, so that one among thousands still shows; the
 * rest of the bar is shared in proportion. Rounding the running edge, not each width, keeps the
 * segments adding up to the whole bar.
 */
export function stackSegments<S extends BarSegment>(segments: readonly S[], x: number, width: number, minSegment: number) {
  const present = segments.filter((s) => s.count > 0);
  const total = present.reduce((sum, s) => sum + s.count, 0);
  const shared = width - minSegment * present.length;
  const placed: { segment: S; x: number; width: number }[] = [];
  let start = x;
  let done = 0;
  present.forEach((segment, i) => {
    done += segment.count;
    const end = x + minSegment * (i + 1) + Math.round((shared * done) / total);
    placed.push({ segment, x: start, width: end - start });
    start = end;
  });
  return placed;
}

/** A horizontal bar over its track: `value` of `max` fills `box.width`, at least `minWidth` px when above 0. */
export function barWidth(value: number, max: number, width: number, minWidth: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.max(minWidth, Math.round((width * value) / max));
}

// ---------------------------------------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------------------------------------

/** The title and the subtitle under it, as every chart starts. */
export function chartHeader(title: string, subtitle: string, width: number, margin: number): string[] {
  return [
    svgText(margin, 56, truncate(title, width - 2 * margin, 34, true), { size: 34, bold: true }),
    svgText(margin, 92, truncate(subtitle, width - 2 * margin, 22), { size: 22, fill: CHART_INK.muted }),
  ];
}

/** A line centred under the header, for a chart with nothing to draw. */
export function chartEmptyMessage(message: string, width: number, margin: number): string {
  return svgText(width / 2, 160, truncate(message, width - 2 * margin, 26), { size: 26, fill: CHART_INK.muted, anchor: "middle" });
}

/** The whole SVG document on a white background. */
export function svgDocument(width: number, height: number, body: readonly string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${CHART_FONT_FAMILY}">` +
    svgRect({ x: 0, y: 0, width, height }, CHART_INK.background) +
    body.join("") +
    `</svg>`
  );
}

// ---------------------------------------------------------------------------------------------------------
// PNG
// ---------------------------------------------------------------------------------------------------------

let fontFiles: string[] | undefined;

/** The bundled TTF files (regular and bold). Resolved from node_modules, so it works from dist/ too. */
export function chartFontFiles(): string[] {
  if (!fontFiles) {
    const require = createRequire(import.meta.url);
    fontFiles = [require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"), require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")];
  }
  return fontFiles;
}

/** resvg options: only the bundled fonts, never the system's. */
export function chartRenderOptions(): ResvgRenderOptions {
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: chartFontFiles(),
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
    background: CHART_INK.background,
    shapeRendering: 2,
    textRendering: 1,
    logLevel: "off",
  };
}

/**
 * An SVG document as a PNG, drawn here and now. resvg's parsing, text layout and PNG encoding take
 * tens of milliseconds of this thread: the bot calls renderSvgToPng, which runs this on a worker.
 */
export function renderSvgToPngHere(svg: string): Promise<Uint8Array> {
  return Promise.resolve(new Resvg(svg, chartRenderOptions()).render().asPng());
}

/** PNGs drawn lately, per worker pool, by a digest of their SVG. */
const drawnLately = new WeakMap<OffThread, Map<string, Promise<Buffer>>>();
const DRAWN_KEPT = 16;

/**
 * An SVG document as a PNG, drawn on a worker thread (src/shared/off-thread.ts): the event loop stays
 * free. The same document drawn again lately is not drawn again: the /tugas summary chart is the same
 * for everyone until a task changes, and drawing it costs a core for a good part of a second.
 */
export function renderSvgToPng(svg: string, offThread: OffThread): Promise<Buffer> {
  let drawn = drawnLately.get(offThread);
  if (!drawn) drawnLately.set(offThread, (drawn = new Map()));
  const key = createHash("sha256").update(svg).digest("base64");
  const kept = drawn.get(key);
  if (kept) {
    drawn.delete(key);
    drawn.set(key, kept);
    return kept;
  }
  const png = offThread.run("renderPng", svg).then((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  drawn.set(key, png);
  if (drawn.size > DRAWN_KEPT) drawn.delete(drawn.keys().next().value!);
  // A drawing that failed is tried again next time.
  png.catch(() => {
    if (drawn.get(key) === png) drawn.delete(key);
  });
  return png;
}
