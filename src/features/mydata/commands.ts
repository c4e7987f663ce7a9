// /mesdonnees · /mydata: everything Tablée holds about the person who asks, in a private chat only
// — a readable summary there, and the whole as a JSON file on the board (`/me/data.json`).
import type { BaseContext, HandlerResult } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { message } from "../../kernel/model.ts";
import type { CommandSpec } from "../../kernel/commands/registry.ts";
import type { PersonData } from "./ports.ts";

/** Deep-link payload of the Telegram "open the private chat" button. */
export const MYDATA_START_PAYLOAD = "mydata";

/** Path of the JSON download on the board (the logged-in person's own data). */
export const MYDATA_PATH = "/me/data.json";

/** The tables of the summary, in the order a person reads them. */
const ORDER = [
  "Identity",
  "Membership",
  "NetworkManager",
  "SignUp",
  "Attendance",
  "Replacement",
  "CalendarCancellation",
  "LunchMember",
  "LunchSeat",
  "LunchAvoid",
  "ServiceChange",
  "SurveyMark",
  "CalendarFeed",
  "BoardSession",
  "BoardLogin",
  "LinkCode",
  "Invite",
  "NetworkInvite",
  "Delivery",
];

/** The readable summary of a person's data, in the language of whoever reads it. */
export function renderPersonData(t: BaseContext["t"], data: PersonData, boardUrl: string | null) {
  const m = message().title(t("mydata.title", { name: data.person.name }));
  const none = t("mydata.none");
  const diets = data.person.diets.map((d) => t(`diets.${d}`)).join(" · ");
  const allergies = data.person.allergies.map((a) => t(`allergens.${a}`)).join(", ");
  m.item(t("mydata.profile", { diets: diets || none, allergies: allergies || none }));
  for (const model of ORDER) {
    const n = data.tables[model]?.count ?? 0;
    if (n > 0) m.item(t(`mydata.tables.${model}`, { count: n }));
  }
  m.note(t("mydata.survey"));
  if (boardUrl) m.buttons({ label: t("mydata.download"), url: `${boardUrl}${MYDATA_PATH}` });
  m.note(t(boardUrl ? "mydata.downloadHow" : "mydata.noBoard"));
  m.note(t("mydata.forget"));
  return m.build();
}

async function mydata(ctx: BaseContext): Promise<HandlerResult> {
  const personId = await ctx.store.personOf(ctx.event.author.address);
  if (personId === null) return message().text(ctx.t("mydata.nothing")).build();
  const data = await ctx.store.personData(personId, ctx.now);
  if (!data) throw new UserError("mydata.nothing");
  return renderPersonData(ctx.t, data, ctx.boardUrl?.() ?? null);
}

/** The /mydata command, for the core's command table. */
export const mydataCommands: CommandSpec[] = [
  {
    key: "mydata",
    names: { en: ["mydata"], fr: ["mesdonnees"] },
    params: [],
    // Personal data: in a group, only its person reads it (ephemeral, else a private message).
    audience: "person",
    privately: { start: MYDATA_START_PAYLOAD },
    needsCanteen: false,
    run: mydata,
  },
];
