// What the fuzzer types: random unicode and control characters, very long lines, command-shaped
// text built from real command names and tricky arguments, and the usual injection attempts —
// sent by random people (some with hostile display names) in linked, unlinked and private chats.
// Words that would hide a rendering failure ("undefined", "NaN", "{{…}}") are left out, so the
// runner can flag them in any reply; hostile-input.test.ts checks those words as input.
import fc from "fast-check";

/** Strings people (or attackers) paste into chats. */
export const HOSTILE = [
  '\'; DROP TABLE "SignUp"; --',
  '" OR 1=1 --',
  '1); DELETE FROM "Canteen" WHERE (1=1',
  "Robert'); DROP TABLE Students;--",
  "<script>alert(1)</script>",
  "<b>gras</b>",
  '<a href="javascript:alert(1)">x</a>',
  "&amp;&lt;&gt;",
  "]]><!--",
  "@everyone",
  "@here",
  "<!channel>",
  "<!here>",
  "<@U0MONA>",
  "<@&123>",
  "<#C0CANTINE>",
  "@TableeBot",
  "%s%s%s%n",
  "%d %x %p",
  "$t(errors.internal)",
  "${process.exit(1)}",
  "`rm -rf /`",
  "$(reboot)",
  "\\u0000",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "null",
  "Infinity",
  "-0",
  "1e308",
  "-1e308",
  "99999999999999999999999",
  "9007199254740993",
  "0x7fffffff",
  "-2147483649",
  "+99999",
  "+-1",
  "1/0",
  "\u202Eelbat\u202C",
  "\u200F\u05E9\u05DC\u05D5\u05DD",
  "\u2066x\u2069",
  "\u200B",
  "\uFEFF",
  "\u00AD",
  "e\u0301",
  "Z\u0351\u0311\u0350",
  "😀",
  "👩‍🍳",
  "🏳️‍🌈",
  "\uD800",
  "\uDFFF",
  "𝕮𝖚𝖎𝖘𝖎𝖓𝖊",
  "ﷺ",
  "ǅ",
  "İ",
  "ß",
  "Ⅻ",
  "٣",
  "१२",
  "\n",
  "\r\n",
  "\t",
  "\u0000",
  "\u0007",
  "\u001B[31m",
  "\u0085",
  "\u2028",
  "\u2029",
];

/** Day, role, guest, name and settings words the commands really read, good and bad. */
const WORDS = [
  "mardi",
  "mar",
  "tuesday",
  "tue",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
  "lundi",
  "monday",
  "friday",
  "aujourd'hui",
  "today",
  "demain",
  "tomorrow",
  "prochain",
  "next",
  "mardi prochain",
  "next tuesday",
  "hier",
  "yesterday",
  "12/03",
  "31/02",
  "00/00",
  "12/13",
  "2026-12-01",
  "2026-11-24",
  "2026-11-20",
  "2099-01-01",
  "0000-00-00",
  "2026-02-30",
  "12",
  "décembre",
  "december",
  "janvier",
  "2027",
  "-1",
  "0",
  "1",
  "3",
  "50",
  "51",
  "4000",
  "chef",
  "cheffe",
  "head cook",
  "cuisine",
  "cook",
  "plonge",
  "dishes",
  "vaisselle",
  "chef de cuisine",
  "role",
  "+1",
  "+2",
  "+20",
  "+21",
  "+guest",
  "+invité",
  '"Jeanne D."',
  "« Zoé »",
  "“Ana”",
  "Jeanne",
  "Mona",
  "@Mona",
  "Bob",
  '""',
  "annonce",
  "announce",
  "cloture",
  "deadline",
  "rappel",
  "alerte",
  "repas",
  "cuisine",
  "jours",
  "days",
  "lun-ven",
  "sun-mon",
  "couverts",
  "covers",
  "langue",
  "language",
  "en",
  "fr",
  "de",
  "fuseau",
  "timezone",
  "Europe/Paris",
  "Mars/Olympus",
  "Pacific/Kiritimati",
  "texte-annonce",
  "texte-rappel",
  "default",
  "-",
  "10h",
  "9:05",
  "25:00",
  "10h61",
  "23h59",
  "next",
  "suivante",
  "+1",
  "#vegetarien",
  "#halal",
  "#sans-gluten",
  "#inconnu",
  "gluten",
  "lait",
  "oeufs",
  "aucun",
  "none",
  "vegan",
  "moi",
  "me",
  "ABCD2345",
  "XY23ZZ45",
  "AB12",
  "K7K7K7",
];

/** A word of an argument list: a known word, a hostile one, or random text. */
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 6 }) },
);

const space = fc.constantFrom(" ", " ", " ", "  ", "\t", "\n", "\u00A0", "\u3000");

