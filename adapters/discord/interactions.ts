// Answering interactions within Discord's 3 seconds: the core's outcome is sent directly when it
// comes quickly; otherwise the interaction is deferred first ("thinking…", or a silent deferred
// update for a button on a refreshable message) and the outcome follows as an edit.
import { InteractionResponseType, MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from "discord.js";
import type { Core } from "../../src/kernel/core.ts";
import { say, type IncomingEvent, type Outcome } from "../../src/kernel/model.ts";
import type { Logger } from "../../src/kernel/ports.ts";
import { translator } from "../../src/kernel/i18n/index.ts";
import type { SlashCommands } from "./commands.ts";
import { decodeButtonPress, decodeSlashCommand, type MentionLookup } from "./inbound.ts";
import { describeError, type DiscordTransport, type InteractionRef } from "./transport.ts";

/** How long the core may take before the interaction is deferred (Discord allows 3 s in all). */
export const DEFAULT_DEFER_AFTER_MS = 1_000;

/** What the interaction handler needs. */
export interface InteractionDeps {
  core: Core;
  commands: SlashCommands;
  transport: DiscordTransport;
  log: Logger;
  lookup: MentionLookup;
  deferAfterMs: number;
}

/** How the interaction was acknowledged before the outcome was known. */
type Deferral = "none" | "reply" | "update";

function ref(i: ChatInputCommandInteraction | ButtonInteraction): InteractionRef {
  return { id: i.id, token: i.token, applicationId: i.applicationId };
}

const NOTHING_YET = Symbol("pending");

/** Resolves with the work's result, or NOTHING_YET if it takes longer than `ms`. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof NOTHING_YET> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof NOTHING_YET>((r) => (timer = setTimeout(() => r(NOTHING_YET), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function internalError(locale: string): Outcome {
  const text = translator(locale.startsWith("fr") ? "fr" : "en")("errors.internal");
  return { replies: [say(text)], toast: text };
}

/**
 * Sends an outcome. Replies go to the channel (the first as the response itself, the others as
 * follow-ups); an update edits the pressed message in place; a toast is shown to the presser
 * only (ephemeral), when nothing else answers them.
 */
async function sendOutcome(
  deps: InteractionDeps,
  i: InteractionRef,
  event: IncomingEvent,
  outcome: Outcome,
  deferred: Deferral,
): Promise<void> {
  const { transport } = deps;
  const replies = [...outcome.replies];
  // A personal answer (a board login link) is ephemeral, like a toast nothing else answers.
  const toast = outcome.personal ?? (outcome.toast && replies.length === 0 ? say(outcome.toast) : undefined);
  let answered = deferred !== "none";

  if (outcome.update && event.action) {
    if (deferred === "update") await transport.editOriginal(i, outcome.update);
    else if (deferred === "none")
      answered = await transport.callback(i, InteractionResponseType.UpdateMessage, transport.body(outcome.update));
    else replies.unshift(outcome.update);
  }

  const first = replies.shift();
  if (first) {
    if (deferred === "reply") await transport.editOriginal(i, first);
    else if (!answered) answered = await transport.callback(i, InteractionResponseType.ChannelMessageWithSource, transport.body(first));
    else await transport.followUp(i, transport.body(first));
  } else if (deferred === "reply") {
    // Deferred, then nothing to say publicly: the "thinking…" placeholder goes away.
    await transport.deleteOriginal(i);
  }
  for (const r of replies) await transport.followUp(i, transport.body(r));

  if (toast) {
    // A personal answer holds a login link: no embed may preview it.
    const body = transport.body(toast, true, Boolean(outcome.personal));
    if (!answered) await transport.callback(i, InteractionResponseType.ChannelMessageWithSource, body);
    else await transport.followUp(i, body);
  }
}

/**
 * Handles one interaction end to end. Never throws: every failure is logged (an interaction
 * handler that threw would only surface as an unhandled rejection).
 */
export async function onInteraction(deps: InteractionDeps, interaction: ChatInputCommandInteraction | ButtonInteraction): Promise<void> {
  const i = ref(interaction);
  try {
    const event = interaction.isButton()
      ? decodeButtonPress(interaction)
      : await decodeSlashCommand(interaction, deps.commands, deps.lookup);
    if (!event) {
      deps.log.warn({ interaction: interaction.id }, "Discord: interaction for a command or button we do not know");
      await deps.transport.callback(i, InteractionResponseType.ChannelMessageWithSource, {
        ...deps.transport.body(internalError(interaction.locale).replies[0]!),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const work = deps.core.handle(event).catch((e: unknown) => {
      deps.log.error({ err: describeError(e), chat: event.chat.address }, "Discord: the core failed on an interaction");
      return internalError(interaction.locale);
    });
    let deferred: Deferral = "none";
    let outcome = await within(work, deps.deferAfterMs);
    if (outcome === NOTHING_YET) {
      deferred = event.action && event.refresh ? "update" : "reply";
      const type =
        deferred === "update" ? InteractionResponseType.DeferredMessageUpdate : InteractionResponseType.DeferredChannelMessageWithSource;
      if (!(await deps.transport.callback(i, type))) deferred = "none";
      outcome = await work;
    }
    const silent = outcome.replies.length === 0 && !outcome.update && !outcome.toast && !outcome.personal;
    // A replayed interaction the core already handled: its first delivery has answered.
    if (silent && deferred === "none") return;
    await sendOutcome(deps, i, event, outcome, deferred);
  } catch (e) {
    deps.log.error({ err: describeError(e), interaction: interaction.id }, "Discord: interaction handling failed");
  }
}
