// The kitchen brief's word on the menu: the diets of the people eating that the menu's tags do
// not cover ("3 végétarien·nes : le plat principal n'est pas marqué végétarien"). Counts only.
import type { CanteenView } from "../../kernel/context.ts";
import type { RhythmDeps } from "../../kernel/feature.ts";
import { DIETS, menuSuits } from "../../kernel/food.ts";
import type { Line } from "../../kernel/model.ts";
import type { Canteen } from "../../kernel/ports.ts";

/** One line per diet declared by people eating that a posted menu does not suit; none without a menu. */
export async function uncoveredDietLines(deps: RhythmDeps, c: Canteen, date: string, v: CanteenView): Promise<Line[]> {
  const service = await deps.store.service(c.id, date);
  if (!service.menu) return [];
  const yes = (await deps.store.answers(c.id, date)).filter((a) => a.eating);
  return DIETS.map((d) => [d, yes.filter((a) => a.diets.includes(d)).length] as const)
    .filter(([d, n]) => n > 0 && !menuSuits(service.diets, d))
    .map(([d, n]) => ({
      style: "text" as const,
      spans: [v.t("menu.uncovered", { who: v.t(`menu.diet.${d}`, { count: n }), diet: v.t(`diets.${d}`) })],
    }));
}
