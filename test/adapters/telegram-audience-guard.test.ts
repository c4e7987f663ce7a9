// The audience guard on Telegram end to end: the real adapter against the fake Bot API, where a
// private answer is a private message the adapter sends itself. Every command of the table,
// typically typed in the canteen's group by a manager who never started the bot and by a
// volunteer who did (a diet, allergies, calendar links, takings recorded): nothing the bot posts
// in the group — text or buttons — holds a personal value, money or another canteen's figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { leaks, TYPICAL } from "../helpers/personal-values.ts";
import { telegramHarness, type TelegramHarness } from "../fakes/telegram/harness.ts";

let world: Harness;
let tg: TelegramHarness;
/** Everything the bot posted in a chat so far, buttons included. */
const posted = (chatId: number) => tg.fake.state.botMessages(chatId).map((m) => `${m.text}\n${JSON.stringify(m.reply_markup ?? {})}`);

beforeAll(async () => {
  world = await createHarness("2026-11-16T08:00:00Z", { boardUrl: "https://tablee.example.org" }); // Monday 16, 09:00
  // Hundreds of answers into one group: Telegram's 20 a minute would make this a long test.
  const fast = [{ limit: 10_000, windowMs: 1000 }];
  tg = await telegramHarness(world, { ratePolicy: { global: fast, perChat: fast } });
  world.ledger.attach(tg.adapter);
  const [mona, alice, bob] = tg.users;
  const aliceDm = `telegram:${tg.fake.state.privateChat(tg.people.alice).chat.id}`;
  await tg.userSays(tg.group, mona, "/installer Cantine Est");
  await tg.userSays(tg.group, alice, "/cuisiner aujourd'hui chef");
  await tg.userSays(aliceDm, alice, "/regime vegan sans-gluten");
  await tg.userSays(aliceDm, alice, "/allergies arachides sesame");
  await tg.userSays(aliceDm, alice, "/calendrier");
  world.clock.set("2026-11-23T14:30:00Z");
  await tg.userSays(aliceDm, alice, "/cloturer 2026-11-16 couverts 31 recette 287,40 courses 64,20");
  await tg.userSays(tg.group, mona, "/cloturer 2026-11-17 couverts 40 recette 356,80 courses 91");
  await tg.userSays(tg.group, mona, "/cloturer 2026-11-17 recette 358,10");
  await tg.userSays(aliceDm, alice, "/cuisiner mercredi");
  await tg.userSays(aliceDm, alice, "/manger mercredi");
  // Another canteen in Mona's network, with figures of its own.
  await tg.userSays(tg.otherGroup, bob, "/installer Cantine Ouest");
  await tg.userSays(tg.otherGroup, bob, "/cloturer 2026-11-16 couverts 37 recette 222,20");
  await tg.userSays(tg.group, mona, "/reseau creer Les Petites Cantines");
  // Mona never started the bot: her one-time code cannot reach her privately, and the group never
  // reads it (the guard below checks), so the code Bob uses is made here.
  const monaId = (await world.store.personOf(`telegram:${tg.people.mona.id}`))!;
  const [network] = await world.store.networksManagedBy(monaId);
  const code = await world.store.createNetworkInvite(network!.id, monaId, new Date("2026-11-25T00:00:00Z"));
  await tg.userSays(tg.otherGroup, bob, `/reseau rejoindre ${code}`);
  await world.ledger.drain();
}, 120_000);
afterAll(async () => {
  await tg.stop();
  await world.close();
});

describe("what a Telegram group reads", () => {
  it("the private chat got the personal answers the group did not", async () => {
    const aliceDm = tg.fake.state.privateChat(tg.people.alice).chat.id;
    const before = posted(tg.groupChat.id).length;
    await tg.userSays(tg.group, tg.users[1]!, "/profil");
    expect(posted(tg.groupChat.id).slice(before).join("\n")).toContain("Alice Martin, je t'ai répondu en privé.");
    expect(leaks(posted(aliceDm).join("\n"))).toEqual(
      expect.arrayContaining(["the volunteer's allergies", "the volunteer's diet", "a link with a token"]),
    );
  });

  it("never holds personal data, money or another canteen's figures, whoever asks", async () => {
    const found: string[] = [];
    const [mona, alice] = tg.users;
    for (const spec of world.core.commands.specs) {
      for (const args of TYPICAL[spec.key] ?? []) {
        for (const who of [mona!, alice!]) {
          const text = `/${spec.names.fr[0]}${args ? ` ${args}` : ""}`;
          const before = posted(tg.groupChat.id).length;
          await tg.userSays(tg.group, who, text);
          await world.ledger.drain();
          for (const what of leaks(posted(tg.groupChat.id).slice(before).join("\n"))) found.push(`${who.name} · ${text} → ${what}`);
        }
      }
    }
    expect(found).toEqual([]);
  }, 300_000);
});
