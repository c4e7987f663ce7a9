// What the board's "My profile" page shows a person about themselves, read through the core's
// own rules: their answer to each service whose poll is still open, their diet and allergies
// (theirs alone: never shown to anyone else), and the language they chose.
import { pollClosed } from "../sheet/index.ts";
import { canteenView, type CoreDeps } from "../../kernel/context.ts";
import type { Allergen, Diet } from "../../kernel/food.ts";
import type { Locale } from "../../kernel/ports.ts";
import type { BoardView } from "./view.ts";

/** The person's answer to one open poll: null when they have not answered yet. */
export interface MyPoll {
  date: string;
  answer: { eating: boolean; guests: number } | null;
}

/** Everything the profile page needs besides the board view. */
export interface MyProfile {
  polls: MyPoll[];
  diets: Diet[];
  allergies: Allergen[];
  /** The language the person chose; null when they follow their app's. */
  language: Locale | null;
}

/** Reads the person's own answers, diet, allergies and chosen language in the view's canteen. */
export async function myProfile(deps: CoreDeps, view: BoardView): Promise<MyProfile> {
  const v = canteenView(view.canteen, deps.clock.now());
  const open = view.services.filter((s) => !pollClosed(v, s.info));
  const personId = view.me.personId;
  const [answers, profile, members] = await Promise.all([
    Promise.all(open.map((s) => deps.store.answers(view.canteen.id, s.date))),
    deps.store.profile(personId),
    deps.store.members(view.canteen.id),
  ]);
  const polls = open.map((s, i): MyPoll => {
    const a = answers[i]!.find((x) => x.personId === personId);
    return { date: s.date, answer: a ? { eating: a.eating, guests: a.guests } : null };
  });
  const language = members.find((m) => m.personId === personId)?.locale ?? null;
  return { polls, diets: profile.diets, allergies: profile.allergies, language };
}
