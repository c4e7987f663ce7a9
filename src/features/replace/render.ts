// The replacement messages: the call posted to every group (with its "I'll take it" button
// while open, edited to say who took it), the requester's private notice, the alert's lines.
import type { CanteenView } from "../../kernel/context.ts";
import { formatDate } from "../../kernel/days.ts";
import { message, type Message } from "../../kernel/model.ts";
import { roleLabel } from "../sheet/index.ts";
import type { ReplacementRequest } from "./ports.ts";

/** The command that shows a request's message as it stands (the message's in-place refresh). */
export function requestCommand(id: number): string {
  return `/replacement ${id}`;
}

function params(v: CanteenView, r: ReplacementRequest) {
  return { name: r.requester.name, date: formatDate(r.date, v.locale, v.now), role: roleLabel(v, r.role), canteen: v.canteen.name };
}

/** The message about one request in a group, in the canteen's language. */
export function renderRequest(v: CanteenView, r: ReplacementRequest): Message {
  const p = params(v, r);
  if (r.status === "taken")
    return {
      ...message()
        .text(v.t("replace.taken", { ...p, taker: r.taker?.name ?? "?" }))
        .build(),
      refresh: requestCommand(r.id),
    };
  if (r.status === "withdrawn") return { ...message().text(v.t("replace.withdrawn", p)).build(), refresh: requestCommand(r.id) };
  const m = message()
    .text({ bold: v.t("replace.ask", p) })
    .note(v.t("replace.askNote", p))
    .buttons({ label: v.t("replace.take"), command: `/take ${r.id}`, style: "primary" });
  return { ...m.build(), refresh: requestCommand(r.id) };
}

/** The private notice to the requester once someone took their place, in their language. */
export function renderReplaced(v: CanteenView, r: ReplacementRequest): Message {
  return message()
    .text(v.t("replace.replaced", { ...params(v, r), taker: r.taker?.name ?? "?" }))
    .build();
}

/** Lines the managers' alert adds for requests nobody has taken yet. */
export function alertLines(v: CanteenView, open: ReplacementRequest[]): string[] {
  return open.map((r) => v.t("replace.alertOpen", params(v, r)));
}
