// `/impact reseau [période]`: a network's figures (the sum of its canteens' totals, so shares come
// from summed counts, never averaged) and one line per canteen. Network managers only; the report
// names canteens, never their members or groups.
import { localNow } from "../../kernel/days.ts";
import type { BaseContext, CanteenContext } from "../../kernel/context.ts";
import { periodTitle, requirePeriod } from "../impact/index.ts";
import type { SubcommandSpec } from "../../kernel/commands/registry.ts";
import { message, type Message } from "../../kernel/model.ts";
import type { Store } from "../../kernel/ports.ts";
import { computeFigures, sumFigures, type Figures } from "../impact/index.ts";
import type { Period } from "../impact/index.ts";
import type { NamedPeriod } from "../impact/index.ts";
import { inLocale, managedNetwork, privateLocale } from "./access.ts";
import type { Network } from "./ports.ts";
import { canteenSummary, figuresMessage, type FigureView } from "./render.ts";

/** A network's figures over a period: each canteen's, and their sum. */
export interface NetworkFigures {
  network: Network;
  canteens: { name: string; figures: Figures }[];
  total: Figures;
}

/** Reads every canteen's records of the period and sums them. */
export async function networkFigures(store: Store, network: Network, period: Period, today: string): Promise<NetworkFigures> {
  const records = await store.networkRecords(
    network.canteens.map((c) => c.canteenId),
    period,
    today,
  );
  const canteens = records.map((r, i) => ({ name: network.canteens[i]!.name, figures: computeFigures(r) }));
  const total = sumFigures(
    canteens.map((c) => c.figures),
    canteens.map((c) => c.name),
  );
  return { network, canteens, total };
}

/** The network report's message: the summed figures, then one line per canteen (names only). */
export function renderNetworkReport(v: FigureView, nf: NetworkFigures, title: string, footer: string[] = []): Message {
  if (nf.total.services.held === 0)
    return message().title(title).text(v.t("network.impact.empty")).note(v.t("network.impact.privacy")).build();
  return figuresMessage(
    v,
    nf.total,
    title,
    (m) => {
      m.text({ bold: v.t("network.impact.perCanteen") });
      for (const c of nf.canteens) m.item(v.t("network.impact.canteenLine", { canteen: c.name, figures: canteenSummary(v, c.figures) }));
      m.note(v.t("network.impact.privacy"));
      for (const f of footer) m.note(f);
    },
    true,
  );
}

/**
 * `/impact reseau <period>` for the /impact command, in the language network answers speak.
 * Refuses anyone who manages no network (a canteen's managers see their canteen only).
 */
export async function networkImpact(ctx: BaseContext, period: NamedPeriod): Promise<Message> {
  const network = await managedNetwork(ctx);
  const v = inLocale(ctx, await privateLocale(ctx));
  const today = localNow(ctx.now, ctx.canteen?.timezone ?? ctx.defaults.timezone).toISODate()!;
  const nf = await networkFigures(ctx.store, network, period, today);
  return renderNetworkReport(v, nf, v.t("network.impact.title", { network: network.name, period: periodTitle(v, period) }));
}

/**
 * `/impact reseau [période]`, a subcommand of /impact for a network's managers. Other canteens'
 * rows and the network's money are theirs: the answer goes to the asker alone, the group reading
 * only that it was sent.
 */
export const networkImpactScope: SubcommandSpec<CanteenContext> = {
  key: "network",
  names: { en: ["network", "networks"], fr: ["reseau", "reseaux"] },
  params: [{ kind: "text" }],
  who: "networkManagers",
  audience: "person",
  run: async (ctx: CanteenContext, rest: string) => networkImpact(ctx, requirePeriod(ctx, rest)),
};
