// Every button carries its canteen. Alice belongs to two canteens, Belleville and Vaise, and is on
// both sheets; each kind of button a private message brings her — the reminder's cancel, the
// waitlist promotion's cancel, the close-out reminder's one-press close, the buttons of an answer
// in her private chat — acts, pressed there, on the canteen it was made for. The canteen a button
// names is checked: someone outside it is refused.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { RecordingAdapter } from "../helpers/recording-adapter.ts";
import { authorView, plainText, type Message } from "../../src/kernel/model.ts";
import type { Canteen } from "../../src/kernel/ports.ts";

const A: SendOptions = { chat: "console:belleville" };
const B: SendOptions = { chat: "console:vaise" };
const ALICE_DM: SendOptions = { chat: "console:dm-alice", private: true };

let h: Harness;
let dms: RecordingAdapter;
let belleville: Canteen;
let vaise: Canteen;

/** The private messages Alice got so far. */
const aliceGot = (): Message[] => dms.dms.filter((d) => d.chat === "console:alice").map((d) => d.message);
/** The command of the first button whose label matches, on the newest private message that has one. */
function button(label: RegExp): string {
  for (const m of aliceGot().reverse()) {
    const b = m.buttons.flat().find((x) => label.test(x.label) && x.command !== undefined);
    if (b) return b.command!;
  }
  throw new Error(`no private button ${label}`);
}
/** Alice presses a button in her private chat; what she reads. */
const press = async (command: string) =>
  authorView(await h.send("Alice", command, { ...ALICE_DM, action: true }))
    .map(plainText)
    .join("\n");
const onSheet = async (c: Canteen, date: string) =>
  (await h.store.sheet(c.id, [date])).filter((s) => s.name === "Alice" && s.status === "confirmed").map((s) => s.role);

beforeEach(async () => {
  h = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
  dms = new RecordingAdapter("console");
  h.ledger.attach(dms);
  await h.say("Mona", "/installer Belleville", A);
  await h.say("Bruno", "/installer Vaise", B);
  const all = await h.store.allCanteens();
  belleville = all.find((c) => c.name === "Belleville")!;
  vaise = all.find((c) => c.name === "Vaise")!;
  for (const chat of [A, B]) await h.say("Alice", "/cuisiner mercredi", chat);
});
afterEach(() => h.close());

describe("a button in a private message, pressed by someone in two canteens", () => {
  it("the reminder's cancel button cancels the place at the canteen that sent it", async () => {
    await h.core.rhythm.execute(vaise, "remind", "2026-11-25", h.clock.now());
    await h.ledger.drain();
    const cancel = button(/Annuler/);
    expect(cancel).toBe(`/uncook 2026-11-25 canteen:${vaise.id}`);
    expect(await press(cancel)).not.toContain("plusieurs cantines");
    expect(await onSheet(vaise, "2026-11-25")).toEqual([]);
    expect(await onSheet(belleville, "2026-11-25")).toEqual(["cook"]);
  });

  it("the waitlist promotion's cancel button acts on the canteen whose waitlist it was", async () => {
    await h.say("Bruno", "/postes plonge 1", B);
    await h.say("Zoé", "/cuisiner jeudi plonge", B);
    await h.say("Alice", "/cuisiner jeudi plonge", B);
    await h.say("Alice", "/cuisiner jeudi plonge", A);
    await h.say("Zoé", "/annuler jeudi", B);
    await h.ledger.drain();
    expect(aliceGot().map(plainText).join("\n")).toContain("Vaise");
    await press(button(/Annuler/));
    expect(await onSheet(vaise, "2026-11-26")).toEqual([]);
    expect(await onSheet(belleville, "2026-11-26")).toEqual(["dishes"]);
  });

  it("the close-out reminder's one-press close records the covers of its own canteen's service", async () => {
    for (const chat of [A, B]) await h.say("Alice", "/cuisiner aujourd'hui chef", chat);
    h.clock.set("2026-11-23T13:30:00Z");
    await h.core.rhythm.execute(vaise, "closeout", "2026-11-23", h.clock.now());
    await h.ledger.drain();
    const close = button(/couverts servis/);
    expect(close).toMatch(new RegExp(`^/close 2026-11-23 covers \\d+ canteen:${vaise.id}$`));
    expect(await press(close)).toContain("✅ Enregistré.");
    expect((await h.store.closeRecord(vaise.id, "2026-11-23")).covers).not.toBeNull();
    expect((await h.store.closeRecord(belleville.id, "2026-11-23")).covers).toBeNull();
  });

  it("an answer in the private chat keeps naming its canteen on its own buttons (press after press)", async () => {
    const sheet = await h.send("Alice", `/creneaux canteen:${vaise.id}`, ALICE_DM);
    const buttons = sheet.replies.flatMap((m) => m.buttons.flat());
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) if (b.command) expect(b.command).toMatch(new RegExp(`canteen:${vaise.id}$`));
    expect(sheet.replies[0]!.refresh).toBe(`/slots canteen:${vaise.id}`);
    await press(`/cook 2026-11-27 canteen:${vaise.id}`);
    expect(await onSheet(vaise, "2026-11-27")).toEqual(["cook"]);
    expect(await onSheet(belleville, "2026-11-27")).toEqual([]);
  });

  it("typed without a canteen in a private chat, a command still asks which canteen", async () => {
    expect(await press("/uncook 2026-11-25")).toContain("Tu participes à plusieurs cantines");
  });
});

describe("the canteen a button names is checked", () => {
  it("refuses someone who is not a member of it, and joins them to nothing", async () => {
    const out = await h.send("Zoé", `/uncook 2026-11-25 canteen:${belleville.id}`, { chat: "console:dm-zoe", private: true, action: true });
    expect(out.refused).toBe(true);
    expect(plainText(out.replies[0]!)).toBe("Ce bouton est celui d'une cantine dont tu ne fais pas partie : rien n'a été fait.");
    expect((await h.store.members(belleville.id)).map((m) => m.name)).not.toContain("Zoé");
    expect(plainText((await h.send("Zoé", "/creneaux canteen:999", { chat: "console:dm-zoe", private: true })).replies[0]!)).toContain(
      "dont tu ne fais pas partie",
    );
  });

  it("refuses, in a group, a button of another canteen", async () => {
    const out = await h.send("Alice", `/uncook 2026-11-25 canteen:${vaise.id}`, { ...A, action: true });
    expect(plainText(out.replies[0]!)).toBe("Ce bouton est celui d'une autre cantine que celle de ce groupe : rien n'a été fait.");
    expect(await onSheet(belleville, "2026-11-25")).toEqual(["cook"]);
    expect(await onSheet(vaise, "2026-11-25")).toEqual(["cook"]);
  });

  it("the button that opens the private chat from a group asks again for that group's canteen", async () => {
    const code = /[A-Z0-9]{8}/.exec(await h.say("Bruno", "/inviter", B))![0];
    await h.say("Bruno", `/installer ${code}`, { chat: "telegram:-100" });
    const out = await h.send("Alice", "/profil", { chat: "telegram:-100" });
    expect(out.direct!.unreachable.buttons.flat()[0]).toMatchObject({ start: `profile-${vaise.id}` });
  });
});
