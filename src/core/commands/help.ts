// /help and /aide: every command in the reader's language, or the details of one command.
import type { BaseContext, HandlerResult } from "../context.ts";
import { UserError } from "../context.ts";
import { message } from "../model.ts";
import { commandName, forManagers, type CommandSpec, type CommandTable } from "./registry.ts";

function line(ctx: BaseContext, spec: CommandSpec): [string, string] {
  const other = ctx.locale === "fr" ? "en" : "fr";
  const usage = ctx.t(`commands.${spec.key}.usage`);
  const alt = commandName(spec, other);
  const own = commandName(spec, ctx.locale);
  return [usage, `${ctx.t(`commands.${spec.key}.description`)}${alt !== own ? ` (${alt})` : ""}`];
}

/** Builds the help command over a command table (it lists the table, so it is made after it). */
export function helpCommand(table: () => CommandTable): CommandSpec {
  return {
    key: "help",
    names: { en: ["help", "start", "commands"], fr: ["aide", "commandes"] },
    params: [{ kind: "command" }],
    needsCanteen: false,
    async run(ctx, args): Promise<HandlerResult> {
      const visible = table().specs.filter((s) => !s.hidden);
      const asked = args.trim().replace(/^\//, "");
      if (asked !== "") {
        const spec = table().find(asked);
        if (!spec || spec.hidden) throw new UserError("errors.unknownCommand", { command: `/${asked}`, suggestion: "" });
        const [usage, description] = line(ctx, spec);
        return message()
          .text({ bold: usage })
          .text(description)
          .note(ctx.t(`commands.${spec.key}.examples`))
          .build();
      }
      const m = message().title(ctx.t("help.title"));
      if (!ctx.canteen) m.text(ctx.t("help.notLinked"));
      for (const spec of visible.filter((s) => !forManagers(s))) {
        const [usage, description] = line(ctx, spec);
        m.item({ bold: usage }, ` — ${description}`);
      }
      m.text({ bold: ctx.t("help.managers") });
      for (const spec of visible.filter((s) => forManagers(s))) {
        const [usage, description] = line(ctx, spec);
        m.item({ bold: usage }, ` — ${description}`);
      }
      m.note(ctx.t("help.footer"));
      return m.buttons({ label: ctx.t("buttons.sheet"), command: "/slots" }).build();
    },
  };
}
