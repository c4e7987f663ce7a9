// The web board's login and pages: /board's one-time links, sessions, the sheet and menu pages,
// and the Telegram Mini App's way in.
import type { AppFeature } from "../../shells.ts";
import { boardCommands, composeBoardMessage } from "./commands.ts";
import { boardCommandsEn, boardEn } from "./en.ts";
import { boardCommandsFr, boardFr } from "./fr.ts";
import { boardStore } from "./store.ts";
import { miniAppBoardRoutes } from "./telegram/routes.ts";
import { canteenRoutes } from "./web/canteen-routes.ts";
import { loginRoutes } from "./web/login-routes.ts";
import { meRoutes } from "./web/me-routes.ts";
import { boardPersonTables } from "./person.ts";

export type { BoardStore } from "./ports.ts";
export { issueLoginLink, loginLinkFor, type IssuedLink } from "./login.ts";
export { boardView } from "./view.ts";

export { hashToken, looksLikeToken, newToken } from "./tokens.ts";
export { boardCanteens, type BoardView } from "./view.ts";
export { loggedOutPage, messagePage } from "./web/login-page.ts";
export { boardAct } from "./act.ts";

export const board = {
  name: "board",
  commands: boardCommands,
  messages: { fr: { board: boardFr, commands: boardCommandsFr }, en: { board: boardEn, commands: boardCommandsEn } },
  // A board message is personal (a fresh login link each time): never shared between targets.
  personal: { board: (deps, canteenId, subject, target, now) => composeBoardMessage(deps, canteenId, subject, target, now) },
  store: boardStore,
  board({ app, deps, sessions }) {
    loginRoutes(app, deps, sessions);
    canteenRoutes(app, deps);
    meRoutes(app, deps);
    miniAppBoardRoutes()(app, deps, sessions);
  },
  person: boardPersonTables,
} satisfies AppFeature;
