// The console adapter: a local chat in the terminal on the embedded database, for trying the bot
// and for scripted end-to-end checks. Works interactively and with piped stdin; at end of input
// it finishes pending work and resolves `finished`. Announcements and private messages the
// ledger delivers are printed as they happen; an edited message prints only its changed lines.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Adapter, PostOptions } from "../../src/kernel/adapter.ts";
import type { Core } from "../../src/kernel/core.ts";
import { authorView, type Message } from "../../src/kernel/model.ts";
import { CONSOLE_CAPABILITIES } from "./capabilities.ts";
import { CONSOLE_GROUP } from "./ids.ts";
import { decodeLine, type ButtonChoices } from "./inbound.ts";
import { renderMessages, BOT_PREFIX } from "./outbound.ts";

/** Streams the console reads and writes (the process's by default; tests pass their own). */
export interface ConsoleOptions {
  input?: Readable;
  output?: Writable;
  /** Show a "> " prompt (only when a person is typing at a terminal). */
  prompt?: boolean;
}

/** The console adapter, plus `settled` hooks the app uses to finish pending work at end of input. */
export type ConsoleAdapter = Adapter & {
  print(text: string): void;
  /** Work to finish before exiting at end of input (the app drains the delivery ledger). */
  beforeExit?: () => Promise<void>;
  /** Work to do after each input line (the app drains the ledger, so output follows input). */
  afterEachLine?: () => Promise<void>;
};

/** Creates the console adapter. */
export function createConsoleAdapter(opts: ConsoleOptions = {}): ConsoleAdapter {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const prompt = opts.prompt ?? Boolean((input as { isTTY?: boolean }).isTTY);
  let choices: ButtonChoices = new Map();
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  let rl: ReturnType<typeof createInterface> | undefined;
  const shown = new Map<string, string[]>();
  let nextId = 1;

  const print = (text: string) => {
    if (text !== "") output.write(`${text}\n`);
  };

  /** Prints messages; their buttons become the numbers the user can type. */
  const show = (messages: Message[], header?: string): string[] => {
    const rendered = renderMessages(messages);
    if (header) print(`${BOT_PREFIX}${header}`);
    print(rendered.text);
    if (rendered.choices.size > 0) choices = rendered.choices;
    return rendered.text.split("\n");
  };

  async function onLine(core: Core, line: string): Promise<void> {
    if (line.trim() === "") return;
    const outcome = await core.handle(decodeLine(line, choices));
    // A pressed button's toast, then its message as updated in place (the console reprints it).
    if (outcome.toast && outcome.replies.length === 0) print(`${BOT_PREFIX}${outcome.toast}`);
    // The terminal is one person's: it shows what was meant for them (a private part included).
    show([...(outcome.update ? [outcome.update] : []), ...authorView(outcome)]);
  }

  const adapter: ConsoleAdapter = {
    platform: "console",
    capabilities: CONSOLE_CAPABILITIES,
    finished,
    print,
    // The terminal has no rate limits worth pacing.
    ratePolicy: { global: [{ limit: 1000, windowMs: 1000 }], perChat: [{ limit: 1000, windowMs: 1000 }] },
    async post(chat: string, message: Message, options: PostOptions) {
      await options.beforeSend?.();
      const id = String(nextId++);
      shown.set(id, show([message], chat === CONSOLE_GROUP ? undefined : `[${chat}]`));
      return id;
    },
    async edit(_chat: string, messageId: string, message: Message) {
      const before = new Set(shown.get(messageId) ?? []);
      const lines = renderMessages([message]).text.split("\n");
      const changed = lines.filter((l) => !before.has(l) && !/^bot> {2}\[\d+\]/.test(l));
      shown.set(messageId, lines);
      if (changed.length > 0) print([`${BOT_PREFIX}✏️`, ...changed].join("\n"));
    },
    async dm(person: string, message: Message, options: PostOptions) {
      await options.beforeSend?.();
      const id = String(nextId++);
      shown.set(id, show([message], `🔒 @${person.split(":")[1]}`));
      return { chat: person, messageId: id };
    },
    async start(core) {
      rl = createInterface({ input, terminal: false });
      const showPrompt = (): void => {
        if (prompt) output.write("> ");
      };
      // Lines are handled strictly one after another, in the order typed or piped.
      let queue = Promise.resolve();
      rl.on("line", (line) => {
        queue = queue
          .then(() => onLine(core, line))
          .then(() => adapter.afterEachLine?.())
          .then(showPrompt, (e: unknown) => {
            print(`${BOT_PREFIX}⚠ ${(e as Error).message}`);
          });
      });
      rl.on("close", () => {
        void queue.then(() => adapter.beforeExit?.()).then(done, done);
      });
      if (prompt) {
        print(`${BOT_PREFIX}Tablée — console locale / local console. /aide ou /help ; « @alice: /cuisiner mardi » parle au nom d'alice.`);
        showPrompt();
      }
    },
    async stop() {
      rl?.close();
      await finished;
    },
  };
  return adapter;
}
