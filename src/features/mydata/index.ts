// /mesdonnees · /mydata: everything Tablée holds about a person, in private and as a download on the board.
import type { AppFeature, AppPersonTable } from "../../shells.ts";
import { atomic } from "../../store/tx.ts";
import { exportPerson } from "../../store/person-export.ts";
import type { Database } from "../../store/database.ts";
import { mydataCommands } from "./commands.ts";
import { mydataCommandsEn, mydataEn } from "./en.ts";
import { mydataCommandsFr, mydataFr } from "./fr.ts";
import type { MydataStore } from "./ports.ts";
import { mydataRoutes } from "./web/routes.ts";

export type { MydataStore } from "./ports.ts";

export const mydata = {
  name: "mydata",
  commands: mydataCommands,
  messages: { fr: { mydata: mydataFr, commands: mydataCommandsFr }, en: { mydata: mydataEn, commands: mydataCommandsEn } },
  store: (database: Database, _offered: unknown, people: readonly AppPersonTable[]): MydataStore => ({
    personData: (personId, now) => atomic(database.prisma, (tx) => exportPerson(tx, people, personId, now)),
  }),
  board: ({ app, deps }) => mydataRoutes(app, deps),
} satisfies AppFeature;
