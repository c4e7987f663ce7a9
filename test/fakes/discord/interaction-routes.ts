// The fake's interaction endpoints: the first response (POST /interactions/{id}/{token}/callback,
// answered 204 with no body), then the interaction webhook — edit/delete the original response
// and follow-ups. Tokens expire like Discord's: 3 s to respond, 15 minutes to follow up.
import type { FakeWorld, InteractionRecord, StoredMessage } from "./state.ts";
import { snowflake } from "./state.ts";
import { invalidForm, messageProblems, type ApiError } from "./validate.ts";

/** An HTTP answer of the fake. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Body = Record<string, unknown>;

/** Flags Discord uses here. */
const EPHEMERAL = 64;
const LOADING = 128;
/** The interaction token's lifetime once responded to. */
const TOKEN_LIFETIME_MS = 15 * 60_000;

const unknownInteraction: ApiError = { status: 404, body: { code: 10062, message: "Unknown interaction" } };
const alreadyAcknowledged: ApiError = { status: 400, body: { code: 40060, message: "Interaction has already been acknowledged." } };
const unknownMessage: ApiError = { status: 404, body: { code: 10008, message: "Unknown Message" } };
const invalidToken: ApiError = { status: 401, body: { code: 50027, message: "Invalid Webhook Token" } };

/** Applies a create/edit body's fields to a stored message. */
export function applyBody(m: StoredMessage, body: Body): void {
  if ("content" in body) m.content = typeof body.content === "string" ? body.content : "";
  if ("embeds" in body) m.embeds = (body.embeds as StoredMessage["embeds"] | null) ?? [];
  if ("components" in body) m.components = (body.components as StoredMessage["components"] | null) ?? [];
  const mentions = body.allowed_mentions as { users?: string[] } | undefined;
  if (mentions) m.allowedUsers = mentions.users ?? [];
}

/** Creates a stored message from a body. */
export function createMessage(world: FakeWorld, channelId: string, body: Body, extra: Partial<StoredMessage> = {}): StoredMessage {
  const m: StoredMessage = {
    id: snowflake(),
    channelId,
    content: "",
    embeds: [],
    components: [],
    flags: 0,
    createdAt: Date.now(),
    deleted: false,
    loading: false,
    allowedUsers: [],
    ...extra,
  };
  applyBody(m, body);
  world.messages.set(m.id, m);
  return m;
}

/** Handles the interaction routes; undefined when the path is not one of them. */
export class InteractionRoutes {
  constructor(
    private readonly world: FakeWorld,
    /** Time allowed for the first response (Discord: 3 s). */
    private readonly responseWindowMs: number,
  ) {}

  route(method: string, path: string, query: URLSearchParams, body: Body): Reply | undefined {
    let m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m && method === "POST") return this.callback(m[1]!, m[2]!, body, query.get("with_response") === "true");
    m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/.exec(path);
    if (m) return this.webhookMessage(method, m[1]!, m[2]!, m[3]!, body);
    m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path);
    if (m && method === "POST") return this.followUp(m[1]!, m[2]!, body, query.get("wait") === "true");
    return undefined;
  }

  private byToken(appId: string, token: string): InteractionRecord | ApiError {
    if (appId !== this.world.applicationId) return invalidToken;
    const i = [...this.world.interactions.values()].find((x) => x.token === token);
    if (!i) return invalidToken;
    if (!i.response) return unknownMessage;
    if (Date.now() - i.response.at > TOKEN_LIFETIME_MS) return invalidToken;
    return i;
  }

  private callback(id: string, token: string, body: Body, withResponse: boolean): Reply {
    const i = this.world.interactions.get(id);
    if (!i || i.token !== token) return unknownInteraction;
    if (i.response) return alreadyAcknowledged;
    if (Date.now() - i.createdAt > this.responseWindowMs) return unknownInteraction;
    const type = body.type as number;
    const data = (body.data ?? {}) as Body;
    const flags = typeof data.flags === "number" ? data.flags : 0;
    const ephemeralFor = flags & EPHEMERAL ? i.userId : undefined;
    let message: StoredMessage | undefined;
    switch (type) {
      case 4: {
        const problems = messageProblems(data, true);
        if (problems.length > 0) return invalidForm(problems);
        message = createMessage(this.world, i.channelId, data, { flags: flags & EPHEMERAL, ephemeralFor, interactionId: i.id });
        i.originalMessageId = message.id;
        break;
      }
      case 5:
        message = createMessage(
          this.world,
          i.channelId,
          {},
          { flags: (flags & EPHEMERAL) | LOADING, ephemeralFor, interactionId: i.id, loading: true },
        );
        i.originalMessageId = message.id;
        break;
      case 6:
        if (i.type !== 3) return invalidForm(["type: DEFERRED_UPDATE_MESSAGE is only valid for component interactions"]);
        break;
      case 7: {
        if (i.type !== 3) return invalidForm(["type: UPDATE_MESSAGE is only valid for component interactions"]);
        const problems = messageProblems(data, false);
        if (problems.length > 0) return invalidForm(problems);
        message = this.world.messages.get(i.componentMessageId!)!;
        applyBody(message, data);
        message.editedAt = Date.now();
        break;
      }
      default:
        return invalidForm([`type: ${String(type)} is not supported by the fake`]);
    }
    i.response = { type, at: Date.now() };
    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: { id: i.id, type: i.type },
        resource: { type, ...(message ? { message: this.world.messageJson(message) } : {}) },
      },
    };
  }

  private target(i: InteractionRecord, which: string): StoredMessage | undefined {
    if (which !== "@original") {
      const m = this.world.messages.get(which);
      return m?.interactionId === i.id ? m : undefined;
    }
    const id = i.response && (i.response.type === 6 || i.response.type === 7) ? i.componentMessageId : i.originalMessageId;
    return id ? this.world.messages.get(id) : undefined;
  }

  private webhookMessage(method: string, appId: string, token: string, which: string, body: Body): Reply {
    const i = this.byToken(appId, token);
    if ("status" in i) return i;
    const m = this.target(i, which);
    if (!m || m.deleted) return unknownMessage;
    if (method === "GET") return { status: 200, body: this.world.messageJson(m) };
    if (method === "DELETE") {
      m.deleted = true;
      return { status: 204 };
    }
    if (method !== "PATCH") return { status: 405, body: { code: 0, message: "405: Method Not Allowed" } };
    const problems = messageProblems(body, false);
    if (problems.length > 0) return invalidForm(problems);
    applyBody(m, body);
    m.loading = false;
    m.flags &= ~LOADING;
    m.editedAt = Date.now();
    return { status: 200, body: this.world.messageJson(m) };
  }

  private followUp(appId: string, token: string, body: Body, wait: boolean): Reply {
    const i = this.byToken(appId, token);
    if ("status" in i) return i;
    const problems = messageProblems(body, true);
    if (problems.length > 0) return invalidForm(problems);
    const flags = typeof body.flags === "number" ? body.flags & EPHEMERAL : 0;
    const m = createMessage(this.world, i.channelId, body, { flags, ephemeralFor: flags ? i.userId : undefined, interactionId: i.id });
    return wait ? { status: 200, body: this.world.messageJson(m) } : { status: 204 };
  }
}
