// The guard: every command of the table, with typical arguments, typed in a group on every
// platform by a manager and by a volunteer who has a diet, allergies, calendar links, sign-ups
// and takings recorded. It fails when anything a group can read — the replies, the line a private
// answer leaves in the group, the messages the ledger posts into groups — holds a personal value:
// those allergies or that diet, a link with a token, an amount of money, a close-out history, or
// another canteen's figures. A new command must say here how it is typically typed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, type SendOptions } from "../helpers/harness.ts";
import { RecordingAdapter } from "../helpers/recording-adapter.ts";
import { plainText, type Message, type Outcome, type Platform } from "../../src/kernel/model.ts";
import { leaks, TYPICAL } from "../helpers/personal-values.ts";

/** The group chats of the canteen, one per platform. */
const GROUPS: Record<Platform, string> = {
  console: "console:est",
  telegram: "telegram:-100",
  slack: "slack:C1",
  discord: "discord:G1",
};

/** Everything a group reads of an outcome: its replies, and the line a private answer leaves there. */
function groupVisible(o: Outcome): Message[] {
  return [...o.replies, ...(o.update ? [o.update] : []), ...(o.direct ? [o.direct.sent, o.direct.unreachable] : [])];
}
/** A message as text, buttons and their links included. */
const asText = (m: Message) => `${plainText(m)}\n${JSON.stringify(m.buttons)}`;

let h: Harness;
let platforms: RecordingAdapter[];
const dm = (who: string, platform: Platform): SendOptions => ({ chat: `${platform}:dm-${who.toLowerCase()}`, private: true });

/** Joins a person's accounts on every platform into one person, as /lier does. */
async function linkEverywhere(who: string): Promise<void> {
  for (const p of ["telegram", "slack", "discord"] as const) {
    const code = /\/link (\S+)/.exec(await h.say(who, "/lier", dm(who, "console")))![1]!;
    await h.say(who, `/lier ${code}`, dm(who, p));
    await h.say(who, `/lier ${code} oui`, dm(who, p));
  }
}

beforeAll(async () => {
  h = await createHarness("2026-11-16T08:00:00Z", { boardUrl: "https://tablee.example.org" }); // Monday 16, 09:00 in Paris
  // People who never opened a private chat: what the ledger sends them falls back to the groups.
  platforms = (Object.keys(GROUPS) as Platform[]).map(
    (p) => new RecordingAdapter(p, undefined, false, new Set([`${p}:mona`, `${p}:carol`])),
  );
  for (const a of platforms) h.ledger.attach(a);
  await h.say("Mona", "/installer Cantine Est", { chat: GROUPS.console });
  await h.say("Carol", "/cuisiner aujourd'hui chef", { chat: GROUPS.console });
  await h.say("Carol", "/creneaux", { chat: GROUPS.console });
  await linkEverywhere("Mona");
  await linkEverywhere("Carol");
  for (const p of ["telegram", "slack", "discord"] as const) {
    const code = /[A-Z0-9]{8}/.exec(await h.say("Mona", "/inviter", { chat: GROUPS.console }))![0];
    await h.say("Mona", `/installer ${code}`, { chat: GROUPS[p] });
    await h.say("Carol", "/creneaux", { chat: GROUPS[p] });
  }
  // Carol's own data, given privately.
  await h.say("Carol", "/regime vegan sans-gluten", dm("Carol", "console"));
  await h.say("Carol", "/allergies arachides sesame", dm("Carol", "console"));
  await h.say("Carol", "/calendrier", dm("Carol", "console"));
  // Takings: Carol, head cook on the 16th, records hers; Mona closes the 17th and corrects it.
  h.clock.set("2026-11-23T14:30:00Z"); // Monday 23, after lunch
  await h.say("Carol", "/cloturer 2026-11-16 couverts 31 recette 287,40 courses 64,20", dm("Carol", "console"));
  await h.say("Mona", "/cloturer 2026-11-17 couverts 40 recette 356,80 courses 91", dm("Mona", "console"));
  await h.say("Mona", "/cloturer 2026-11-17 recette 358,10", dm("Mona", "console"));
  await h.say("Carol", "/cuisiner mercredi", dm("Carol", "console"));
  await h.say("Carol", "/cuisiner jeudi", dm("Carol", "console"));
  await h.say("Carol", "/manger mercredi", dm("Carol", "console"));
  // Another canteen in Mona's network, with figures of its own.
  await h.say("Bruno", "/installer Cantine Ouest", { chat: "console:ouest" });
  await h.say("Bruno", "/cloturer 2026-11-16 couverts 37 recette 222,20", { chat: "console:ouest" });
  await h.say("Mona", "/reseau creer Les Petites Cantines", dm("Mona", "console"));
  const code = /rejoindre ([A-Z0-9]{8})/.exec(await h.say("Mona", "/reseau inviter", { chat: GROUPS.console }))![1]!;
  await h.say("Bruno", `/reseau rejoindre ${code}`, { chat: "console:ouest" });
  await h.ledger.drain();
  for (const a of platforms) a.messages.length = 0;
}, 120_000);
afterAll(() => h.close());

describe("what a group reads", () => {
  it("the world holds the personal values the guard looks for", async () => {
    const mine = await h.say("Carol", "/profil", dm("Carol", "telegram"));
    expect(leaks(mine)).toEqual(["the volunteer's allergies", "the volunteer's diet", "a profile"]);
    expect(leaks(await h.say("Mona", "/impact novembre", dm("Mona", "slack")))).toContain("per-service money");
    expect(leaks(await h.say("Mona", "/cloturer 2026-11-17", dm("Mona", "discord")))).toContain("a close-out history");
    expect(leaks(await h.say("Mona", "/impact reseau novembre", dm("Mona", "console")))).toContain("another canteen's figures");
    expect(leaks(await h.say("Carol", "/calendrier", dm("Carol", "console")))).toEqual(["a link with a token"]);
    expect(leaks(await h.say("Mona", "/inviter", dm("Mona", "telegram")))).toEqual(["a one-time invite code"]);
    expect(leaks(await h.say("Mona", "/reseau inviter", dm("Mona", "slack")))).toEqual(["a one-time invite code"]);
  });

  it("every command of the table has its typical arguments here", () => {
    const keys = h.core.commands.specs.map((s) => s.key);
    expect(keys.filter((k) => !(k in TYPICAL))).toEqual([]);
  });

  it("never holds personal data, money or another canteen's figures, whoever asks, on any platform", async () => {
    const found: string[] = [];
    for (const spec of h.core.commands.specs) {
      const name = spec.names.fr[0]!;
      for (const args of TYPICAL[spec.key] ?? []) {
        for (const platform of Object.keys(GROUPS) as Platform[]) {
          for (const who of ["Mona", "Carol"]) {
            const text = `/${name}${args ? ` ${args}` : ""}`;
            const out = await h.send(who, text, { chat: GROUPS[platform] });
            await h.ledger.drain();
            const posted = platforms.flatMap((a) => a.messages.splice(0)).map((m) => m.text);
            for (const what of leaks([...groupVisible(out).map(asText), ...posted].join("\n")))
              found.push(`${platform} · ${who} · ${text} → ${what}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  }, 300_000);
});
