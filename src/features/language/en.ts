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
