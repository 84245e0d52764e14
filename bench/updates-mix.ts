// The mix of bench/updates.ts: what `senders` approved members and a few newcomers send. Members:
// /start, /menu, task cards and searches, /pokja, /rapat, presses on the last keyboard the bot
// showed them, RSVP presses on their invitations, free text. Newcomers go through /daftar step by
// step (consent, name, agency search and pick, position, NIP skipped, phone skipped, submit) and
// start again as someone new; a newcomer's next step waits until the bot answered the last one.
// A deterministic generator, so two runs (before and after a change) see the same mix.
import type { Transformer } from "grammy";
import type { InlineKeyboardButton, Update } from "grammy/types";
import { RSVP_CODE_OF, rsvpButton } from "../src/meetings/meeting-buttons.js";
import { FIRST_MEMBER_ID } from "./updates-seed.js";

export const KINDS = ["start", "menu", "task_card", "task_search", "pokja", "rapat", "press", "rsvp", "register", "text"] as const;
export type Kind = (typeof KINDS)[number];
const WEIGHTS: Record<Kind, number> = { start: 8, menu: 5, task_card: 15, task_search: 12, pokja: 8, rapat: 10, press: 20, rsvp: 10, register: 7, text: 5 };

export interface Fed {
  kind: Kind;
  update: Update;
  chatId: number;
  /** A newcomer's: frees them for their next step once the bot handled this one. */
  release?: () => void;
}

const SEARCH_WORDS = ["aplikasi", "data", "layanan", "arsitektur", "keamanan", "tata kelola", "jaringan", "integrasi"];
const FREE_TEXT = ["Selamat pagi, Bapak/Ibu.", "Terima kasih atas informasinya.", "Bagaimana cara mendaftar rapat?", "baik, siap"];
const FIRST_NEWCOMER_ID = 8_000_001;
const NEWCOMERS = 10;
/** A registration, step by step: text to send, or the button (by its flow action) to press. */
const REGISTRATION: readonly ({ text: string } | { press: RegExp })[] = [
  { text: "/daftar" },
  { press: /:consent:yes$/ },
  { text: "Budi Santoso" },
  { text: "Kominfo Kota Bandung" },
  { press: /:agency:\d+$/ },
  { text: "Pranata Komputer" },
  { press: /:skipnip:?$/ },
  { text: "Lewati" },
  { press: /:submit:?$/ },
];

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export interface MixOptions {
  seed: number;
  senders: number;
  taskNumbers: number[];
  meetingsOf: Map<number, number[]>;
  only?: Kind;
}

