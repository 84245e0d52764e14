// Splitting long Telegram HTML into messages that each stay well-formed and keep their formatting.
import { describe, expect, it } from "vitest";
import { TELEGRAM_CAPTION_LIMIT, TELEGRAM_TEXT_LIMIT, splitHtml } from "../src/delivery/split-message.js";
import { checkHtmlParts, prose, rng, visibleText, words } from "./support/split-message-checks.js";

describe("splitHtml", () => {
  it.each([
    "",
    "Halo <b>semua</b> &amp; selamat &lt;datang&gt;",
    `<a href="https://x.test/?a=1&amp;b=2">${"y".repeat(TELEGRAM_CAPTION_LIMIT)}</a>`,
  ])("returns fitting HTML unchanged: %#", (html) => {
    expect(splitHtml(html, TELEGRAM_CAPTION_LIMIT)).toEqual([html]);
  });

  it("closes and reopens nested <b><i> spanning a cut", () => {
    const html = "<b>alpha <i>beta gamma delta epsilon</i> zeta</b>";
    const parts = splitHtml(html, 20);
    expect(parts).toEqual(["<b>alpha <i>beta gamma</i></b>", "<b><i>delta epsilon</i> zeta</b>"]);
    checkHtmlParts(html, parts, 20);
  });

  it("reopens tags with their attributes", () => {
    const html =
      `<blockquote expandable><a href="https://x.test/?a=1&amp;b=2">satu dua tiga</a> empat lima</blockquote>` +
      `<pre><code class="language-python">print(1)\nprint(2)\nprint(3)</code></pre>`;
    const parts = splitHtml(html, 10);
    expect(parts).toEqual([
      `<blockquote expandable><a href="https://x.test/?a=1&amp;b=2">satu dua</a></blockquote>`,
      `<blockquote expandable><a href="https://x.test/?a=1&amp;b=2">tiga</a> empat</blockquote>`,
      `<blockquote expandable>lima</blockquote>`,
      `<pre><code class="language-python">print(1)</code></pre>`,
      `<pre><code class="language-python">print(2)</code></pre>`,
      `<pre><code class="language-python">print(3)</code></pre>`,
    ]);
    checkHtmlParts(html, parts, 10);
  });

  it("prefers a cut outside elements", () => {
    const html = "Halo rekan <b>semua yang terhormat</b> di forum";
    const parts = splitHtml(html, 30);
    expect(parts).toEqual(["Halo rekan", "<b>semua yang terhormat</b> di forum"]);
    checkHtmlParts(html, parts, 30);
  });

  it.each([
    { name: "&amp; counts as one char", html: "aaaa&amp;bbbbbbbbb", parts: ["aaaa&amp;bbbbb", "bbbb"] },
    { name: "&amp; right at the limit", html: "aaaaaaaaa&amp;bbbb", parts: ["aaaaaaaaa&amp;", "bbbb"] },
    { name: "&lt; across the cut", html: "aaaaaaaaaa&lt;bbbb", parts: ["aaaaaaaaaa", "&lt;bbbb"] },
    { name: "numeric astral entity is not halved", html: "aaaaaaaaa&#128512;bb", parts: ["aaaaaaaaa", "&#128512;bb"] },
    { name: "hex entity", html: "aaaaaaaaa&#x41;&#x42;cc", parts: ["aaaaaaaaa&#x41;", "&#x42;cc"] },
    { name: "literal emoji is not halved", html: "<i>aaaaaaaaa😀bb</i>", parts: ["<i>aaaaaaaaa</i>", "<i>😀bb</i>"] },
    { name: "unknown entity is literal and kept whole", html: "aaaaaaa&nbsp;bbb", parts: ["aaaaaaa", "&nbsp;bbb"] },
    { name: "a tag is never cut", html: `aaaaaaaaaa<a href="https://x.test/a b">bbb</a>`, parts: ["aaaaaaaaaa", `<a href="https://x.test/a b">bbb</a>`] },
    { name: "break given by entity newlines", html: "alpha beta&#10;&#10;gamma", parts: ["alpha beta", "gamma"] },
  ])("entities and tags stay whole (limit 10): $name", ({ html, parts: expected }) => {
    const parts = splitHtml(html, 10);
    expect(parts).toEqual(expected);
    checkHtmlParts(html, parts, 10);
  });

  it("drops the whitespace at the cut, even across tags", () => {
    const html = "<b>alpha beta gamma </b>\n\n<i>delta epsilon</i>";
    const parts = splitHtml(html, 20);
    expect(parts).toEqual(["<b>alpha beta gamma</b>", "<i>delta epsilon</i>"]);
    checkHtmlParts(html, parts, 20);
  });

  it("splits long HTML at paragraphs within the real limit", () => {
    const paragraph = (k: number): string => `<b>Bagian ${k}</b>: ${words(170)} &amp; <a href="https://x.test/${k}">tautan</a>.`;
    const html = Array.from({ length: 10 }, (_, k) => paragraph(k)).join("\n\n");
    const parts = splitHtml(html);
    expect(parts.length).toBe(3);
    expect(parts.join("\n\n")).toBe(html); // every cut fell between paragraphs, source preserved
    checkHtmlParts(html, parts, TELEGRAM_TEXT_LIMIT);
  });

  it("splits a 6000-char <pre> block and keeps its language", () => {
    const code = Array.from({ length: 330 }, (_, k) => `x = ${k} &lt; ${k + 1} &amp;&amp; ok`).join("\n");
    const html = `<pre><code class="language-js">${code}</code></pre>`;
    expect(visibleText(html).length).toBeGreaterThan(6000);
    const parts = splitHtml(html);
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      expect(part.startsWith(`<pre><code class="language-js">`)).toBe(true);
      expect(part.endsWith(`</code></pre>`)).toBe(true);
    }
    checkHtmlParts(html, parts, TELEGRAM_TEXT_LIMIT);
  });

  it("keeps its invariants on random nested HTML", () => {
    const random = rng(7);
    const elements = [
      ["<b>", "</b>"],
      ["<i>", "</i>"],
      ["<u>", "</u>"],
      ["<s>", "</s>"],
      ["<tg-spoiler>", "</tg-spoiler>"],
      [`<span class="tg-spoiler">`, "</span>"],
      [`<a href="https://x.test/?q=1&amp;r=&quot;2&quot;">`, "</a>"],
      ["<code>", "</code>"],
      [`<pre><code class="language-ts">`, "</code></pre>"],
      ["<blockquote expandable>", "</blockquote>"],
      [`<tg-emoji emoji-id="5368324170671202286">`, "</tg-emoji>"],
    ] as const;
    const escapes = ["&amp;", "&lt;", "&gt;", "&quot;", "&#128512;", "&#x1F1EE;&#x1F1E9;", "😀", "é"];
    const fragment = (depth: number): string => {
      let out = "";
      for (let k = 1 + Math.floor(random() * 4); k > 0; k--) {
        const r = random();
        if (r < 0.35 && depth < 3) {
          const [open, close] = elements[Math.floor(random() * elements.length)]!;
          out += open + fragment(depth + 1) + close;
        } else if (r < 0.5) {
          out += escapes[Math.floor(random() * escapes.length)]!;
        } else {
          out += prose(5 + Math.floor(random() * 80), random).replace(/[&<>]/g, "");
        }
      }
      return out;
    };
    for (let round = 0; round < 30; round++) {
      let html = "";
      while (html.length < 300) html += fragment(0) + (random() < 0.5 ? "\n\n" : " ");
      for (const limit of [12, 40, 150]) {
        const parts = splitHtml(html, limit);
        checkHtmlParts(html, parts, limit);
      }
    }
  });
});
