// The bot core: one event in, one outcome out. A few plain steps — check the text, find the
// command, drop redeliveries, find the canteen and the member, run it (rights, subcommand) —
// with every user mistake answered in the canteen's language.
import { adminCommands } from "../features/canteen/commands.ts";
import { calendarCommands } from "../features/calendar/commands.ts";
import { calendarLinksFor, type CalendarLinks } from "../features/calendar/links.ts";
import { homeTab } from "../features/home/home.ts";
import { cookCommands } from "../features/sheet/commands.ts";
import { foodCommands } from "../features/menu/commands.ts";
import { helpCommand } from "../features/help/commands.ts";
import { lunchCommands } from "../features/lunch/commands.ts";
import { closeoutCommands } from "../features/closeout/commands.ts";
import { impactCommands } from "../features/impact/commands.ts";
import { loggableCommand, surveyCommands } from "../features/survey/commands.ts";
import { SurveyPool } from "../features/survey/pool.ts";
import { networkCommands } from "../features/network/commands.ts";
import { networkImpactScope } from "../features/network/report.ts";
import { pollCommands } from "../features/poll/commands.ts";
import { profileCommands } from "../features/profile/commands.ts";
import { linkCommands } from "../features/link/commands.ts";
import { mydataCommands } from "../features/mydata/commands.ts";
import type { PersonData } from "../features/mydata/ports.ts";
import { settingsCommands } from "../features/settings/commands.ts";
import { CommandTable, commandName, type CommandSpec } from "./commands/registry.ts";
import { runCommand } from "./commands/dispatch.ts";
import { calendarOf, UserError, type Answer, type BaseContext, type CanteenContext, type CoreDeps, type HandlerResult } from "./context.ts";
import { NO_CAPABILITIES, type Capabilities } from "./adapter.ts";
import { routeAnswer } from "./audience.ts";
import { readCanteenToken, stampingOutbox, stampMessage, stampOutcome } from "./canteen-token.ts";
import { plainText, say, type IncomingEvent, type Message, type Outcome } from "./model.ts";
import type { Canteen, DeliveryKind, Locale, OutgoingItem, Subject } from "./ports.ts";
import { Rhythm } from "./rhythm.ts";
import { issueLoginLink, type IssuedLink } from "../features/board/login.ts";
import { boardCommands, composeBoardMessage } from "../features/board/commands.ts";
import { boardAct, type ActionResult } from "../features/board/act.ts";
import { boardView, describeLoginLink, type BoardView, type LinkView } from "../features/board/view.ts";
import {
  canteenBoardFigures,
  networkBoardFigures,
  type CanteenFigures,
  type FiguresRefusal,
  type NetworkBoardFigures,
} from "../features/impact/board-figures.ts";
import { cleanName, closest, hasControlCharacters, wellFormed } from "./text.ts";
import { translator, type Translate } from "./i18n/index.ts";
import { languageCommands } from "../features/language/commands.ts";
import { personalLocale, supportedLocale } from "../features/language/rules.ts";
import { replaceCommands } from "../features/replace/commands.ts";
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
  /**
   * A fresh one-time board login link for the person behind a platform account (Slack's Home
   * tab button); null when the account is unknown or the board is not served.
   */
  loginLink(address: string, canteenId?: number): Promise<IssuedLink | null>;
  /** The home of the person behind a platform account (Slack's App Home tab), with a fresh board link. */
  home(address: string): Promise<Message>;
  /** New calendar links for a member (the board's calendar page; `reset` revokes the old ones first). */
  calendarLinks(input: { personId: number; canteenId: number; reset: boolean }): Promise<CalendarLinks | null>;
  /** The web board's reads and actions, through the same rules as the chat (src/core/board). */
  readonly board: {
    view(personId: number, canteenId: number | null): Promise<BoardView | null>;
    /** A login link's state and whom it logs in, without using it (the GET of the link). */
    link(token: string): Promise<LinkView>;
    act(input: { personId: number; canteenId: number; command: string; nonce?: string }): Promise<ActionResult | null>;
    /** A canteen's figures over a period (/impact's periods), for its managers (src/core/board/figures.ts). */
    figures(personId: number, canteenId: number, period: string): Promise<CanteenFigures | FiguresRefusal>;
    /** The figures of the network of a canteen, for that network's managers. */
    networkFigures(personId: number, canteenId: number, period: string): Promise<NetworkBoardFigures | FiguresRefusal>;
    /** The person's own language (chosen, else reported by their app), null when they have none. */
    locale(personId: number): Promise<Locale | null>;
    /** Everything held about the person (/mydata's data), for the board's JSON download. */
    personData(personId: number): Promise<PersonData | null>;
  };
  /** The daily rhythm's jobs, run by the scheduler. */
  readonly rhythm: Rhythm;
  readonly commands: CommandTable;
  /** Survey answers waiting to be counted in batches: swept on each tick, written at stop. */
  readonly surveys: SurveyPool;
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

