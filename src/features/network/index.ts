// Networks of canteens (/reseau · /network): joining, managers, the network's figures and its monthly digest.
import { offer, SUBCOMMANDS } from "../../kernel/feature.ts";
import type { AppFeature } from "../../shells.ts";
import { networkCommands } from "./commands.ts";
import { DIGEST_JOB, digestJobs, runDigest } from "./digest.ts";
import { networkEn } from "./en.ts";
import { networkFr } from "./fr.ts";
import { networkImpactScope } from "./report.ts";
import { networkStore } from "./store.ts";
import { networkPersonTables } from "./person.ts";

export type { NetworkStore } from "./ports.ts";

export const network = {
  name: "network",
  commands: networkCommands,
  messages: {
    fr: { network: networkFr, commands: { network: networkFr.command } },
    en: { network: networkEn, commands: { network: networkEn.command } },
  },
  store: networkStore,
  jobs: {
    plan: (c, date) => digestJobs(c, date),
    owns: (kind) => kind === DIGEST_JOB,
    run: (deps, c, _kind, date, now) => runDigest(deps, c, date, now),
  },
  // `/impact reseau …`: the network's figures, a subcommand of /impact.
  offers: [offer(SUBCOMMANDS, { command: "impact", subcommand: networkImpactScope })],
  person: networkPersonTables,
} satisfies AppFeature;
