// Slack's side of the Events API, slash commands and interactivity: builds the requests Slack
// sends to an app's Request URL (form posts for commands, `payload=` forms for buttons, JSON
// event_callbacks) and signs them like Slack (v0 HMAC-SHA256 of "v0:{timestamp}:{body}").
// Redeliveries repeat the body with X-Slack-Retry-Num, freshly signed, as Slack does.
import { createHmac, randomBytes } from "node:crypto";
import type { FakeSlackApi, SlackUser, StoredMessage } from "./web-api.ts";

/** One request as it goes over the wire. */
export interface SlackRequest {
  body: string;
  contentType: "application/x-www-form-urlencoded" | "application/json";
}

/** How to send: a forged signature, an old timestamp, a retry number. */
export interface SendOptions {
  /** Seconds since the epoch to sign with (default now). */
  timestamp?: number;
  /** Replace the signature (a forgery). */
  signature?: string;
  /** Sign with this secret instead of the app's. */
  secret?: string;
  retryNum?: number;
  retryReason?: string;
}

/** The HTTP answer the app gave. */
export interface SlackResponse {
  status: number;
  body: string;
}

const APP_ID = "A0TABLEE";
const VERIFICATION_TOKEN = "legacy-verification-token";

/** Computes Slack's `X-Slack-Signature` for a body. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

function triggerId(): string {
  return `${Date.now()}.${Math.floor(Math.random() * 1e9)}.${randomBytes(16).toString("hex")}`;
}

/** Sends Slack-signed requests to an app. */
export class SlackRequester {
  private last?: SlackRequest;
  private eventCounter = 0;

  constructor(private readonly opts: { url: string; signingSecret: string; api: FakeSlackApi }) {}

