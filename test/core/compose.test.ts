// The ledger asks the core to compose each queued message from the current state when it sends
// or edits it. Requests for one message that are in flight together (a fan-out to many groups)
// share one composition; a request made afterwards composes afresh.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/kernel/model.ts";
import type { Store } from "../../src/kernel/ports.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

describe("composing queued messages", () => {
  let h: Harness;
  let canteenId: number;
  let reads: number;

  beforeEach(async () => {
    h = await createHarness("2026-11-23T08:00:00Z");
    await h.say("Mona", "/installer Belleville");
    canteenId = (await h.store.findChat("console:group"))!.canteen.id;
    // Count how often the announcement is built from the database.
    reads = 0;
    const store = h.store as { answers: Store["answers"] };
    const answers = store.answers;
    store.answers = (...args) => {
      reads++;
      return answers(...args);
    };
  });
  afterEach(async () => {
    await h.close();
  });

  const announcement = async () => plainText((await h.core.compose(canteenId, "announcement", { date: "2026-11-23" }))!);

  it("fifty requests for the same announcement at once build it once, and all get it", async () => {
    const texts = await Promise.all(Array.from({ length: 50 }, announcement));
    expect(reads).toBe(1);
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toContain("Belleville");
  });

  it("a request made after an answer builds the announcement again, with the new count", async () => {
    expect(await announcement()).toMatch(/🙋 0 /);
    await h.say("Alice", "/manger");
    expect(await announcement()).toMatch(/🙋 1 /);
    expect(reads).toBe(3); // the two announcements, and /manger's own count
  });

  it("different messages in flight together are each built", async () => {
    const [announce, help] = await Promise.all([
      h.core.compose(canteenId, "announcement", { date: "2026-11-23" }),
      h.core.compose(canteenId, "announcement", { date: "2026-11-24" }),
    ]);
    expect(plainText(announce!)).not.toBe(plainText(help!));
    expect(reads).toBe(2);
  });
});
