// Messages of the welcome survey, English. Keys mirror fr.ts (a test checks it).

export const surveyEn = {
  title: "💬 {{canteen}} — how was it on {{date}}?",
  intro: "Three short questions about today's meal:",
  questions: {
    welcome: "Did you feel welcome as you are, without having to play a role?",
    confidence: "Do you feel confident with the other guests, including those you didn't know?",
    first: "Was this your first meal here?",
  },
  answers: { yes: "Yes", "rather-yes": "Rather yes", "rather-no": "Rather no", no: "No" },
  anonymous: "🔒 Answers are anonymous: we count answers and never keep who answered what. Nobody sees live results.",
  thanks: "Thank you, your answer is counted (anonymously)!",
  already: "Thank you! You had already answered this question: your first answer stays counted.",
  bad: "This survey button is not valid.",
  closed: "The survey of {{date}} is closed.",
  notHere: "No survey of {{date}} was posted here: answer with the buttons of the survey message, in the group it was posted to.",
};

/** The help of /survey, in English. Merged under `commands`. */
export const surveyCommandsEn = {
  survey: {
    usage: "/survey",
    description: "answer the welcome survey (buttons)",
    examples: "The survey's buttons do this.",
  },
};