export function createMix(options: MixOptions) {
  const rand = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  /** The last inline keyboard the bot showed in each chat: what the next press picks from. */
  const keyboards = new Map<number, { messageId: number; data: string[] }>();
  /** Newcomers: their current Telegram id and step; busy while the bot handles their last update. */
  const newcomers = Array.from({ length: NEWCOMERS }, (_, i) => ({ id: FIRST_NEWCOMER_ID + i * 1_000, step: 0, busy: false }));
  let updateIds = 1;
  let messageIds = 1;
  let registrations = 0;
  const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);

  function chooseKind(): Kind {
    if (options.only) return options.only;
    let r = rand() * total;
    for (const kind of KINDS) if ((r -= WEIGHTS[kind]) < 0) return kind;
    return "text";
  }

  const from = (id: number) => ({ id, is_bot: false, first_name: "Anggota", language_code: "id" });
  const chat = (id: number) => ({ id, type: "private" as const, first_name: "Anggota" });
  function message(userId: number, text: string): Update {
    const command = text.startsWith("/") ? text.split(" ")[0]!.length : 0;
    return {
      update_id: ++updateIds,
      message: {
        message_id: ++messageIds,
        date: Math.floor(Date.now() / 1000),
        chat: chat(userId),
        from: from(userId),
        text,
        ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command }] } : {}),
      },
    } as Update;
  }
  function press(userId: number, messageId: number, data: string, buttons: readonly string[]): Update {
    return {
      update_id: ++updateIds,
      callback_query: {
        id: `cb-${updateIds}`,
        from: from(userId),
        chat_instance: `ci-${userId}`,
        data,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: chat(userId),
          text: "…",
          reply_markup: { inline_keyboard: buttons.map((d) => [{ text: d, callback_data: d }]) },
        },
      },
    } as Update;
  }

  /** The newcomer's next step; /batal and a fresh start when the bot did not show the expected button. */
  function registrationStep(): Fed | null {
    const idle = newcomers.filter((n) => !n.busy);
    if (idle.length === 0) return null;
    const n = pick(idle);
    n.busy = true;
    const release = () => {
      n.busy = false;
    };
    const step = REGISTRATION[n.step]!;
    let update: Update;
    if ("text" in step) update = message(n.id, step.text);
    else {
      const shown = keyboards.get(n.id);
      const data = shown?.data.find((d) => step.press.test(d));
      if (!shown || !data) {
        n.step = 0;
        return { kind: "register", update: message(n.id, "/batal"), chatId: n.id, release };
      }
      update = press(n.id, shown.messageId, data, shown.data);
    }
    const chatId = n.id;
    n.step += 1;
    if (n.step === REGISTRATION.length) {
      // Submitted: the next newcomer in this slot is someone else.
      registrations += 1;
      n.step = 0;
      n.id += 1;
    }
    return { kind: "register", update, chatId, release };
  }

  function next(): Fed {
    let kind = chooseKind();
    if (kind === "register") {
      const fed = registrationStep();
      if (fed) return fed;
      kind = "text";
    }
    const userId = FIRST_MEMBER_ID + Math.floor(rand() * options.senders);
    const shown = keyboards.get(userId);
    const invited = options.meetingsOf.get(userId) ?? [];
    if (kind === "press" && !shown) kind = "menu";
    if (kind === "rsvp" && invited.length === 0) kind = "rapat";
    const fed = (update: Update): Fed => ({ kind, update, chatId: userId });
    switch (kind) {
      case "start":
        return fed(message(userId, "/start"));
      case "menu":
        return fed(message(userId, "/menu"));
      case "task_card":
        return fed(message(userId, `/tugas ${pick(options.taskNumbers)}`));
      case "task_search":
        return fed(message(userId, `/cari_tugas ${pick(SEARCH_WORDS)}`));
      case "pokja":
        return fed(message(userId, "/pokja"));
      case "rapat":
        return fed(message(userId, "/rapat"));
      case "text":
        return fed(message(userId, pick(FREE_TEXT)));
      case "rsvp": {
        // A press on the invitation the member received (its message id is not one the bot tracks).
        const meetingId = pick(invited);
        const buttons = (["hadir", "tidak_hadir"] as const).map((a) => rsvpButton.pack({ meetingId, answer: RSVP_CODE_OF[a] }));
        return fed(press(userId, 1, pick(buttons), buttons));
      }
      case "press":
      default: {
        // Exports and imports are other benchmarks' business; a press here is a screen or an answer.
        const choices = shown!.data.filter((d) => !/csv|export|ekspor|import/i.test(d));
        return fed(press(userId, shown!.messageId, pick(choices.length > 0 ? choices : shown!.data), shown!.data));
      }
    }
  }

  return {
    next,
    /** Called when the bot has handled an update: a newcomer may take the next step. */
    done(fed: Fed) {
      fed.release?.();
    },
    registrations: () => registrations,
    /** Watches the bot's calls for the keyboards it shows (installed on the bot's Api). */
    watch: (async (prev, method, payload, signal) => {
      const result = await prev(method, payload, signal);
      const params = payload as { chat_id?: number | string; reply_markup?: { inline_keyboard?: InlineKeyboardButton[][] } };
      const markup = params.reply_markup?.inline_keyboard;
      if (result.ok && markup && (method.startsWith("send") || method.startsWith("edit"))) {
        const data = markup.flat().flatMap((b) => ("callback_data" in b ? [b.callback_data] : []));
        const messageId = (result.result as { message_id?: number }).message_id;
        const chatId = Number(params.chat_id ?? 0);
        if (data.length > 0 && chatId && messageId) keyboards.set(chatId, { messageId, data });
      }
      return result;
    }) as Transformer,
  };
}
