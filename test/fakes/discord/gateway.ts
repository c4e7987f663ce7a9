// The fake's gateway: Discord's websocket protocol, JSON encoding. HELLO (op 10) on connect;
// IDENTIFY (op 2) → READY then GUILD_CREATE per server; heartbeats (op 1) acked (op 11); RESUME
// (op 6) replays what the session missed, then RESUMED; and on demand: a dropped socket, op 7
// RECONNECT, op 9 INVALID SESSION, a close code, or refusing connections altogether.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { FakeWorld } from "./state.ts";

/** A gateway payload as sent or received. */
export interface GatewayPayload {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

/** A payload the bot sent us, with when and on which URL path. */
export interface ReceivedOp {
  op: number;
  d: Record<string, unknown> | null;
  at: number;
  path: string;
}

interface Session {
  id: string;
  seq: number;
  events: GatewayPayload[];
  socket?: WebSocket;
}

/** How the fake answers an IDENTIFY. */
export type IdentifyAnswer = "ready" | "invalid-session" | "authentication-failed";

/** The gateway half of the fake. */
export class FakeGateway {
  readonly received: ReceivedOp[] = [];
  /** Every READY's session id, in order. */
  readonly sessions: string[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly byId = new Map<string, Session>();
  private current: Session | undefined;
  private sockets = new Set<WebSocket>();
  /** Answer IDENTIFY with READY, with op 9 (a session Discord keeps refusing), or close 4004 (a token reset since the REST calls). */
  identifyAnswer: IdentifyAnswer = "ready";
  /** Ack heartbeats (turn off to make a zombie connection). */
  ackHeartbeats = true;
  /** Refuse new connections (503), as an unreachable gateway. */
  refuse = false;

  constructor(
    private readonly world: FakeWorld,
    private readonly token: string,
    private readonly urls: () => { gateway: string; resume: string },
    private readonly heartbeatIntervalMs: number,
  ) {}

  /** Takes an HTTP upgrade request. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.refuse) {
      socket.end("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    this.server.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, new URL(req.url ?? "/", "http://x").pathname));
  }

  private onConnection(ws: WebSocket, path: string): void {
    this.sockets.add(ws);
    let session: Session | undefined;
    ws.on("close", () => {
      this.sockets.delete(ws);
      if (session?.socket === ws) session.socket = undefined;
    });
    ws.on("message", (raw) => {
      let p: GatewayPayload;
      try {
        p = JSON.parse(raw.toString()) as GatewayPayload;
      } catch {
        ws.close(4002, "Error while decoding payload.");
        return;
      }
      this.received.push({ op: p.op, d: (p.d ?? null) as Record<string, unknown> | null, at: Date.now(), path });
      session = this.onPayload(ws, p, session);
    });
    send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ["fake-gateway"] }, s: null, t: null });
  }

  private onPayload(ws: WebSocket, p: GatewayPayload, session: Session | undefined): Session | undefined {
    const d = (p.d ?? {}) as Record<string, unknown>;
    switch (p.op) {
      case 1:
        if (this.ackHeartbeats) send(ws, { op: 11, d: null });
        return session;
      case 2:
        if (session) ws.close(4005, "Already authenticated.");
        else if (d.token !== this.token || this.identifyAnswer === "authentication-failed") ws.close(4004, "Authentication failed.");
        else if (this.identifyAnswer === "invalid-session") send(ws, { op: 9, d: false });
        else return this.ready(ws);
        return session;
      case 6:
        return this.resume(ws, d);
      default:
        if (!session) ws.close(4003, "Not authenticated.");
        return session;
    }
  }

  private ready(ws: WebSocket): Session {
    const session: Session = { id: Math.random().toString(16).slice(2, 18), seq: 0, events: [], socket: ws };
    this.byId.set(session.id, session);
    this.current = session;
    this.sessions.push(session.id);
    const { world } = this;
    this.emit(session, "READY", {
      v: 10,
      user: world.userJson(world.bot),
      guilds: [...world.guilds.values()].map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.urls().resume,
      shard: [0, 1],
      application: { id: world.applicationId, flags: 0 },
      private_channels: [],
      _trace: ["fake-gateway"],
    });
    for (const g of world.guilds.values()) this.emit(session, "GUILD_CREATE", world.guildJson(g));
    return session;
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): Session | undefined {
    const session = this.byId.get(String(d.session_id));
    if (d.token !== this.token) {
      ws.close(4004, "Authentication failed.");
      return undefined;
    }
    if (!session) {
      send(ws, { op: 9, d: false });
      return undefined;
    }
    session.socket?.terminate();
    session.socket = ws;
    const seq = Number(d.seq ?? 0);
    for (const e of session.events) if ((e.s ?? 0) > seq) send(ws, e);
    this.emit(session, "RESUMED", { _trace: ["fake-gateway"] });
    return session;
  }

  private emit(session: Session, t: string, d: unknown): void {
    const payload: GatewayPayload = { op: 0, t, s: ++session.seq, d };
    session.events.push(payload);
    if (session.events.length > 1000) session.events.shift();
    if (session.socket) send(session.socket, payload);
  }

  /** Sends a dispatch on the current session (kept for a resume while the socket is down). */
  dispatch(t: string, d: unknown): void {
    if (!this.current) throw new Error("no gateway session: the bot has not identified");
    this.emit(this.current, t, d);
  }

  /** The current session's id and last sequence number. */
  get session(): { id: string; seq: number } | undefined {
    return this.current && { id: this.current.id, seq: this.current.seq };
  }

  /** True while the current session has an open socket. */
  get connected(): boolean {
    return Boolean(this.current?.socket);
  }

  /** Kills the socket without a close frame (the network dropped). */
  drop(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  /** Asks the bot to reconnect and resume (op 7). */
  reconnect(): void {
    for (const ws of this.sockets) send(ws, { op: 7, d: null });
  }

  /** Tells the bot its session is invalid (op 9); `resumable` lets it resume. */
  invalidateSession(resumable: boolean): void {
    if (!resumable && this.current) this.byId.delete(this.current.id);
    for (const ws of this.sockets) send(ws, { op: 9, d: resumable });
  }

  /** Closes the socket with a gateway close code (4004 authentication failed, 4014 disallowed intents…). */
  close(code: number, reason = ""): void {
    for (const ws of this.sockets) ws.close(code, reason);
  }

  stop(): void {
    for (const ws of this.sockets) ws.terminate();
    this.server.close();
  }
}

function send(ws: WebSocket, p: GatewayPayload): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(p));
}
