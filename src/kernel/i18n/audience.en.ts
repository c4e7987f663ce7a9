// What the group sees when an answer goes privately, in English. Keys mirror audience.fr.ts (a test checks it).

export const audienceEn = {
  sent: "{{name}}, I answered you in a private message.",
  writeFirst: "your answer is personal and I can't write to you privately yet: open the chat with me, press “Start”, then ask me again.",
  openPrivateChat: "Open the private chat",
};
