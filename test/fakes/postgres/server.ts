// A PostgreSQL server on loopback that refuses every password, speaking the real wire protocol
// (v3): it declines TLS, reads the StartupMessage, asks for a cleartext password, reads it, and
// answers FATAL 28P01 "password authentication failed" as a real server does. The local test
// server trusts 127.0.0.1, so a wrong password can only be tried against this fake.
import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/** What one client sent before being refused. */
export interface RefusedLogin {
  user: string;
  database: string;
  password: string;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const PROTOCOL_3 = 196608;

/** A backend message: type byte, Int32 length (itself included), body. */
function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, "ascii");
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/** ErrorResponse: one-letter fields, each a C string, then a final zero byte. */
function errorResponse(fields: Record<string, string>): Buffer {
  const parts = Object.entries(fields).map(([k, v]) => Buffer.concat([Buffer.from(k, "ascii"), Buffer.from(v, "utf8"), Buffer.from([0])]));
  return message("E", Buffer.concat([...parts, Buffer.from([0])]));
}

/** The fake server; `refused` lists every login it turned down. */
export class PasswordRefusingPostgres {
  readonly refused: RefusedLogin[] = [];
  private readonly server: Server;

  private constructor() {
    this.server = createServer((socket) => this.serve(socket));
  }

  /** Starts on 127.0.0.1, on a free port. */
  static async start(): Promise<PasswordRefusingPostgres> {
    const fake = new PasswordRefusingPostgres();
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    let buffered = Buffer.alloc(0);
    let login: { user: string; database: string } | undefined;
    socket.on("error", () => undefined);
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (!login) {
          // Untyped startup-phase packets: Int32 length, Int32 code, then parameters.
          if (buffered.length < 8) return;
          const length = buffered.readInt32BE(0);
          if (buffered.length < length) return;
          const code = buffered.readInt32BE(4);
          const body = buffered.subarray(8, length);
          buffered = buffered.subarray(length);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            socket.write("N"); // no TLS here: the client goes on in clear or gives up
            continue;
          }
          if (code !== PROTOCOL_3) {
            socket.end(errorResponse({ S: "FATAL", V: "FATAL", C: "08P01", M: "unsupported frontend protocol" }));
            return;
          }
          const params = body.toString("utf8").split("\0");
          const value = (key: string) => params[params.indexOf(key) + 1] ?? "";
          login = { user: value("user"), database: value("database") || value("user") };
          const ask = Buffer.alloc(4);
          ask.writeInt32BE(3); // AuthenticationCleartextPassword
          socket.write(message("R", ask));
          continue;
        }
        // Typed packets: the PasswordMessage ('p', Int32 length, C string).
        if (buffered.length < 5) return;
        const length = buffered.readInt32BE(1);
        if (buffered.length < length + 1) return;
        const type = String.fromCharCode(buffered[0]!);
        const body = buffered.subarray(5, length + 1);
        buffered = buffered.subarray(length + 1);
        if (type !== "p") continue;
        this.refused.push({ ...login, password: body.toString("utf8").replace(/\0$/, "") });
        socket.end(
          errorResponse({
            S: "FATAL",
            V: "FATAL",
            C: "28P01",
            M: `password authentication failed for user "${login.user}"`,
            R: "auth_failed",
          }),
        );
        return;
      }
    });
  }
}
