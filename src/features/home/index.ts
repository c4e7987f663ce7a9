// A person's home (Slack's App Home tab): their next shifts and canteens, and a fresh board link.
import type { AppFeature } from "../../shells.ts";
import { loginLinkFor } from "../board/index.ts";
import { homeEn } from "./en.ts";
import { homeFr } from "./fr.ts";
import { homeTab } from "./home.ts";

export const home = {
  name: "home",
  messages: { fr: { home: homeFr }, en: { home: homeEn } },
  home: (deps, address) => homeTab(deps, address, () => loginLinkFor(deps, address)),
} satisfies AppFeature;
