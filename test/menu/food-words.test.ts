// Allergen and diet words read as people write them, in every typed list; menus whose tags
// contradict their text are kept with a word to the manager; the kitchen brief names the diets
// the menu does not cover.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dietConflicts, foodWords, parseAllergen, parseDiet } from "../../src/kernel/food.ts";
import { plainText } from "../../src/kernel/model.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
afterEach(() => h?.close());

describe("allergen and diet words as people write them", () => {
  it("keeps names of several words whole, with or without accents and hyphens", () => {
    expect(foodWords("arachides fruits à coque, sans porc")).toEqual(["arachides", "fruits à coque", "sans porc"]);
    for (const w of ["fruits à coque", "fruits a coque", "Fruits-à-coque", "noix", "tree nuts", "noix de cajou"])
      expect(parseAllergen(w), w).toBe("nuts");
    for (const w of ["crustacés", "Crustaces", "shellfish"]) expect(parseAllergen(w), w).toBe("crustaceans");
    expect(parseAllergen("œufs")).toBe("eggs");
    expect(parseAllergen("sulphur dioxide")).toBe("sulphites");
    expect(parseDiet("gluten free")).toBe("glutenfree");
    expect(parseDiet("plant based")).toBe("vegan");
  });

  beforeEach(async () => {
    h = await createHarness("2026-11-23T08:00:00Z");
    await h.say("Mona", "/setup Belleville");
  });

  it("/allergies takes 'fruits à coque' among other words, and its English name", async () => {
    expect(await h.say("Zoe", "/allergies arachides fruits à coque crustacés")).toContain("crustacés, arachides, fruits à coque");
    expect(await h.say("Zoe", "/allergies tree nuts, sesame seeds")).toContain("fruits à coque, sésame");
  });

  it("/regime takes 'sans porc' and 'sans gluten' written with a space", async () => {
    expect(await h.say("Zoe", "/regime sans porc sans gluten")).toContain("sans porc · sans gluten");
  });

  it("/allergenes takes 'fruits a coque' without its accent, and still refuses an unknown word by name", async () => {
    expect(await h.say("Mona", "/allergenes mardi gluten fruits a coque")).toContain("allergènes : gluten, fruits à coque");
    expect(await h.say("Mona", "/allergenes mardi fruits à kiwi")).toMatch(/^« fruits » n'est pas un des 14 allergènes/);
  });
});

describe("a menu whose tags contradict it", () => {
  beforeEach(async () => {
    h = await createHarness("2026-11-23T08:00:00Z");
    await h.say("Mona", "/setup Belleville");
  });

  it("a #vegan menu with #lait and #oeufs is saved, with a warning naming both", async () => {
    const reply = await h.say("Mona", "/menu mardi Crumble #vegan #lait #oeufs");
    expect(reply).toContain("⚠️ À vérifier : le menu est marqué végétalien mais indique œufs, lait.");
    expect(reply).toContain("Le menu est enregistré tel quel");
    expect((await h.store.service(1, "2026-11-24")).menu).toBe("Crumble");
  });

  it("a #vegetarien menu naming beef is warned about; 'sans viande' and 'steak végétal' are not", async () => {
    expect(await h.say("Mona", "/menu mardi Bœuf bourguignon, purée #vegetarien")).toContain(
      "⚠️ À vérifier : le menu est marqué végétarien mais indique bœuf.",
    );
    expect(await h.say("Mona", "/menu mercredi Lasagnes sans viande, steak végétal #vegetarien")).not.toContain("À vérifier");
  });

  it("a #halal menu with lardons is warned about, in English too", async () => {
    expect(await h.say("Mona", "/menu mardi Quiche aux lardons #halal")).toContain("le menu est marqué halal mais indique lardons");
    const en = dietConflicts({ text: "Ham and chicken pie", diets: ["porkfree", "vegetarian"], allergens: [] });
    expect(en).toEqual([
      { diet: "vegetarian", allergens: [], words: ["ham", "chicken"] },
      { diet: "porkfree", allergens: [], words: ["ham"] },
    ]);
  });

  it("warns in English in an English canteen", async () => {
    await h.close();
    h = await createHarness("2026-11-23T08:00:00Z", { locale: "en" });
    await h.say("Mona", "/setup Riverside");
    expect(await h.say("Mona", "/menu tuesday Chicken curry #vegetarian #milk")).toContain(
      "⚠️ Please check: the menu is tagged vegetarian but mentions chicken.",
    );
    expect(await h.say("Mona", "/menu wednesday Vegan sausage and mash #vegan")).not.toContain("Please check");
  });

  it("a menu whose tags agree gets no warning", async () => {
    expect(await h.say("Mona", "/menu mardi Dahl de lentilles #vegan #gluten")).not.toContain("À vérifier");
  });
});

describe("the kitchen brief and the diets the menu does not cover", () => {
  beforeEach(async () => {
    h = await createHarness("2026-11-23T08:00:00Z");
    await h.say("Mona", "/setup Belleville");
    for (const name of ["Ana", "Bea", "Cid"]) {
      await h.say(name, "/regime vegetarien");
      await h.say(name, "/manger mardi");
    }
    await h.say("Dan", "/regime sans porc");
    await h.say("Dan", "/manger mardi");
  });
  const brief = async () => plainText((await h.core.compose(1, "summary", { date: "2026-11-24" }))!);

  it("counts the vegetarians under a beef bourguignon and says the main dish is not tagged for them", async () => {
    await h.say("Mona", "/menu mardi Bœuf bourguignon");
    const text = await brief();
    expect(text).toContain("⚠️ 3 végétarien·nes : le plat principal n'est pas marqué végétarien.");
    expect(text).toContain("⚠️ 1 personne sans porc : le plat principal n'est pas marqué sans porc.");
  });

  it("says nothing of diets a vegetarian menu covers (no pork in it either), nor before a menu is posted", async () => {
    expect(await brief()).not.toContain("n'est pas marqué");
    await h.say("Mona", "/menu mardi Dahl #vegetarien");
    expect(await brief()).not.toContain("n'est pas marqué");
  });
});
