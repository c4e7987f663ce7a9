// A loopback HTTP proxy between an adapter and a fake platform that loses answers on demand:
// the request is forwarded whole and the platform acts on it, then the answer is dropped (the
// client's socket is closed) or held until the client gives up (its timeout). It is how a send
// whose request reached the platform but whose answer never came back looks from the client.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the proxy saw it. */
export interface ProxiedRequest {
  method: string;
  path: string;
  body: string;
}

/** What happens to the answer of a matching request. */
export type AnswerFate = "drop" | "hold";

/** The proxy: forwards everything to `upstream`, and loses the answers it is told to. */
export class AnswerProxy {
  /** Requests forwarded, and what became of their answers. */
  readonly log: (ProxiedRequest & { status: number; fate: AnswerFate | "passed" })[] = [];
  private readonly plans: { match: (r: ProxiedRequest) => boolean; fate: AnswerFate; times: number }[] = [];
  private readonly held = new Set<ServerResponse>();
  private readonly server: Server;
  private upstream: URL | undefined;

  private constructor() {
    this.server = createServer((req, res) => void this.onRequest(req, res));
  }

  /** Starts a proxy on 127.0.0.1; `through` then puts it in front of a platform. */
  static async start(): Promise<AnswerProxy> {
    const proxy = new AnswerProxy();
    await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  /** `url`, an address of the fake platform, as reached through the proxy (which then forwards there). */
  through = (url: string): string => {
    this.upstream = new URL(url);
    const u = new URL(url);
    u.host = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return u.href.replace(/\/$/, url.endsWith("/") ? "/" : "");
  };

  /** The next `times` requests matching `match` reach the platform, and their answers are lost. */
  lose(fate: AnswerFate, match: (r: ProxiedRequest) => boolean, times = 1): void {
    this.plans.push({ match, fate, times });
  }

  /** Requests whose answer was lost. */
  lost(): ProxiedRequest[] {
    return this.log.filter((r) => r.fate !== "passed");
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const seen: ProxiedRequest = { method: req.method ?? "GET", path: req.url ?? "/", body: body.toString("utf8") };
    const plan = this.plans.find((p) => p.times > 0 && p.match(seen));
    if (plan) plan.times--;
    const answer = await this.forward(req, body).catch(() => null);
    if (!answer) {
      req.socket.destroy();
      return;
    }
    const fate = plan?.fate ?? "passed";
    this.log.push({ ...seen, status: answer.status, fate });
    if (fate === "drop") {
      // The platform acted; the client never hears of it.
      req.socket.destroy();
      return;
    }
    if (fate === "hold") {
      // Never answered: the client's own timeout ends it.
      this.held.add(res);
      res.on("close", () => this.held.delete(res));
      return;
    }
    res.writeHead(answer.status, answer.headers).end(answer.body);
  }

  private forward(req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    const upstream = this.upstream;
    if (!upstream) return Promise.reject(new Error("the proxy is in front of nothing yet"));
    const headers = { ...req.headers, host: upstream.host };
    delete headers.connection;
    return new Promise((resolve, reject) => {
      const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on("data", (c: Buffer) => parts.push(c));
        answer.on("end", () => {
          const h: Record<string, string> = {};
          for (const [k, v] of Object.entries(answer.headers)) {
            if (v !== undefined && k !== "transfer-encoding" && k !== "connection") h[k] = Array.isArray(v) ? v.join(", ") : v;
          }
          h["content-length"] = String(Buffer.concat(parts).length);
          resolve({ status: answer.statusCode ?? 502, headers: h, body: Buffer.concat(parts) });
        });
      });
      out.on("error", reject);
      out.end(body);
    });
  }
}
