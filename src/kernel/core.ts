// The bot core: one event in, one outcome out. A few plain steps — check the text, find the
// command, drop redeliveries, find the canteen and the member, run it (rights, subcommand) —
// with every user mistake answered in the canteen's language.
import { CommandTable, commandName, type CommandSpec } from "./commands/registry.ts";
import { runCommand } from "./commands/dispatch.ts";
import { calendarOf, UserError, type Answer, type BaseContext, type CanteenContext, type CoreDeps, type HandlerResult } from "./context.ts";
import { NO_CAPABILITIES, type Capabilities } from "./adapter.ts";
import { routeAnswer } from "./audience.ts";
import { readCanteenToken, stampingOutbox, stampMessage, stampOutcome } from "./canteen-token.ts";
import { featureCommands, offersAt, type Feature, type Running } from "./feature.ts";
import { plainText, say, type IncomingEvent, type Message, type Outcome } from "./model.ts";
import type { Canteen, DeliveryKind, Locale, OutgoingItem, Subject } from "./ports.ts";
import { Rhythm } from "./rhythm.ts";
import { cleanName, closest, hasControlCharacters, wellFormed } from "./text.ts";
import { translator, useCatalogues, type Translate } from "./i18n/index.ts";
import { personalLocale, supportedLocale } from "./locale.ts";
import { StoreUnavailable } from "./store-failure.ts";

/** Longest message we read; longer ones get a reply saying so. */
export const MAX_TEXT_LENGTH = 4000;

const COMMAND = /^\/([^\s@/]+)(?:@\S*)?(?:\s+([\s\S]*))?$/u;

/** The bot core, shared by every adapter. */
export interface Core {
  handle(event: IncomingEvent): Promise<Outcome>;
  /** A chat got a new address on its platform (Telegram's group → supergroup migration). */
  chatMoved(from: string, to: string): Promise<void>;
  /** Builds a queued message from the current state (the ledger calls it at send and edit time). */
  compose(canteenId: number | null, kind: DeliveryKind, subject: Subject, target?: OutgoingItem["target"]): Promise<Message | null>;
  /** The home of the person behind a platform account (Slack's App Home tab), from the feature that offers it. */
  home(address: string): Promise<Message | null>;
  /** The daily rhythm's jobs, run by the scheduler. */
  readonly rhythm: Rhythm;
  readonly commands: CommandTable;
  /** The services the core runs with, as its features' operations take them (the board's pages). */
  readonly deps: CoreDeps;
  /** Lets every feature's long-lived part do its periodic work (the survey's pools). */
  sweep(now: Date): Promise<void>;
  /** Stops every feature's long-lived part (after the adapters stopped taking events). */
  stop(): Promise<void>;
}

const NOTHING: Outcome = { replies: [] };

/** Most delivery ids remembered as "claimed, failed, not released" (see `claim` in createCore). */
const UNRELEASED_MAX = 10_000;

/** The languages an event was answered in so far: the chat's, and the author's own. */
type Said = { locale: Locale; personal: Locale };

function asAnswer(r: HandlerResult): Answer {
  return "lines" in r ? { replies: [r] } : r;
}

/** True when everything the command answers here is for its author alone: it speaks their language. */
function forAuthor(spec: CommandSpec, event: IncomingEvent): boolean {
  return spec.audience === "person" && !event.chat.private;
}

/**
 * The event with lone surrogates replaced in everything people typed, and names and titles
 * cleaned of control and bidi characters (see cleanName) before anything reads or stores them.
 */
function wellFormedEvent(e: IncomingEvent): IncomingEvent {
  return {
    ...e,
    text: wellFormed(e.text),
    chat: e.chat.title === undefined ? e.chat : { ...e.chat, title: cleanName(e.chat.title) },
    author: { ...e.author, name: cleanName(e.author.name) },
    ...(e.mentions ? { mentions: e.mentions.map((m) => ({ ...m, name: cleanName(m.name) })) } : {}),
  };
}

