// Who really came, typed with `/cloturer`: `absent lea` (did not come), `present lea` (came after
// all), `aide Sam [role]` (helped without a place on the sheet). These clauses are taken out of the
// arguments first; what is left (day, covers, amounts) goes to parseCloseArgs unchanged.
import type { CanteenContext } from "../../kernel/context.ts";
import { UserError } from "../../kernel/context.ts";
import { checkHelperName } from "../../kernel/people.ts";
import { DEFAULT_ROLE, parseRole } from "../../kernel/roles.ts";
import { fold } from "../../kernel/text.ts";
import { isKeyword } from "./parse.ts";
import type { TeamMark, TeamPerson } from "./ports.ts";

type Kind = TeamMark["kind"];

const WORDS: Record<string, Kind> = Object.assign(Object.create(null) as Record<string, Kind>, {
  absent: "absent",
  absente: "absent",
  absents: "absent",
  absentes: "absent",
  "no-show": "absent",
  noshow: "absent",
  present: "present",
  presente: "present",
  presents: "present",
  presentes: "present",
  venu: "present",
  venue: "present",
  came: "present",
  aide: "helper",
  aides: "helper",
  helper: "helper",
  helpers: "helper",
});

/** The team clause a word opens, if any. */
export function teamKeyword(word: string): Kind | undefined {
  return WORDS[fold(word)];
}

/** One typed team clause: its kind and the words of the names after it. */
export interface TeamClause {
  kind: Kind;
  words: string[];
}

/**
 * Takes the team clauses out of `/cloturer`'s arguments; a clause runs until the next keyword
 * (a team word, a field, a means of payment, a part of the waste).
 */
export function splitTeamClauses(args: string): { rest: string; clauses: TeamClause[] } {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const rest: string[] = [];
  const clauses: TeamClause[] = [];
  let open: TeamClause | null = null;
  for (const w of words) {
    const kind = teamKeyword(w);
    if (kind) {
      open = { kind, words: [] };
      clauses.push(open);
    } else if (open && !isKeyword(w)) open.words.push(w);
    else {
      open = null;
      rest.push(w);
    }
  }
  for (const c of clauses) if (c.words.length === 0) throw new UserError("closeout.team.missingName", { word: c.kind });
  return { rest: rest.join(" "), clauses };
}

/** The team people a run of words names (full names or first names, `#12` from a button), in order. */
function namedPeople(team: readonly TeamPerson[], words: string[]): TeamPerson[] {
  const found: TeamPerson[] = [];
  let i = 0;
  while (i < words.length) {
    let match: TeamPerson | undefined;
    let used = 0;
    const id = /^#(\d+)$/.exec(words[i]!);
    if (id) {
      match = team.find((p) => p.personId === Number(id[1]));
      used = 1;
    }
    // The longest run of words that names one person: a full name first, then a first name.
    for (let j = words.length; !match && j > i; j--) {
      const phrase = fold(words.slice(i, j).join(" "));
      const full = team.filter((p) => fold(p.name) === phrase);
      const first = full.length > 0 ? full : team.filter((p) => fold(p.name.split(/\s+/)[0] ?? "") === phrase);
      if (first.length > 1) throw new UserError("closeout.team.ambiguous", { name: words.slice(i, j).join(" ") });
      if (first.length === 1) [match, used] = [first[0], j - i];
    }
    if (!match) {
      const names = team.filter((p) => p.personId !== null || p.helper).map((p) => p.name);
      throw new UserError("closeout.team.unknown", { name: words[i], team: names.length > 0 ? names.join(", ") : "—" });
    }
    found.push(match);
    i += used;
  }
  return found;
}

/**
 * The marks the clauses ask for, checked against the service's team before anything is saved.
 * A helper who is a member of the canteen (by exact name) is linked to their person.
 */
export async function teamMarks(ctx: CanteenContext, team: readonly TeamPerson[], clauses: readonly TeamClause[]): Promise<TeamMark[]> {
  const marks: TeamMark[] = [];
  for (const c of clauses) {
    if (c.kind !== "helper") {
      for (const p of namedPeople(team, c.words)) marks.push({ kind: c.kind, personId: p.personId, name: p.name });
      continue;
    }
    // "aide Sam plonge": a last word naming a role gives the helper's role (default: cook).
    const last = c.words.length > 1 ? parseRole(c.words.at(-1)!, ctx.canteen.roles) : undefined;
    const name = checkHelperName((last ? c.words.slice(0, -1) : c.words).join(" "));
    const role =
      last ?? (ctx.canteen.roles.some((r) => r.key === DEFAULT_ROLE) ? DEFAULT_ROLE : (ctx.canteen.roles[0]?.key ?? DEFAULT_ROLE));
    const onTeam = team.find((p) => fold(p.name) === fold(name));
    const member = onTeam ? undefined : (await ctx.store.members(ctx.canteen.id)).filter((m) => fold(m.name) === fold(name));
    const personId = onTeam?.personId ?? (member?.length === 1 ? member[0]!.personId : null);
    marks.push({ kind: "helper", personId, name: onTeam?.name ?? (member?.length === 1 ? member[0]!.name : name), role });
  }
  return marks;
}