/** "/name" with casing, accents and a bot suffix the way people and platforms write it. */
function commandWord(names: readonly string[]) {
  const accented: Record<string, string> = {
    creneaux: "créneaux",
    gerant: "gérant",
    reglages: "réglages",
    desinscrire: "désinscrire",
    allergenes: "allergènes",
    regime: "régime",
  };
  return fc
    .tuple(
      fc.constantFrom(...names),
      fc.constantFrom("lower", "upper", "title", "accent"),
      fc.constantFrom("", "", "", "@TableeBot", "@autrebot", "@"),
    )
    .map(([n, style, suffix]) => {
      const base =
        style === "accent"
          ? (accented[n] ?? n)
          : style === "upper"
            ? n.toUpperCase()
            : style === "title"
              ? n[0]!.toUpperCase() + n.slice(1)
              : n;
      return `/${base}${suffix}`;
    });
}

const day = fc.constantFrom(
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "lundi prochain",
  "demain",
  "tuesday",
  "2026-12-01",
  "2026-12-02",
  "02/12",
  "3 décembre",
);
const role = fc.constantFrom("", " chef", " cuisine", " plonge", " dishes", " head cook");
const person = fc.constantFrom("Alice", "Bob", "Chloé", "@Mona", '"Jeanne D."', "Farah", "Gus", "Robert'); DROP TABLE Students;--");

/** Commands as volunteers and managers really type them, so the sheet fills and empties. */
const plausible = fc.oneof(
  fc.tuple(fc.constantFrom("/cuisiner ", "/cook ", "/signmeup "), day, role).map(([c, d, r]) => c + d + r),
  fc.tuple(fc.constantFrom("/annuler ", "/uncook "), day, fc.constantFrom("", "", " Alice", " Bob")).map(([c, d, p]) => c + d + p),
  fc.tuple(fc.constantFrom("/inscrire ", "/signup "), person, fc.constantFrom(" "), day, role).map((p) => p.join("")),
  fc
    .tuple(fc.constantFrom("/postes ", "/roles "), fc.constantFrom("cuisine", "plonge", "chef"), fc.integer({ min: -1, max: 60 }))
    .map(([c, r, n]) => `${c}${r} ${n}`),
  fc
    .tuple(fc.constantFrom("/manger ", "/eat ", "/noeat ", "/jemangepas "), day, fc.constantFrom("", " +1", " +guest", " +25"))
    .map((p) => p.join("")),
  fc
    .tuple(fc.constantFrom("/menu "), day, fc.constantFrom(" Dahl #vegetarien", " Pizza <b>4</b> fromages gluten", " ", " #inconnu soupe"))
    .map((p) => p.join("")),
  fc.constantFrom("/creneaux", "/slots next", "/gerant Alice", "/manager", "/inviter", "/reglages", "/profil", "/couverts", "/aide cook"),
);

/** A line typed into a chat. `names` are the command names the core knows. */
export function chatText(names: readonly string[]): fc.Arbitrary<string> {
  const args = fc.array(fc.tuple(space, word), { maxLength: 6 }).map((ws) => ws.map(([s, w]) => s + w).join(""));
  return fc.oneof(
    { weight: 6, arbitrary: plausible },
    { weight: 10, arbitrary: fc.tuple(commandWord(names), args).map(([c, a]) => c + a) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom("/", "//", "/ ", "\\", "!", ""), fc.string({ unit: "grapheme", maxLength: 20 }), args)
        .map(([p, n, a]) => p + n + a),
    },
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom("", "/", "/menu mardi ", "/setup ", "/reglages texte-annonce "), fc.constantFrom(...HOSTILE))
        .map(([p, h]) => p + h),
    },
    // Around the length limit (4,000 characters), and far over it.
    {
      weight: 1,
      arbitrary: fc
        .tuple(commandWord(names), fc.integer({ min: 3_990, max: 4_010 }), fc.constantFrom("a", "é", "😀", " "))
        .map(([c, n, ch]) => (c + " " + ch.repeat(n)).slice(0, n)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("/setup ", "/menu mardi ", "/inscrire ", ""), fc.integer({ min: 60, max: 20_000 }))
        .map(([c, n]) => c + "x".repeat(n)),
    },
  );
}

/** Where a line is typed, and who types it. */
export interface FuzzEvent {
  text: string;
  author: string;
  chat: "linked-a" | "linked-b" | "unlinked" | "private";
  addressed: boolean;
  action: boolean;
  platformAdmin: boolean;
}

/**
 * Random events in canteen A's group mostly, sometimes hostile names and buttons. `adminShare` is
 * the share of events whose author the platform says administers the chat (a manager's rights).
 */
export function chatEvent(names: readonly string[], adminShare = 0.05): fc.Arbitrary<FuzzEvent> {
  const admins = Math.round(adminShare * 100);
  return fc.record({
    text: chatText(names),
    author: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("Mona", "Alice", "Bob", "Chloé", "Dan", "Émile", "Farah", "Gus") },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    ),
    chat: fc.constantFrom("linked-a", "linked-a", "linked-a", "linked-a", "linked-b", "unlinked", "private"),
    addressed: fc.boolean(),
    action: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    platformAdmin: fc.oneof({ weight: 100 - admins, arbitrary: fc.constant(false) }, { weight: admins, arbitrary: fc.constant(true) }),
  });
}