/** What createCore needs: the services, and the features (src/app.ts lists them). */
export type CoreInput = Omit<CoreDeps, "running" | "offered" | "personMerged" | "personForgotten" | "commands">;

/** Builds the core over the features' commands, plus any an adapter or a test adds. */
export function createCore(given: CoreInput, extra: CommandSpec[] = []): Core {
  const features: readonly Feature<unknown, unknown, unknown>[] = given.features;
  useCatalogues(features);
  const running = new Map<string, Running>();
  const table: CommandTable = new CommandTable([...featureCommands(features), ...extra]);
  // Fixed private messages queued by any command or job name their canteen on their buttons.
  const deps: CoreDeps = {
    ...given,
    outbox: stampingOutbox(given.outbox),
    running,
    commands: table,
    offered: (p) => offersAt(features, p),
    personMerged: (from, to) => running.forEach((r) => r.personMerged?.(from, to)),
    personForgotten: (personId) => running.forEach((r) => r.personForgotten?.(personId)),
  };
  for (const f of features) {
    const r = f.start?.(deps);
    if (r) running.set(f.name, r);
  }
  const rhythm = new Rhythm(deps);
  const capabilitiesOf = (event: IncomingEvent): Capabilities => deps.capabilities?.[event.platform] ?? NO_CAPABILITIES;
  const composingNow = new Map<string, Promise<Message | null>>();

  /**
   * `said.locale` follows the chat's language once known (the canteen's, or the person's in a
   * private chat), so errors are answered in it; `said.personal` is the author's own, for toasts.
   */
  async function run(event: IncomingEvent, said: Said): Promise<Outcome> {
    const now = deps.clock.now();
    const can = capabilitiesOf(event);
    // A private chat is never linked to a canteen (/setup refuses it): its canteen comes from
    // the person's memberships below, without looking the chat up.
    const found = event.chat.private ? null : await deps.store.findChat(event.chat.address);
    let canteen = found?.canteen ?? null;
    const group = found?.group ?? null;
    const reported = supportedLocale(event.author.language);
    let locale: Locale = canteen?.locale ?? (event.chat.private ? reported : null) ?? deps.defaults.locale;
    said.locale = locale;
    said.personal = reported ?? locale;
    let t = translator(locale);
    const reply = (m: Message): Outcome => ({ replies: [m] });

    const text = event.text.trim();
    if (text === "") return event.addressed ? reply(say(t("errors.empty"))) : NOTHING;
    if (text.length > MAX_TEXT_LENGTH) return reply(say(t("errors.tooLong", { max: MAX_TEXT_LENGTH })));
    if (hasControlCharacters(text)) return reply(say(t("errors.controlCharacters")));
    const parsed = COMMAND.exec(text);
    if (!parsed) return event.addressed ? reply(say(t("errors.notACommand"))) : NOTHING;
    const [, name = "", typed = ""] = parsed;
    const spec = table.find(name);
    if (!spec) {
      const near = closest(
        name.toLowerCase(),
        table.allNames().filter((n) => !table.find(n)?.hidden),
      );
      const suggestion = near ? t("errors.didYouMean", { command: commandName(table.find(near)!, locale, can.entryCommand) }) : "";
      return reply(say(t("errors.unknownCommand", { command: `/${name}`, suggestion })));
    }
    // A button of a private message names its canteen: the presser must belong to it.
    const { args, canteenId: named } = readCanteenToken(typed);
    if (named !== null) canteen = await namedCanteen(event, canteen, named);

    if (!spec.needsCanteen) {
      let mine = said.personal;
      if (event.chat.private) {
        const personId = await deps.store.personOf(event.author.address);
        mine = (personId === null ? null : await deps.store.personLocale(personId)) ?? mine;
        locale = mine;
        said.locale = mine;
        t = translator(mine);
      }
      said.personal = mine;
      const chat = { t, locale };
      const own = forAuthor(spec, event) ? { t: translator(mine), locale: mine } : chat;
      const base: BaseContext = { ...deps, event, ...own, me: { t: translator(mine), locale: mine }, now, canteen, group, can };
      return routed(spec, event, chat.t, canteen?.id ?? null, await runCommand(spec, base, args));
    }

    if (!canteen && event.chat.private) {
      const mine = await deps.store.canteensOf(event.author.address);
      if (mine.length === 1) canteen = mine[0]!;
      else if (mine.length > 1) throw new UserError("errors.severalCanteens", { canteens: mine.map((c) => c.name).join(", ") });
      else throw new UserError("errors.noCanteenPrivate");
      locale = canteen.locale;
      said.locale = locale;
      t = translator(locale);
    }
    if (!canteen) throw new UserError("errors.notLinked");
    let member = await deps.store.ensureMember(canteen.id, { ...event.author, platform: event.platform });
    if (event.author.platformAdmin && member.role !== "manager") member = { ...member, role: "manager" };
    // The language the person's app reports is kept for what is sent to them later (reminders…).
    if (reported && reported !== member.reportedLocale) await deps.store.setPersonLocale(member.personId, { reported });
    const mine = personalLocale(member, event.author.language, canteen.locale);
    said.personal = mine;
    if (event.chat.private) {
      locale = mine;
      said.locale = mine;
      t = translator(mine);
    }
    const chat = { t, locale };
    const own = forAuthor(spec, event) ? { t: translator(mine), locale: mine } : chat;
    const base: BaseContext = { ...deps, event, ...own, me: { t: translator(mine), locale: mine }, now, canteen, group, can };
    const ctx: CanteenContext = { ...base, canteen, member, calendar: calendarOf(canteen) };
    return routed(spec, event, chat.t, canteen.id, await runCommand(spec, ctx, args));
  }

  /**
   * The answer routed by the command's audience (src/kernel/audience.ts): the group's part, and its
   * author's; what goes to a private chat names the canteen it is about.
   */
  function routed(spec: CommandSpec, event: IncomingEvent, groupT: Translate, canteenId: number | null, result: HandlerResult): Outcome {
    const can = capabilitiesOf(event);
    const lines = spec.privately ?? { start: spec.key };
    // A command of a canteen asked again from the private chat's Start names that canteen.
    const asked = { event, can, t: groupT, lines, canteenId: spec.needsCanteen ? canteenId : null };
    const outcome = routeAnswer(asAnswer(result), spec.audience ?? "group", asked);
    return canteenId === null ? outcome : stampOutcome(outcome, canteenId, event.chat.private);
  }

  /** The canteen a command's token names, once the author is known to belong to it (or it is this group's). */
  async function namedCanteen(event: IncomingEvent, here: Canteen | null, id: number): Promise<Canteen> {
    if (!event.chat.private) {
      if (here && here.id !== id) throw new UserError("errors.otherCanteen");
      if (here) return here;
    }
    const named = (await deps.store.canteensOf(event.author.address)).find((c) => c.id === id);
    if (!named) throw new UserError("errors.notMemberOf");
    return named;
  }

  /**
   * A button pressed on a message that can re-render itself: the message is updated in place and
   * the presser gets a toast, instead of a new message in the group.
   */
  async function runWithRefresh(event: IncomingEvent, said: Said): Promise<Outcome> {
    const outcome = await run(event, said);
    if (!event.action || !event.refresh) return outcome;
    const fresh = await run({ ...event, text: event.refresh, action: false, refresh: undefined }, said);
    const update = fresh.replies[0];
    if (!update) return outcome;
    return { replies: [], toast: outcome.toast ?? outcome.replies.map((r) => plainText(r)).join("\n"), update };
  }

  // Delivery ids this process claimed for an event that then failed on the database, and could
  // not release (the database was still failing): their redelivery is handled, not ignored.
  const unreleased = new Set<string>();
  async function claim(deliveryId: string): Promise<boolean> {
    const fresh = await deps.store.claimDelivery(deliveryId);
    return unreleased.delete(deliveryId) || fresh;
  }
  async function release(deliveryId: string): Promise<void> {
    try {
      await deps.store.releaseDelivery(deliveryId);
    } catch {
      if (unreleased.size >= UNRELEASED_MAX) unreleased.delete(unreleased.values().next().value!);
      unreleased.add(deliveryId);
    }
  }

  async function handle(received: IncomingEvent): Promise<Outcome> {
    const event = wellFormedEvent(received);
    const said: Said = { locale: deps.defaults.locale, personal: deps.defaults.locale };
    let claimed = false;
    try {
      if (event.deliveryId) {
        if (!(await claim(event.deliveryId))) {
          deps.log.info({ deliveryId: event.deliveryId }, "redelivered event ignored");
          return NOTHING;
        }
        claimed = true;
      }
      return await runWithRefresh(event, said);
    } catch (e) {
      const t = translator(said.locale);
      if (e instanceof UserError) {
        const text = t(e.key, e.params);
        // The presser reads the toast in their own language; the chat in its own.
        return { replies: [say(text)], toast: event.action ? translator(said.personal)(e.key, e.params) : undefined, refused: true };
      }
      const unavailable = e instanceof StoreUnavailable;
      const command = loggableCommand(event.text, table);
      if (unavailable)
        deps.log.warn({ database: e.kind, chat: event.chat.address, command }, "command not handled: the database is unavailable");
      else deps.log.error({ err: e, chat: event.chat.address, author: event.author.address, command }, "command failed");
      // Let a redelivery try again: nothing half-done stays behind, each store call is atomic.
      if (event.deliveryId && claimed) await release(event.deliveryId);
      if (unavailable) {
        // A press is answered to the presser alone; a typed command in the chat.
        const text = translator(event.action ? said.personal : said.locale)("errors.storeUnavailable");
        return event.action ? { replies: [], toast: text, notHandled: true } : { replies: [say(text)], notHandled: true };
      }
      return { replies: [say(t("errors.internal"))], toast: event.action ? translator(said.personal)("errors.internal") : undefined };
    }
  }

  async function chatMoved(from: string, to: string): Promise<void> {
    await deps.store.moveChat(from, to);
    deps.log.info({ from, to }, "chat moved; canteen link kept");
  }

  /**
   * Requests for one message in flight together (a fan-out to a thousand groups) share one
   * composition: it reads the state after the first of them asked, which is after the ledger
   * claimed their rows, and any later change is an edit the ledger makes anyway.
   */
  function composeShared(canteenId: number | null, kind: DeliveryKind, subject: Subject): Promise<Message | null> {
    const key = `${canteenId}|${kind}|${subject.date}|${subject.personId ?? ""}`;
    let composing = composingNow.get(key);
    if (!composing) {
      composing = rhythm.compose(canteenId, kind, subject, deps.clock.now()).finally(() => composingNow.delete(key));
      composingNow.set(key, composing);
    }
    return composing;
  }

  return {
    handle,
    chatMoved,
    compose: (canteenId, kind, subject, target) => {
      // A personal message (a fresh login link each time) is never shared between targets.
      if (rhythm.personal(kind)) return rhythm.compose(canteenId, kind, subject, deps.clock.now(), target);
      // A private message's buttons name its canteen (src/kernel/canteen-token.ts).
      if (target?.kind === "person" && canteenId !== null)
        return composeShared(canteenId, kind, subject).then((m) => m && stampMessage(m, canteenId));
      return composeShared(canteenId, kind, subject);
    },
    home: async (address) => {
      const owner = features.find((f) => f.home);
      return owner?.home ? owner.home(deps, address) : null;
    },
    rhythm,
    commands: table,
    deps,
    sweep: async (now) => {
      for (const r of running.values()) await r.sweep?.(now);
    },
    stop: async () => {
      for (const r of running.values()) await r.stop?.();
    },
  };
}

/** A command as it may be logged: the command word alone for one whose arguments are secret (the survey's answers). */
export function loggableCommand(text: string, table: CommandTable): string {
  const word = text.trim().split(/\s+/)[0] ?? "";
  const spec = table.find(word.replace(/^\//, "").replace(/@\S*$/, ""));
  return spec?.secretArgs ? word : text.slice(0, 80);
}
