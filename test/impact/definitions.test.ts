// Each figure has one written definition, in code, in both languages, and the README quotes it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIGURE_DEFINITIONS, FIGURE_IDS } from "../../src/features/impact/definitions.ts";
import { computeFigures } from "../../src/features/impact/figures.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("figure definitions", () => {
  it("define every figure the layer computes, in French and English", () => {
    const computed = Object.keys(
      computeFigures({
        canteenId: 1,
        canteenName: "C",
        currency: "EUR",
        ingredientCost: null,
        runningCost: null,
        services: [],
        volunteers: 0,
        newVolunteers: 0,
        newcomers: 0,
        lunch: null,
      }).figures,
    );
    expect([...computed].sort()).toEqual([...FIGURE_IDS].sort());
    for (const id of FIGURE_IDS) {
      for (const l of ["fr", "en"] as const) {
        expect(FIGURE_DEFINITIONS[id][l].name.length, `${id} ${l}`).toBeGreaterThan(3);
        expect(FIGURE_DEFINITIONS[id][l].definition.length, `${id} ${l}`).toBeGreaterThan(20);
      }
    }
  });

  it("are quoted word for word in the README's table", () => {
    for (const id of FIGURE_IDS) {
      const d = FIGURE_DEFINITIONS[id];
      expect(readme, id).toContain(`| ${d.en.name} · *${d.fr.name}* | ${d.en.definition} |`);
    }
  });

  it("speak plain words to a funder: no command nor setting name", () => {
    for (const id of FIGURE_IDS) {
      for (const l of ["fr", "en"] as const) {
        const text = FIGURE_DEFINITIONS[id][l].definition;
        expect(text, `${id} ${l}`).not.toMatch(/\/[a-z]|prix-|ingredient-cost|running-cost|fin-sondage|poll-end/);
      }
    }
  });

  it("label the forecast as an estimate", () => {
    expect(FIGURE_DEFINITIONS["forecast-error"].en.definition).toContain("The forecast is an estimate");
    expect(FIGURE_DEFINITIONS["forecast-error"].fr.definition).toContain("La prévision est une estimation");
  });
});
