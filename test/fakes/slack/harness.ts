// A Slack workspace for end-to-end tests: the fake Web API, Slack's signed requests, and the real
// Slack adapter (Bolt inside) on the shared HTTP server, wired to a real core. `platform` is the
// PlatformHarness the adapter contract drives.
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from "../../../adapters/slack/adapter.ts";
import { loadConfig, type Config } from "../../../src/config.ts";
import { createHttpServer, type HttpServer } from "../../../src/http.ts";
import type { FakeUser, PlatformHarness } from "../../contract/adapter-contract.ts";
import type { Harness } from "../../helpers/harness.ts";
import { renderMrkdwn } from "./mrkdwn.ts";
import { SlackRequester, type SlackRequest, type SlackResponse } from "./signed-client.ts";
import { FakeSocketMode } from "./socket-mode.ts";
import { FakeSlackApi, type SlackUser } from "./web-api.ts";

/** The test signing secret and bot token. */
export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-fake";
export const APP_TOKEN = "xapp-1-A0TABLEE-1234567890-0123456789abcdef";

/** Everything a Slack test touches. */
export interface SlackWorld {
  api: FakeSlackApi;
  /** Builds (and, in HTTP mode, sends) Slack's requests. */
  slack: SlackRequester;
  /** Socket Mode's side of the fake, when the adapter runs in Socket Mode. */
  socket?: FakeSocketMode;
  adapter: SlackAdapter;
  http: HttpServer;
  /** The adapter's Request URL. */
  eventsUrl: string;
  users: { mona: SlackUser; alice: SlackUser; bob: SlackUser };
  /** Channel ids of two group channels. */
  channels: { group: string; other: string };
  /**
   * Sends a request (over HTTP, or as a Socket Mode envelope) and waits until the adapter has
   * finished with it; returns the HTTP answer (Socket Mode: 200 and the ack's payload).
   */
  deliver(req: SlackRequest, opts?: Parameters<SlackRequester["send"]>[1]): Promise<SlackResponse>;
  /** A user types in a chat: "/cmd args" runs a slash command, other text mentions the bot (a DM needs no mention). */
  says(channel: string, user: SlackUser, text: string): Promise<SlackResponse>;
  /** Presses the first button whose label matches on the newest bot message that has one. */
  press(channel: string, user: SlackUser, label: RegExp): Promise<SlackResponse>;
  platform: PlatformHarness;
  stop(): Promise<void>;
}

const address = (id: string) => `slack:${id}`;
const fakeUser = (u: SlackUser): FakeUser => ({ id: u.id, name: u.name, address: address(u.id) });

/** The adapter's configuration for a fake at `apiUrl` (extra variables override). */
export function slackConfig(apiUrl: string, extra: Record<string, string> = {}): Config {
  return loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: apiUrl, ...extra });
}

/** How a Slack test world runs the adapter. */
export interface SlackWorldOptions {
  socketMode?: boolean;
  /** Rewrites the fake's Web API address the adapter is given (a proxy in front of it). */
  through?: (apiUrl: string) => string;
  adapter?: SlackAdapterOptions;
}

/** Starts the fake workspace and the adapter (HTTP mode, or Socket Mode), wired to the harness's core. */
export async function startSlackWorld(world: Harness, opts: SlackWorldOptions = {}): Promise<SlackWorld> {
  const api = new FakeSlackApi(BOT_TOKEN);
  await api.start();
  const socket = opts.socketMode ? new FakeSocketMode(api, APP_TOKEN) : undefined;
  const users = {
    mona: api.addUser({ id: "U0MONA", name: "Mona", locale: "fr-FR", admin: false }),
    alice: api.addUser({ id: "U0ALICE", name: "Alice", locale: "fr-FR" }),
    bob: api.addUser({ id: "U0BOB", name: "Bob", locale: "en-GB" }),
  };
  const channels = { group: api.addChannel("C0CANTINE", "cantine").id, other: api.addChannel("C0VAISE", "vaise").id };

  const http = createHttpServer(0, world.log);
  const apiUrl = opts.through ? opts.through(api.apiUrl) : api.apiUrl;
  const config = socket
    ? loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: apiUrl })
    : slackConfig(apiUrl);
  const adapter = createSlackAdapter({ config, log: world.log, http, fatal: (e) => world.log.error({ err: e }, "fatal") }, opts.adapter);
  await adapter.start(world.core);
  const port = await http.listen();
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  const slack = new SlackRequester({ url: eventsUrl, signingSecret: SIGNING_SECRET, api });

  let last: SlackRequest | undefined;
  const deliver: SlackWorld["deliver"] = async (req, o) => {
    last = req;
    let res: SlackResponse;
    if (socket) {
      const ack = await socket.deliver(req, { retryAttempt: o?.retryNum });
      res = { status: 200, body: JSON.stringify(ack.payload ?? {}) };
    } else {
      res = await slack.send(req, o);
    }
    await adapter.idle();
    return res;
  };
  const says: SlackWorld["says"] = (channel, user, text) => {
    const command = /^(\/\S+)\s*([\s\S]*)$/.exec(text);
    if (command) return deliver(slack.slashCommand(channel, user, command[1]!, command[2]!));
    if (channel.startsWith("D")) return deliver(slack.directMessage(channel, user, text));
    return deliver(slack.mention(channel, user, `<@${api.bot.id}> ${text}`));
  };
  const press: SlackWorld["press"] = (channel, user, label) => {
    const messages = [...(api.channels.get(channel)?.messages ?? [])].reverse();
    for (const m of messages) {
      for (const b of m.blocks ?? []) {
        if (b.type !== "actions") continue;
        const hit = (b.elements ?? []).find((e) => typeof e.text === "object" && label.test(renderMrkdwn(e.text.text ?? "", api.nameOf)));
        if (hit?.action_id) return deliver(slack.blockAction(channel, user, m, hit.action_id));
      }
    }
    throw new Error(`no button matching ${label} in ${channel}`);
  };

  const byAddress = (chat: string) => chat.replace(/^slack:/, "");
  const platform: PlatformHarness = {
    adapter,
    group: address(channels.group),
    otherGroup: address(channels.other),
    users: [fakeUser(users.mona), fakeUser(users.alice), fakeUser(users.bob)],
    userSays: async (chat, user, text) => {
      await says(byAddress(chat), api.users.get(user.id)!, text);
    },
    press: async (chat, user, label) => {
      await press(byAddress(chat), api.users.get(user.id)!, label);
    },
    messages: (chat) => api.messages(byAddress(chat)),
    toasts: (user) => api.ephemeralTexts(user.id),
    redeliverLast: async () => {
      if (!last) throw new Error("nothing was delivered yet");
      await deliver(last, { retryNum: 1 });
    },
    failNextPost: (chat, failure, retryAfterSeconds = 1) =>
      api.failNext(
        "chat.postMessage",
        failure === "rate-limited" ? { kind: "rate-limited", retryAfterSeconds } : { kind: "error", error: "channel_not_found" },
        byAddress(chat),
      ),
    stop: () => stop(),
  };

  async function stop(): Promise<void> {
    await adapter.stop();
    await http.close();
    socket?.close();
    await api.stop();
  }

  return { api, slack, socket, adapter, http, eventsUrl, users, channels, deliver, says, press, platform, stop };
}
