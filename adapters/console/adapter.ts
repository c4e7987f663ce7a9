// The console adapter: a local chat in the terminal on the embedded database, for trying the bot
// and for scripted end-to-end checks. Works interactively and with piped stdin; at end of input
// it finishes pending work and resolves `finished`.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Adapter } from "../../src/core/adapter.ts";
import type { Core } from "../../src/core/core.ts";
import { decodeLine, type ButtonChoices } from "./inbound.ts";
import { renderMessages, BOT_PREFIX } from "./outbound.ts";

/** Streams the console reads and writes (the process's by default; tests pass their own). */
export interface ConsoleOptions {
  input?: Readable;
  output?: Writable;
  /** Show a "> " prompt (only when a person is typing at a terminal). */
  prompt?: boolean;
}

/** Creates the console adapter. */
export function createConsoleAdapter(opts: ConsoleOptions = {}): Adapter & { print(text: string): void } {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const prompt = opts.prompt ?? Boolean((input as { isTTY?: boolean }).isTTY);
  let choices: ButtonChoices = new Map();
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  let rl: ReturnType<typeof createInterface> | undefined;

  const print = (text: string) => {
    if (text !== "") output.write(`${text}\n`);
  };

  async function onLine(core: Core, line: string): Promise<void> {
    if (line.trim() === "") return;
    const outcome = await core.handle(decodeLine(line, choices));
    // A pressed button's toast, then its message as updated in place (the console reprints it).
    if (outcome.toast && outcome.replies.length === 0) print(`${BOT_PREFIX}${outcome.toast}`);
    const rendered = renderMessages(outcome.update ? [outcome.update, ...outcome.replies] : outcome.replies);
    print(rendered.text);
    if (rendered.choices.size > 0) choices = rendered.choices;
  }

  return {
    platform: "console",
    finished,
    print,
    async start(core) {
      rl = createInterface({ input, terminal: false });
      const showPrompt = (): void => {
        if (prompt) output.write("> ");
      };
      // Lines are handled strictly one after another, in the order typed or piped.
      let queue = Promise.resolve();
      rl.on("line", (line) => {
        queue = queue.then(() => onLine(core, line)).then(showPrompt, (e: unknown) => {
          print(`${BOT_PREFIX}⚠ ${(e as Error).message}`);
        });
      });
      rl.on("close", () => {
        void queue.then(done);
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
}
