// Profiles: diets and allergies (/regime, /allergies, /profil) and forgetting oneself (/oublier moi).
import type { AppFeature } from "../../shells.ts";
import { profileCommands } from "./commands.ts";
import { profileEn } from "./en.ts";
import { profileFr } from "./fr.ts";

export const profile = { name: "profile", commands: profileCommands, messages: { fr: profileFr, en: profileEn } } satisfies AppFeature;
