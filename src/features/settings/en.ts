// Messages of a canteen's settings, English (mirrors fr.ts).
import type { Mirror } from "../../kernel/i18n/index.ts";
import type { settingsFr } from "./fr.ts";

/** The settings' messages and the help of /settings, in English. */
export const settingsEn: Mirror<typeof settingsFr> = {
  settings: {
    title: "⚙️ Settings — {{canteen}}",
    days: "Open days: {{days}}",
    times: "Cooking {{cook}} · lunch {{lunch}} · announcement {{announce}} · poll closes {{deadline}}",
    eve: "The day before: volunteers' reminder {{reminder}} · managers' alert {{alert}}",
    other: "Covers: {{covers}} · language: {{language}} · timezone: {{timezone}}",
    texts: "Texts: announcement “{{announce}}” · reminder “{{reminder}}” · help call “{{help}}”",
    howTo:
      "Managers: /settings announce 9:30 · poll-end 11:00 · reminder 18:00 · alert 16:00 · lunch 12:30 · cooking 9:30 · days mon-fri · covers 40 · language en · timezone Europe/London · announce-text Enjoy! (“-” restores the default text)",
    saved: "✅ Setting saved.",
    badOrder: "The announcement ({{announce}}) must come before the poll closes ({{deadline}}), which must come before lunch ({{lunch}}).",
    cookAfterLunch: "Cooking ({{cook}}) must start before lunch ({{lunch}}).",
    badTime: "I don't understand the time “{{value}}”. Examples: 10:00, 9:30, 18h.",
    textTooLong: "This text is too long: at most {{max}} characters.",
    badDays: "I don't understand the days “{{value}}”. Examples: mon-fri, mon tue thu.",
    badCovers: "Covers go from 1 to 2000.",
    badLanguage: "Possible languages: fr, en.",
    badTimezone: "“{{value}}” is not a known timezone (example: Europe/Paris).",
    unknownKey: "I don't know the setting “{{key}}”. Type /settings for the list.",
  },
  commands: {
    settings: {
      usage: "/settings [setting value]",
      description: "days, times, covers, language, texts; managers: change them",
      examples:
        "Examples: /settings · /settings announce 9:30 · /settings poll-end 11:00 · /settings days mon-thu · /settings ingredient-cost 3.50 · /settings running-cost 2 · /settings close-out 15:00 · /settings survey off",
    },
  },
};
