// The contract every platform adapter passes, end to end: the real adapter (SDK included) runs
// against a fake platform server on loopback, wired to the real core on a real database.
// Each adapter's test file calls `adapterContract` with a harness for its fake platform.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DeliveryError, type Adapter } from "../../src/kernel/adapter.ts";
import { message } from "../../src/kernel/model.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

/** Somebody on the fake platform. `address` is Tablée's id for them ("telegram:42"). */
export interface FakeUser {
  id: string;
  name: string;
  address: string;
}

/** What a fake platform lets the contract do and observe. */
export interface PlatformHarness {
  adapter: Adapter;
  /** Tablée addresses of two group chats on the fake platform. */
  group: string;
  otherGroup: string;
  users: [FakeUser, FakeUser, FakeUser];
  /** A user types a message in a chat; resolves once the bot has finished answering it. */
  userSays(chat: string, user: FakeUser, text: string): Promise<void>;
  /** A user presses the first button whose label matches, on the newest bot message that has one. */
  press(chat: string, user: FakeUser, label: RegExp): Promise<void>;
  /** The bot's messages in a chat as people see them (edits applied), oldest first. */
  messages(chat: string): string[];
  /** Short acknowledgements a user saw (toasts, ephemeral replies). */
  toasts(user: FakeUser): string[];
  /** Delivers the last inbound event again, with the same platform id; resolves once handled. */
  redeliverLast(): Promise<void>;
  /** Makes the next message posted into `chat` fail as the platform would. */
  failNextPost(chat: string, failure: "rate-limited" | "gone", retryAfterSeconds?: number): void;
  stop(): Promise<void>;
}

/** Builds a harness: starts the fake platform and the real adapter wired to `world.core`. */
export type HarnessFactory = (world: Harness) => Promise<PlatformHarness>;

