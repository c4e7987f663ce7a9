// Messages of each person's language (/language), English (mirrors language.fr.ts).

export const languageEn = {
  current:
    "🗣️ I speak English to you in what only you see (private messages, reminders, briefs, ephemeral answers). Groups stay in the canteen's language.",
  fromApp: "(From your app's language: choose one to keep it.)",
  set: "✅ Done: I'll speak English to you in what only you see. Groups stay in the canteen's language.",
  auto: "✅ Done: I follow your app's language again (English for now).",
  unknownPerson: "I don't know you yet: join a canteen's group first, then try again.",
  french: "🇫🇷 Français",
  english: "🇬🇧 English",
};

/** The help of /language, in English. Merged under `commands`. */
export const languageCommandsEn = {
  language: {
    usage: "/language [fr|en|auto]",
    description: "the language of what only you see (private messages, reminders, ephemeral answers)",
    examples: "Examples: /language fr · /language en · /language auto (your app's)",
  },
};
