import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { message, type Message } from "../../src/kernel/model.ts";
import type { OutgoingItem } from "../../src/kernel/ports.ts";
import { Ledger, type DeliveryRef } from "../../src/delivery/ledger.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { RecordingAdapter } from "../helpers/recording-adapter.ts";

let h: Harness;
let canteenId: number;
beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z");
  await h.say("Mona", "/setup Belleville");
  canteenId = (await h.db.prisma.canteen.findFirstOrThrow()).id;
});
afterEach(() => h.close());

const DATE = "2026-11-24";
const groups = (n: number) => Array.from({ length: n }, (_, i) => `telegram:-${2000 + i}`);
const toGroup = (chat: string): OutgoingItem => ({
  key: `announce:${chat}`,
  canteenId,
  kind: "announcement",
  subject: { date: DATE },
  target: { kind: "chat", address: chat },
});
const toPerson = (personId: number): OutgoingItem => ({
  key: `remind:${personId}`,
  canteenId,
  kind: "reminder",
  subject: { date: DATE, personId },
  target: { kind: "person", address: `telegram:${personId}` },
});

/** A composer that reads a changing state and counts what it composed, for chats and for people. */
function countingComposer() {
  const state = { menu: "soupe", chats: 0, people: [] as (number | undefined)[] };
  const compose = async (d: DeliveryRef): Promise<Message> => {
    if (d.target.kind === "chat") state.chats++;
    else state.people.push(d.subject.personId);
    await new Promise((r) => setTimeout(r, 1));
    return message()
      .text(`menu: ${state.menu}${d.subject.personId ? ` for ${d.subject.personId}` : ""}`)
      .build();
  };
  return { state, compose };
}

describe("composing what the ledger sends", () => {
  it("an announcement to many groups is composed once per pass; a private message for each person", async () => {
    const { state, compose } = countingComposer();
    const ledger = new Ledger(h.db, h.store, h.clock, h.log, compose);
    const tg = new RecordingAdapter("telegram");
    ledger.attach(tg);
    await ledger.enqueue([...groups(40).map(toGroup), toPerson(7), toPerson(8), toPerson(9)]);
    await ledger.drain();
    expect(tg.messages).toHaveLength(40);
    expect(new Set(tg.messages.map((m) => m.text))).toEqual(new Set(["menu: soupe"]));
    expect(state.chats).toBe(1);
    expect(state.people.sort()).toEqual([7, 8, 9]);
    expect(tg.dms.map((m) => m.text).sort()).toEqual(["menu: soupe for 7", "menu: soupe for 8", "menu: soupe for 9"]);
  });

  it("a change in the middle of a fan-out is edited into every message sent with the earlier composition", async () => {
    const { state, compose } = countingComposer();
    const ledger = new Ledger(h.db, h.store, h.clock, h.log, compose);
    const tg = new RecordingAdapter("telegram");
    let posts = 0;
    let touched: Promise<number> | undefined;
    // Never fails: after the fifth post the manager changes the menu, as the core would report it.
    tg.fail(() => {
      if (++posts === 5) {
        state.menu = "lentilles";
        touched = ledger.touch(canteenId, "announcement", { date: DATE });
      }
      return false;
    }, "transient");
    ledger.attach(tg);
    await ledger.enqueue(groups(30).map(toGroup));
    await ledger.drain();
    await touched;
    expect(tg.messages).toHaveLength(30);
    expect(tg.messages.filter((m) => m.text === "menu: soupe").length).toBeGreaterThanOrEqual(5);
    // The edits wait for the coalescing delay, then every message shows the new menu.
    h.clock.set(new Date(h.clock.now().getTime() + 10_000));
    await ledger.drain();
    expect(new Set(tg.messages.map((m) => m.text))).toEqual(new Set(["menu: lentilles"]));
    expect(state.chats).toBe(2);
  });
});