/** Builds the core with the standard commands plus any an adapter or feature adds. */
export function createCore(given: CoreDeps, extra: CommandSpec[] = []): Core {
  const surveys = given.surveys ?? new SurveyPool(given.store, given.log);
  // Fixed private messages queued by any command or job name their canteen on their buttons.
  const deps: CoreDeps = { ...given, surveys, outbox: stampingOutbox(given.outbox) };
  const table: CommandTable = new CommandTable([
    ...cookCommands,
    ...pollCommands,
    ...foodCommands,
    ...profileCommands,
    ...linkCommands,
    ...mydataCommands,
    ...adminCommands,
    ...settingsCommands,
    ...lunchCommands,
    ...languageCommands,
    ...replaceCommands,
    ...closeoutCommands,
    ...surveyCommands,
    ...impactCommands([networkImpactScope]),
    ...networkCommands,
    ...calendarCommands,
    ...boardCommands,
    ...extra,
  ]);
  const rhythm = new Rhythm(deps);
  const capabilitiesOf = (event: IncomingEvent): Capabilities => deps.capabilities?.[event.platform] ?? NO_CAPABILITIES;
  const composingNow = new Map<string, Promise<Message | null>>();
  table.add(helpCommand(() => table));

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
      const suggestion = near ? t("errors.didYouMean", { command: commandName(table.find(near)!, locale) }) : "";
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
   * The answer routed by the command's audience (src/core/audience.ts): the group's part, and its
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
      const command = loggableCommand(event.text);
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

  const loginLink: Core["loginLink"] = async (address, canteenId) => {
    const baseUrl = deps.boardUrl?.() ?? null;
    const personId = await deps.store.personOf(address);
    if (baseUrl === null || personId === null) return null;
    return issueLoginLink(deps.store, { personId, canteenId: canteenId ?? null, baseUrl, now: deps.clock.now() });
  };

  return {
    handle,
    chatMoved,
    compose: (canteenId, kind, subject, target) => {
      // A board message is personal (a fresh login link each time): never shared.
      if (kind === "board") return composeBoardMessage(deps, canteenId, subject, target, deps.clock.now());
      // A private message's buttons name its canteen (src/core/canteen-token.ts).
      if (target?.kind === "person" && canteenId !== null)
        return composeShared(canteenId, kind, subject).then((m) => m && stampMessage(m, canteenId));
      return composeShared(canteenId, kind, subject);
    },
    loginLink,
    home: (address) => homeTab(deps, address, () => loginLink(address)),
    calendarLinks: (input) => calendarLinksFor(deps, input),
    board: {
      view: (personId, canteenId) => boardView(deps, personId, canteenId),
      link: (token) => describeLoginLink(deps, token),
      act: (input) => boardAct(deps, handle, input),
      figures: (personId, canteenId, period) => canteenBoardFigures(deps, personId, canteenId, period),
      networkFigures: (personId, canteenId, period) => networkBoardFigures(deps, personId, canteenId, period),
      locale: (personId) => deps.store.personLocale(personId),
      personData: (personId) => deps.store.personData(personId, deps.clock.now()),
    },
    rhythm,
    commands: table,
    surveys,
  };
}
