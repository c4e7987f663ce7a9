// Messages of setting a canteen up (linking groups, managers, role capacities), English (mirrors fr.ts).
import type { Mirror } from "../../kernel/i18n/index.ts";
import type { canteenFr } from "./fr.ts";

/** Setting up's messages and its commands' help (/setup, /invite, /signup, /manager, /roles), in English; role names stay in the kernel. */
export const canteenEn: Mirror<typeof canteenFr> = {
  roles: {
    current: "Places per service: {{roles}}",
    howTo: "Managers change them with /roles cook 4 dishes 2 (0 removes a role).",
    updated: "✅ Roles updated: {{roles}}",
    badCapacity: "A role takes 0 to {{max}} people.",
  },
  buttons: {
    help: "❓ Help",
  },
  setup: {
    createdTitle: "🎉 Canteen “{{canteen}}” is created and linked to this group.",
    createdBody: "You're its manager. A few tips:",
    tipCook: "volunteers sign up with /cook tuesday (or /cook tuesday dishes);",
    tipRoles: "set the roles with /roles cook 3 dishes 2;",
    tipInvite: "to link another group (Telegram, Discord or Slack), type /invite.",
    notInPrivate: "A canteen is linked from a group: add me to your canteen's group and type /setup <name> there.",
    alreadyLinked: "This group is already linked to canteen “{{canteen}}”.",
    joinedTitle: "🔗 This group is now linked to canteen “{{canteen}}”.",
    joinedBody: "It shares one sign-up sheet with the canteen's other groups. Type /slots to see it.",
    badCode: "This invitation code isn't valid (already used or expired). Ask for a new one: /invite in one of the canteen's groups.",
    badName: "That name has no letter or digit. Example: /setup Belleville Canteen",
    nameTaken:
      "A canteen called “{{canteen}}” already exists. To link this group to it, ask one of its managers to type /invite in one of its groups, then type the code here: /setup CODE",
  },
  invite: {
    created: "🔗 To link another group to “{{canteen}}”, type this in that group:",
    expires: "One-time code, valid until {{when}}.",
  },
  manager: {
    list: "Managers: {{names}}",
    already: "{{name}} is already a manager.",
    granted: "✅ {{name}} is now a manager of “{{canteen}}”.",
  },
  commands: {
    setup: {
      usage: "/setup <name>",
      description: "link this group to a canteen (creating it), or /setup CODE from /invite",
      examples: "Examples: /setup Belleville Canteen · /setup K7Q2M9XA",
    },
    invite: {
      usage: "/invite",
      description: "gives a code to link another group (another app) to the same sheet",
      examples: "Example: /invite",
    },
    signup: {
      usage: "/signup <name> <day> [role]",
      description: "sign someone else up, or an outside helper",
      examples: 'Examples: /signup Jeanne tuesday · /signup "Jeanne D." 03/12 dishes',
    },
    manager: {
      usage: "/manager <name>",
      description: "make someone a manager (no name: list them)",
      examples: "Examples: /manager Karim · /manager @karim",
    },
    roles: {
      usage: "/roles [role places …]",
      description: "see the places per role; managers: change them",
      examples: "Examples: /roles · /roles cook 4 dishes 2 head cook 1",
    },
  },
};
