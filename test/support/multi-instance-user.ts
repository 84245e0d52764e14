// A person chatting with the bot as people do: read the newest question, answer it after a moment's
// thought, wait for the next. Used by test/multi-instance.test.ts, where each answer may reach another
// instance. Everything the bot says is kept, so the test can check each question came once and that
// nothing unexpected was said; an answer lost with a killed instance is typed again, as a person would.
import type { Update } from "grammy/types";
import type { BotApiStandIn, StandInUser, StoredBotMessage, WebhookPush } from "../../tools/telegram-standin/index.js";

/** One question of a flow: how to recognise it, and how this person answers it (the updates sent). */
export interface Prompt {
  marker: string;
  answer: (message: StoredBotMessage) => Update[] | Promise<Update[]>;
  /** The flow ends at this message; nothing is answered. */
  final?: boolean;
  /** What the question's message reads once the bot edited it after the answer ("Instansi: …"). */
  editedTo?: string;
}

export interface Conversation {
  user: StandInUser;
  /** What starts the flow (a command). */
  start: () => Update[];
  prompts: Prompt[];
  /** Messages that may come between questions (an introduction, "saved" notes): not questions, not trouble. */
  benign: string[];
  /** "Please use the buttons above": the person answers the latest question with buttons again. */
  nudges: string[];
  /** What a person does when the flow is stuck after the kill (types /batal; the bot's answer is a prompt that starts again). */
  restart: () => Update[];
}

export interface ConversationLog {
  /** How often each question (marker) was asked. */
  asked: Map<string, number>;
  /** Messages that are neither a question nor benign, in order. */
  unexpected: string[];
  /** Answers typed again because their update was acknowledged by an instance that was killed. */
  retyped: number;
  /** Questions answered again after a nudge ("please use the buttons above"). */
  nudged: number;
  /** Times the person gave up on the flow after the kill and started again. */
  restarted: number;
  /** Every update this person sent, in order. */
  sent: Update[];
  done: boolean;
  /** Why the flow got stuck (no next question in time), with the transcript. */
  stuck?: string;
}

