// Menus and allergens (/menu), and the services' records the poll and profiles share.
import type { AppFeature } from "../../shells.ts";
import { foodCommands } from "./commands.ts";
import { serviceStore } from "./store.ts";
import { menuPersonTables } from "./person.ts";

export const menu = { name: "menu", commands: foodCommands, store: serviceStore, person: menuPersonTables } satisfies AppFeature;
