// The menu feature's part of the store: services' menus and polls, and people's profiles (the
// records the sheet's daily messages, the poll and /profile share). The types are the kernel's.
import type { Allergen, Diet } from "../../kernel/food.ts";
import type { Answer, Profile, ServiceInfo } from "../../kernel/ports.ts";

/** Menus, headcount polls and profiles. Each method is one atomic unit of work. */
export interface MenuStore {
  /** A service's menu and poll state (an empty one when nothing is recorded). */
  service(canteenId: number, date: string): Promise<ServiceInfo>;
  /** Several services' menus and poll states in one read, in the order of `dates` (the board's sheet). */
  services(canteenId: number, dates: string[]): Promise<ServiceInfo[]>;
  /** Sets the menu text and tags of a service. */
  setMenu(canteenId: number, date: string, menu: { text: string; diets: Diet[]; allergens: Allergen[] }): Promise<void>;
  /** Replaces a service's allergen list. */
  setMenuAllergens(canteenId: number, date: string, allergens: Allergen[]): Promise<void>;
  /** Closes a service's poll; false when it was already closed. */
  closePoll(canteenId: number, date: string, at: Date): Promise<boolean>;

  /** A person's diets and allergies. */
  profile(personId: number): Promise<Profile>;
  /** Changes a person's diets and/or allergies. */
  setProfile(personId: number, patch: Partial<Profile>): Promise<Profile>;

  /**
   * Records a poll answer. `guests: "+1"` adds a guest to the current answer atomically (a
   * button pressed twice counts twice); a number sets it.
   */
  answerPoll(canteenId: number, date: string, personId: number, answer: { eating: boolean; guests: number | "+1" }): Promise<Answer>;
  /** Every answer to a service's poll, with profiles. */
  answers(canteenId: number, date: string): Promise<Answer[]>;
}