export interface ChatOptions {
  standIn: BotApiStandIn;
  push: WebhookPush;
  /** Targets (instance indexes) killed so far: an update they acknowledged may be lost. */
  dead: () => ReadonlySet<number>;
  /** Pause before each answer (a person reading). */
  thinkMs: () => number;
  /** No new question for this long after an answer lost with a killed instance: type it again. */
  retypeAfterMs: number;
  /** No new question for this long in a chat the kill touched (longer than a dead instance's chat lease): start again. */
  restartAfterMs: number;
  /** No new question for this long at all: the flow is stuck. */
  giveUpMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An empty log, to follow a conversation while it runs. */
export function newLog(): ConversationLog {
  return { asked: new Map(), unexpected: [], retyped: 0, nudged: 0, restarted: 0, sent: [], done: false };
}

/** Runs the conversation to its final message, or until it gets stuck (then `stuck` says where). */
export async function converse(conversation: Conversation, options: ChatOptions, log: ConversationLog = newLog()): Promise<ConversationLog> {
  const { standIn, push } = options;
  const chatId = conversation.user.id;
  const seen = new Set<number>();
  const transcript = () => standIn.messagesIn(chatId, { includeDeleted: true }).map((m) => `bot #${m.messageId}: ${m.text.slice(0, 80)}`).join("\n");

  let lastAction: () => Update[] | Promise<Update[]> = conversation.start;
  const act = async (action: () => Update[] | Promise<Update[]>) => {
    lastAction = action;
    log.sent.push(...(await action()));
  };
  await act(conversation.start);
  let lastAnswerAt = performance.now();
  let lastBatch = log.sent.slice();

  const ackedByDead = (updates: readonly Update[]) =>
    updates.some((u) => {
      const target = push.acknowledgedBy(u.update_id);
      return target !== undefined && options.dead().has(target);
    });
  let retypedBatch = false;
  const answer = async (action: () => Update[] | Promise<Update[]>, what: string) => {
    const before = log.sent.length;
    try {
      await act(action);
    } catch (error) {
      // The button is gone (the message was edited meanwhile): note it and wait.
      log.unexpected.push(`could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
    lastBatch = log.sent.slice(before);
    lastAnswerAt = performance.now();
    retypedBatch = false;
  };

  for (;;) {
    const fresh = standIn.messagesIn(chatId, { includeDeleted: true }).filter((m) => !seen.has(m.messageId));
    let question: { prompt: Prompt; message: StoredBotMessage } | undefined;
    let nudged = false;
    for (const message of fresh) {
      seen.add(message.messageId);
      const prompt = conversation.prompts.find((p) => message.text.includes(p.marker));
      if (prompt) {
        log.asked.set(prompt.marker, (log.asked.get(prompt.marker) ?? 0) + 1);
        question = { prompt, message };
      } else if (conversation.nudges.some((n) => message.text.includes(n))) {
        nudged = true;
      } else if (!conversation.benign.some((b) => message.text.includes(b))) {
        log.unexpected.push(message.text);
      }
    }
    if (question?.prompt.final) {
      log.done = true;
      return log;
    }
    if (!question && nudged) {
      // The latest question that still has buttons, answered again.
      const withButtons = standIn
        .messagesIn(chatId)
        .filter((m) => m.buttons.flat().some((b) => b.callbackData !== undefined))
        .reverse()
        .map((message) => ({ message, prompt: conversation.prompts.find((p) => message.text.includes(p.marker)) }))
        .find((q): q is { message: StoredBotMessage; prompt: Prompt } => q.prompt !== undefined);
      if (withButtons) {
        log.nudged += 1;
        question = withButtons;
      }
    }
    if (question) {
      await sleep(options.thinkMs());
      const { prompt, message } = question;
      await answer(() => prompt.answer(message), `answer "${prompt.marker}"`);
      continue;
    }
    const waited = performance.now() - lastAnswerAt;
    if (!retypedBatch && waited > options.retypeAfterMs && ackedByDead(lastBatch)) {
      log.retyped += 1;
      await answer(lastAction, "type again");
      retypedBatch = true;
      continue;
    }
    if (waited > options.restartAfterMs && log.restarted < 2 && ackedByDead(log.sent)) {
      log.restarted += 1;
      await answer(conversation.restart, "start again");
      continue;
    }
    if (waited > options.giveUpMs) {
      log.stuck = `${conversation.user.first_name} (${chatId}) got no next question within ${options.giveUpMs} ms; transcript:\n${transcript()}`;
      return log;
    }
    await sleep(25);
  }
}

/** The latest message's button with this label, pressed (throws when there is none). */
export function press(standIn: BotApiStandIn, user: StandInUser, message: StoredBotMessage, label: string): Update {
  const button = message.buttons.flat().find((b) => b.text.includes(label));
  if (button?.callbackData === undefined) throw new Error(`no button "${label}" on message ${message.messageId}`);
  return standIn.userPressesButton(user, user.id, message.messageId, button.callbackData);
}

/** What a whole chat says about a conversation: how often each question came, and what else was said. */
export function reviewChat(conversation: Conversation, messages: readonly StoredBotMessage[]): { asked: Map<string, number>; nudges: number; unexpected: string[] } {
  const asked = new Map<string, number>();
  const unexpected: string[] = [];
  let nudges = 0;
  for (const message of messages) {
    const prompt = conversation.prompts.find((p) => message.text.includes(p.marker) || (p.editedTo !== undefined && message.text.startsWith(p.editedTo)));
    if (prompt) asked.set(prompt.marker, (asked.get(prompt.marker) ?? 0) + 1);
    else if (conversation.nudges.some((n) => message.text.includes(n))) nudges += 1;
    else if (!conversation.benign.some((b) => message.text.includes(b))) unexpected.push(message.text);
  }
  return { asked, nudges, unexpected };
}
