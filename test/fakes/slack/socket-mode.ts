// Slack's Socket Mode on the fake: apps.connections.open (app-level token) hands out a WebSocket
// URL on the same loopback server; a connection gets "hello", then envelopes (events_api,
// slash_commands, interactive) that the app must ack with their envelope_id.
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { SlackRequest } from "./signed-client.ts";
import type { FakeSlackApi } from "./web-api.ts";

/** An acknowledgement the app sent back over the socket. */
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

/** The Socket Mode side of the fake. */
export class FakeSocketMode {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly waiting = new Map<string, (ack: SocketAck) => void>();
  private helloed!: () => void;
  /** Resolves once an app has connected and been greeted. */
  readonly connected = new Promise<void>((r) => (this.helloed = r));

  constructor(
    private readonly api: FakeSlackApi,
    readonly appToken: string,
  ) {
    const wsBase = api.base.replace(/^http/, "ws");
    api.appLevel.set("apps.connections.open", {
      token: appToken,
      handle: () => ({ ok: true, url: `${wsBase}/link/?ticket=${randomBytes(8).toString("hex")}&app_id=A0TABLEE` }),
    });
    api.httpServer.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!req.url?.startsWith("/link/")) return void socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    });
  }

  private onConnection(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    ws.on("message", (data) => {
      const ack = JSON.parse(String(data)) as SocketAck;
      this.waiting.get(ack.envelope_id)?.(ack);
      this.waiting.delete(ack.envelope_id);
    });
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: this.sockets.size,
        debug_info: { host: "applink-fake", approximate_connection_time: 18060 },
        connection_info: { app_id: "A0TABLEE" },
      }),
    );
    this.helloed();
  }

  /**
   * Delivers what Slack would have POSTed in HTTP mode as a Socket Mode envelope; resolves with
   * the app's ack. `retryAttempt` marks Slack's redelivery of an unacked envelope.
   */
  deliver(req: SlackRequest, opts: { retryAttempt?: number } = {}): Promise<SocketAck> {
    const [socket] = this.sockets;
    if (!socket) throw new Error("no app connected over Socket Mode");
    const form = req.contentType === "application/json" ? undefined : new URLSearchParams(req.body);
    const interactive = form?.get("payload");
    const payload: unknown = form ? (interactive ? JSON.parse(interactive) : Object.fromEntries(form)) : JSON.parse(req.body);
    const type = !form ? "events_api" : interactive ? "interactive" : "slash_commands";
    const envelope_id = randomBytes(12).toString("hex");
    const acked = new Promise<SocketAck>((r) => this.waiting.set(envelope_id, r));
    socket.send(
      JSON.stringify({
        envelope_id,
        payload,
        type,
        accepts_response_payload: type === "slash_commands",
        ...(type === "events_api" ? { retry_attempt: opts.retryAttempt ?? 0, retry_reason: opts.retryAttempt ? "timeout" : "" } : {}),
      }),
    );
    return acked;
  }

  /** Drops every connection (before the HTTP server closes). */
  close(): void {
    for (const s of this.sockets) s.terminate();
    this.wss.close();
  }
}