/** Registers the shared adapter behaviours for one platform. */
export function adapterContract(platform: string, makeHarness: HarnessFactory): void {
  describe(`${platform} adapter contract`, () => {
    let world: Harness;
    let p: PlatformHarness;
    beforeEach(async () => {
      world = await createHarness("2026-11-23T08:00:00Z"); // Monday 09:00 in Paris
      p = await makeHarness(world);
    });
    afterEach(async () => {
      await p.stop();
      await world.close();
    });
    const last = (chat: string) => p.messages(chat).at(-1) ?? "";

    it("a group sets up a canteen and volunteers sign up with French or English commands", async () => {
      const [mona, alice, bob] = p.users;
      await p.userSays(p.group, mona, "/setup Cantine de Belleville");
      expect(last(p.group)).toContain("« Cantine de Belleville » est créée");
      await p.userSays(p.group, alice, "/cuisiner mardi");
      expect(last(p.group)).toContain(`${alice.name}, c'est noté : Cuisine mardi 24 novembre (1/3)`);
      await p.userSays(p.group, bob, "/cook tuesday dishes");
      await p.userSays(p.group, bob, "/slots");
      expect(last(p.group)).toMatch(new RegExp(`Cuisine 1/3 : ${alice.name}`));
      expect(last(p.group)).toMatch(new RegExp(`Plonge 1/2 : ${bob.name}`));
    });

    it("a sheet button signs the presser up, acknowledges them, and updates the sheet in place", async () => {
      const [mona, alice] = p.users;
      await p.userSays(p.group, mona, "/setup Belleville");
      await p.userSays(p.group, mona, "/slots");
      const before = p.messages(p.group).length;
      await p.press(p.group, alice, /Cuisine mar/);
      expect(p.messages(p.group)).toHaveLength(before);
      expect(last(p.group)).toContain(`Cuisine 1/3 : ${alice.name}`);
      expect(p.toasts(alice).at(-1)).toBe("Inscription confirmée");
    });

    it("a replacement call reaches the group; the first press takes the place and the message says who", async () => {
      const [mona, alice, bob] = p.users;
      world.ledger.attach(p.adapter);
      await p.userSays(p.group, mona, "/setup Belleville");
      await p.userSays(p.group, alice, "/cuisiner mardi");
      await p.userSays(p.group, alice, "/remplacer mardi");
      await world.ledger.drain();
      // The reply and the call (sent by the ledger) may arrive in either order.
      const said = (text: string) => p.messages(p.group).filter((m) => m.includes(text));
      expect(said("C'est demandé dans le groupe de la cantine")).toHaveLength(1);
      expect(said(`🔁 ${alice.name} ne peut pas venir mardi 24 novembre (Cuisine) — qui prend la place ?`)).toHaveLength(1);
      const before = p.messages(p.group).length;
      await p.press(p.group, mona, /Je prends la place/);
      expect(p.messages(p.group)).toHaveLength(before);
      expect(said("qui prend la place ?")).toHaveLength(0);
      expect(said(`✅ ${mona.name} prend la place de ${alice.name} mardi 24 novembre (Cuisine)`)).toHaveLength(1);
      expect(p.toasts(mona).at(-1)).toBe("Place prise : merci !");
      await p.userSays(p.group, bob, "/slots");
      expect(last(p.group)).toContain(`Cuisine 1/3 : ${mona.name} · 2 places libres`);
    });

    it("/langue en: the reply and what only that person sees come in English; the group stays French", async () => {
      const [mona, alice] = p.users;
      await p.userSays(p.group, mona, "/setup Belleville");
      await p.userSays(p.group, alice, "/langue en");
      expect(last(p.group)).toContain("✅ Done: I'll speak English to you in what only you see.");
      await p.userSays(p.group, mona, "/slots");
      await p.press(p.group, alice, /Cuisine mar/);
      expect(p.toasts(alice).at(-1)).toBe("Signed up");
      expect(last(p.group)).toContain(`Cuisine 1/3 : ${alice.name}`);
    });

    it("until someone chooses, the language their app reports is the one of what they alone see", async () => {
      const [mona, , bob] = p.users; // Bob's app is in English on every fake platform
      await p.userSays(p.group, mona, "/setup Belleville");
      await p.userSays(p.group, mona, "/slots");
      await p.press(p.group, bob, /Cuisine mar/);
      expect(p.toasts(bob).at(-1)).toBe("Signed up");
      expect(last(p.group)).toContain(`Cuisine 1/3 : ${bob.name}`);
    });

    it("a redelivered event is processed once", async () => {
      const [mona, alice] = p.users;
      await p.userSays(p.group, mona, "/setup Belleville");
      await p.userSays(p.group, alice, "/cook wednesday");
      const count = p.messages(p.group).length;
      await p.redeliverLast();
      expect(p.messages(p.group)).toHaveLength(count);
    });

    it("user text is shown literally, never interpreted as the platform's markup", async () => {
      const [mona] = p.users;
      await p.userSays(p.group, mona, "/setup <b>Chez</b> *Zoé* _&_ `x`");
      expect(last(p.group)).toContain("« <b>Chez</b> *Zoé* _&_ `x` » est créée");
    });

    it("chats of different canteens stay apart", async () => {
      const [mona, alice, bob] = p.users;
      await p.userSays(p.group, mona, "/setup Belleville");
      await p.userSays(p.otherGroup, bob, "/setup Vaise");
      await p.userSays(p.group, alice, "/cook tuesday");
      await p.userSays(p.otherGroup, bob, "/slots");
      expect(last(p.otherGroup)).toContain("personne encore : Chef·fe 0/1 · Cuisine 0/3");
    });

    it("posts a message the ledger can later edit in place", async () => {
      expect(p.adapter.post && p.adapter.edit).toBeTruthy();
      const id = await p.adapter.post!(p.group, message().title("Menu").text("Dahl").build(), { deliveryKey: "contract:1" });
      expect(typeof id).toBe("string");
      await p.adapter.edit!(p.group, id, message().title("Menu").text("Dahl (12 couverts)").build());
      expect(p.messages(p.group).filter((m) => m.includes("Menu"))).toEqual([expect.stringContaining("Dahl (12 couverts)")]);
    });

    it("a 429 from the platform becomes a rate-limited DeliveryError with the delay to wait", async () => {
      p.failNextPost(p.group, "rate-limited", 7);
      const err = await p.adapter.post!(p.group, message().text("hi").build(), { deliveryKey: "contract:2" }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect((err as DeliveryError).failure).toBe("rate-limited");
      expect((err as DeliveryError).retryAfterMs).toBeGreaterThanOrEqual(7000);
    });

    it("a chat the bot was removed from becomes a 'gone' DeliveryError", async () => {
      p.failNextPost(p.group, "gone");
      const err = await p.adapter.post!(p.group, message().text("hi").build(), { deliveryKey: "contract:3" }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect((err as DeliveryError).failure).toBe("gone");
    });

    it("declares its platform's rate policy for the ledger", () => {
      expect(p.adapter.ratePolicy?.global.length).toBeGreaterThan(0);
      expect(p.adapter.ratePolicy?.perChat.length).toBeGreaterThan(0);
    });
  });
}
