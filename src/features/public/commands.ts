// /page: the link to the canteen's public page, for the group to share (nothing personal: the
// page shows no one's name), with a button that opens it and one that shares it on WhatsApp
// where the platform has link buttons. Off, it says how a manager puts it online.
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import type { CanteenContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { message } from "../../kernel/model.ts";
import { pageIsOn } from "./settings.ts";
import { PUBLIC_PATH } from "./web/routes.ts";

/** A board address only this machine reaches (TABLEE_PUBLIC_URL unset). */
const LOOPBACK = /^https?:\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?(?:\/|$)/i;

/** The public page's address for a canteen's slug. */
export function publicPageUrl(baseUrl: string, slug: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${PUBLIC_PATH}/${slug}`;
}

async function page(ctx: CanteenContext): Promise<HandlerResult> {
  const baseUrl = ctx.boardUrl?.() ?? null;
  if (baseUrl === null) throw new UserError("public.command.notServed");
  const canteen = ctx.canteen.name;
  if (!pageIsOn(ctx.canteen)) throw new UserError("public.command.off", { canteen });
  const slug = await ctx.store.canteenSlug(ctx.canteen.id);
  if (slug === null) throw new UserError("public.command.off", { canteen });
  const url = publicPageUrl(baseUrl, slug);
  const m = message().title(ctx.t("public.command.title", { canteen })).text(url).note(ctx.t("public.command.note"));
  if (LOOPBACK.test(baseUrl)) m.note(ctx.t("public.command.local"));
  if (ctx.can.linkButtons) {
    const text = `${ctx.t("public.command.shareText", { canteen })} ${url}`;
    m.buttons(
      { label: ctx.t("public.command.open"), url, style: "primary" },
      { label: ctx.t("public.command.share"), url: `https://wa.me/?text=${encodeURIComponent(text)}` },
    );
  }
  return m.build();
}

/** /page, for the core's command table: anyone in the canteen's chats, answered in the chat. */
export const publicCommands: CommandSpec[] = [
  {
    key: "page",
    names: { en: ["page", "public-page"], fr: ["page", "page-publique"] },
    needsCanteen: true,
    run: (ctx) => page(ctx),
  },
];
