// A PostgreSQL outage under the real process and the real Telegram adapter, in long polling and
// webhook mode: the database sits behind a proxy the test cuts. A command sent during the outage
// is not answered "😕" and not confirmed to Telegram (webhook 503, polling offset held back), so
// Telegram offers it again; once the database is back it is handled once and answered once.
// /healthz says 503 "database: unreachable" meanwhile, 200 after.
import { afterEach, describe, expect, it } from "vitest";
import { CuttableProxy } from "../fakes/postgres/proxy.ts";
import { FakeTelegram } from "../fakes/telegram/server.ts";
import { POSTGRES_URL, postgresDatabase, type TestDatabase } from "../helpers/databases.ts";
import { freePort } from "./support/console-process.ts";
import { startAppProcess, until, type AppProcess } from "./support/app-process.ts";

let fake: FakeTelegram | undefined;
let database: TestDatabase | undefined;
let proxy: CuttableProxy | undefined;
let app: AppProcess | undefined;

afterEach(async () => {
  await app?.stop(2_000);
  app = undefined;
  await proxy?.cut();
  proxy = undefined;
  await fake?.close();
  fake = undefined;
  await database?.drop();
  database = undefined;
});

describe.skipIf(!POSTGRES_URL).each(["polling", "webhook"])("a PostgreSQL outage, Telegram in %s mode", (mode) => {
  it("a command sent during the outage is handled once, answered once, when the database is back", { timeout: 120_000 }, async () => {
    fake = await FakeTelegram.start();
    const mona = fake.state.addUser({ first_name: "Mona", username: "mona_b", language_code: "fr" });
    const group = fake.state.addGroup("Cantine de Belleville");
    database = await postgresDatabase();
    const real = new URL(database.url);
    proxy = await CuttableProxy.start({ host: real.hostname, port: Number(real.port || 5432) });
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    const port = await freePort();
    app = await startAppProcess(`outage-${mode}`, {
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_URL: viaProxy.toString(),
      PORT: String(port),
      TABLEE_CLOCK_START: "2026-11-30T08:00:00+01:00",
      ...(mode === "webhook" ? { TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/hook` } : {}),
    });
    const health = async () => {
      await new Promise((r) => setTimeout(r, 1_100)); // /healthz keeps its answer for a second
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5_000) });
      return { status: res.status, body: await res.text() };
    };
    const said = () => fake!.state.botMessages(group.id).map((m) => m.text);

    await fake.handled(fake.userSays(group.id, mona, "/installer Cantine de Belleville"));
    await until(() => said().some((t) => t.includes("est créée")), "the canteen created");
    expect((await health()).status).toBe(200);
    const before = said().length;

    await proxy.cut();
    const during = fake.userSays(group.id, mona, "/menu mardi Soupe de potiron, pain");
    await app.waitForLog((l) => l.msg === "command not handled: the database is unavailable", "the command not handled");
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatch(/^unavailable\ndatabase: unreachable/);
    // Nothing answered, nothing confirmed: Telegram still holds the update.
    expect(said().length).toBe(before);
    expect(fake.state.updates.find((u) => u.update_id === during)?.confirmed).toBe(false);

    await proxy.restore();
    await fake.handled(during, 60_000);
    await until(() => said().length > before, "the answer");
    await new Promise((r) => setTimeout(r, 1_000)); // a second answer would come now
    const answers = said().slice(before);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatch(/✅ Menu enregistré/);
    expect(answers.join("\n")).not.toMatch(/😕|💾/);
    expect((await health()).status).toBe(200);
  });
});
