// Profiles: diets and allergies (/regime, /allergies, /profil) and forgetting oneself (/oublier moi).
import type { AppFeature } from "../../shells.ts";
import { profileCommands } from "./commands.ts";

export const profile = { name: "profile", commands: profileCommands } satisfies AppFeature;
