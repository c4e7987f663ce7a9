// A TCP proxy on loopback in front of a real PostgreSQL, that a test can cut — every connection
// dropped, new ones refused, as when the server goes down or the network between them fails —
// and restore on the same port, so the app's DATABASE_URL stays right.
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";

/** The proxy; `cut()` and `restore()` switch the database off and on for whoever connects through it. */
export class CuttableProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private constructor(
    private readonly target: { host: string; port: number },
    private listenPort: number,
  ) {}

  /** Starts forwarding 127.0.0.1:<free port> to `target`. */
  static async start(target: { host: string; port: number }): Promise<CuttableProxy> {
    const proxy = new CuttableProxy(target, 0);
    await proxy.restore();
    return proxy;
  }

  get port(): number {
    return this.listenPort;
  }

  /** The database is gone: open connections are dropped, new ones refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  /** The database is back, on the same port. */
  async restore(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => this.forward(client));
    await new Promise<void>((resolve) => server.listen(this.listenPort, "127.0.0.1", resolve));
    this.listenPort = (server.address() as AddressInfo).port;
    this.server = server;
  }

  private forward(client: Socket): void {
    const upstream = connect(this.target.port, this.target.host);
    this.sockets.add(client).add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