  /** Posts a request to the app's Request URL, signed unless told otherwise. */
  async send(req: SlackRequest, o: SendOptions = {}): Promise<SlackResponse> {
    this.last = req;
    const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      "content-type": req.contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": o.signature ?? slackSignature(o.secret ?? this.opts.signingSecret, timestamp, req.body),
      "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
    };
    if (o.retryNum !== undefined) {
      headers["x-slack-retry-num"] = String(o.retryNum);
      headers["x-slack-retry-reason"] = o.retryReason ?? "http_timeout";
    }
    const res = await fetch(this.opts.url, { method: "POST", headers, body: req.body });
    return { status: res.status, body: await res.text() };
  }

  /** Sends the previous request again, as Slack's retry of an unacknowledged delivery. */
  async redeliverLast(retryNum = 1): Promise<SlackResponse> {
    if (!this.last) throw new Error("nothing was sent yet");
    return this.send(this.last, { retryNum });
  }

  /** A slash command typed by `user` in `channel`: "/cook" with text "tuesday". */
  slashCommand(channel: string, user: SlackUser, command: string, text: string): SlackRequest {
    const api = this.opts.api;
    const c = api.channels.get(channel);
    const form = new URLSearchParams({
      token: VERIFICATION_TOKEN,
      team_id: api.teamId,
      team_domain: "tablee-test",
      channel_id: channel,
      channel_name: c?.name ?? "privategroup",
      user_id: user.id,
      user_name: user.name.toLowerCase(),
      command,
      text,
      api_app_id: APP_ID,
      is_enterprise_install: "false",
      response_url: api.responseUrl(channel, user.id),
      trigger_id: triggerId(),
    });
    return { body: form.toString(), contentType: "application/x-www-form-urlencoded" };
  }

  /** An Events API delivery (event_callback) wrapping `event`. */
  event(event: Record<string, unknown>): SlackRequest {
    const api = this.opts.api;
    const now = Date.now() / 1000;
    const envelope = {
      token: VERIFICATION_TOKEN,
      team_id: api.teamId,
      context_team_id: api.teamId,
      api_app_id: APP_ID,
      event: { event_ts: now.toFixed(6), ...event },
      type: "event_callback",
      event_id: `Ev0${(++this.eventCounter).toString(36).toUpperCase()}${randomBytes(3).toString("hex").toUpperCase()}`,
      event_time: Math.floor(now),
      authorizations: [{ enterprise_id: null, team_id: api.teamId, user_id: api.bot.id, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    };
    return { body: JSON.stringify(envelope), contentType: "application/json" };
  }

  /** "@Tablée cook tuesday" in a channel: an app_mention event. */
  mention(channel: string, user: SlackUser, text: string, threadTs?: string): SlackRequest {
    const ts = (Date.now() / 1000).toFixed(6);
    return this.event({ type: "app_mention", user: user.id, text, ts, channel, ...(threadTs ? { thread_ts: threadTs } : {}) });
  }

  /** A message in the app's DM with `user` (message.im). */
  directMessage(channel: string, user: SlackUser, text: string): SlackRequest {
    const ts = (Date.now() / 1000).toFixed(6);
    return this.event({
      type: "message",
      channel_type: "im",
      user: user.id,
      text,
      ts,
      channel,
      client_msg_id: randomBytes(8).toString("hex"),
    });
  }

  /** The person opened the app's Home tab (app_home_opened; `tab` is "messages" for the DM tab). */
  appHomeOpened(user: SlackUser, tab: "home" | "messages" = "home"): SlackRequest {
    const view = this.opts.api.homeViews.get(user.id);
    return this.event({
      type: "app_home_opened",
      user: user.id,
      channel: `D${user.id.slice(1)}`,
      tab,
      ...(tab === "home" && view ? { view: { id: `V0${user.id}`, type: "home", blocks: view.blocks } } : {}),
    });
  }

  /** A press on a button of the person's published Home tab (block_actions from a view: no channel, no response_url). */
  homeBlockAction(user: SlackUser, actionId: string): SlackRequest {
    const api = this.opts.api;
    const view = api.homeViews.get(user.id);
    const element = view?.blocks
      .flatMap((b) => (b.type === "actions" ? (b.elements ?? []).map((e) => ({ ...e, block_id: b.block_id as string })) : []))
      .find((e) => e.action_id === actionId);
    if (!element) throw new Error(`no element ${actionId} on ${user.id}'s Home tab`);
    const payload = {
      type: "block_actions",
      user: { id: user.id, username: user.name.toLowerCase(), name: user.name.toLowerCase(), team_id: api.teamId },
      api_app_id: APP_ID,
      token: VERIFICATION_TOKEN,
      container: { type: "view", view_id: `V0${user.id}` },
      trigger_id: triggerId(),
      team: { id: api.teamId, domain: "tablee-test" },
      view: { id: `V0${user.id}`, type: "home", blocks: view!.blocks },
      actions: [
        {
          action_id: element.action_id,
          block_id: element.block_id,
          text: element.text,
          ...(element.value ? { value: element.value } : {}),
          ...((element as { url?: string }).url ? { url: (element as { url?: string }).url } : {}),
          type: "button",
          action_ts: (Date.now() / 1000).toFixed(6),
        },
      ],
    };
    return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: "application/x-www-form-urlencoded" };
  }

  /** A button press (block_actions) on a message, as Slack posts it: a form with a JSON `payload`. */
  blockAction(
    channel: string,
    user: SlackUser,
    message: StoredMessage,
    actionId: string,
    opts: { ephemeral?: boolean } = {},
  ): SlackRequest {
    const api = this.opts.api;
    const element = message.blocks
      ?.flatMap((b) => (b.type === "actions" ? (b.elements ?? []).map((e) => ({ ...e, block_id: b.block_id as string })) : []))
      .find((e) => e.action_id === actionId);
    if (!element) throw new Error(`no element ${actionId} on message ${message.ts}`);
    const payload = {
      type: "block_actions",
      user: { id: user.id, username: user.name.toLowerCase(), name: user.name.toLowerCase(), team_id: api.teamId },
      api_app_id: APP_ID,
      token: VERIFICATION_TOKEN,
      container: { type: "message", message_ts: message.ts, channel_id: channel, is_ephemeral: Boolean(opts.ephemeral) },
      trigger_id: triggerId(),
      team: { id: api.teamId, domain: "tablee-test" },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: channel, name: api.channels.get(channel)?.name ?? "privategroup" },
      message: { type: "message", user: message.user, ts: message.ts, text: message.text, blocks: message.blocks, bot_id: api.botId },
      state: { values: {} },
      response_url: api.responseUrl(channel, user.id, message.ts),
      actions: [
        {
          action_id: element.action_id,
          block_id: element.block_id,
          text: element.text,
          value: element.value,
          type: "button",
          action_ts: (Date.now() / 1000).toFixed(6),
        },
      ],
    };
    return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: "application/x-www-form-urlencoded" };
  }
}
