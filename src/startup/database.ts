// The database's first contact at start-up (applying migrations): a PostgreSQL not up yet is
// waited for; a wrong password, an unknown user or a missing database is said as such, with the
// fix; a SQLite file that cannot be opened names its path. Secrets in DATABASE_URL never show.
import type { Logger } from "../kernel/ports.ts";
import { providerOf, sqlitePath } from "../store/database.ts";
import { migrate } from "../store/migrate.ts";
import { EXIT_CONFIGURATION, EXIT_FAILURE, StartupError, unreachableCause } from "./failure.ts";
import { retryAtStart, type StartupVerdict } from "./retry.ts";

/** Host, port, user and database a PostgreSQL URL names (libpq's defaults where absent). */
export function postgresTarget(url: string): { host: string; port: string; user: string; database: string } {
  try {
    const u = new URL(url);
    const user = decodeURIComponent(u.username) || "postgres";
    return {
      host: u.hostname || u.searchParams.get("host") || "localhost",
      port: u.port || "5432",
      user,
      database: decodeURIComponent(u.pathname.replace(/^\//, "")) || user,
    };
  } catch {
    return { host: "?", port: "?", user: "?", database: "?" };
  }
}

/** SQLSTATEs that mean "not now": the server is starting, shutting down or full. */
const PG_NOT_NOW = new Set(["57P03", "57P01", "57P02", "53300", "08006", "08001"]);

/** Reads a failure of the first contact with PostgreSQL. */
export function judgePostgresError(e: unknown, url: string): StartupVerdict | undefined {
  const t = postgresTarget(url);
  const at = `${t.host}:${t.port}`;
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "28P01":
      return final(`the database at ${at} refused the password of user "${t.user}": check the password in DATABASE_URL`, e);
    case "28000":
      return final(
        `the database at ${at} refused user "${t.user}" (${message}): check the user in DATABASE_URL, or create it (createuser -h ${t.host} -U postgres ${t.user})`,
        e,
      );
    case "3D000":
      return final(
        `the database "${t.database}" does not exist on ${at}: create it (createdb -h ${t.host} -U ${t.user} ${t.database}) or fix DATABASE_URL`,
        e,
      );
  }
  if (typeof code === "string" && PG_NOT_NOW.has(code)) return { kind: "transient", cause: message };
  const cause = unreachableCause(e);
  return cause ? { kind: "transient", cause } : undefined;
}

function final(message: string, cause: unknown): StartupVerdict {
  return { kind: "final", error: new StartupError(message, EXIT_CONFIGURATION, { cause }) };
}

/** SQLite errors about the file itself (its folder missing, not writable, not a database). */
const SQLITE_FILE_CODES = new Set([
  "SQLITE_CANTOPEN",
  "SQLITE_READONLY",
  "SQLITE_NOTADB",
  "SQLITE_PERM",
  "EACCES",
  "EPERM",
  "EROFS",
  "ENOTDIR",
  "EEXIST",
]);

/**
 * Applies pending migrations (the first contact with the database), waiting up to `windowMs` for
 * a PostgreSQL that is not reachable yet. Returns the migrations applied.
 */
export async function migrateAtStart(url: string, windowMs: number, log: Logger): Promise<string[]> {
  if (providerOf(url) === "sqlite") {
    try {
      return await migrate(url);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === "string" && SQLITE_FILE_CODES.has(code)) {
        throw new StartupError(
          `cannot open the SQLite database ${sqlitePath(url)} (${(e as Error).message}): check DATABASE_URL and that its folder is writable`,
          EXIT_FAILURE,
          { cause: e },
        );
      }
      throw e;
    }
  }
  const t = postgresTarget(url);
  return retryAtStart(() => migrate(url), {
    what: `the database at ${t.host}:${t.port}`,
    hint: "is PostgreSQL running? is DATABASE_URL right?",
    windowMs,
    log,
    judge: (e) => judgePostgresError(e, url),
  });
}
