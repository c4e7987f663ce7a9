// Benchmark: the board's sheet page against the chat's /creneaux, side by side in one run.
// 50 logged-in people each load the sheet page over real HTTP every 2 s (±50 %), while 50 people
// type /creneaux in the same canteen's group through the core at the same pace, for `seconds`.
// The figure is p99(page) ÷ p99(/creneaux): what the board costs over the chat for one sheet.
import { get } from "node:http";
import { openSession } from "../../src/core/board/login.ts";
import { createHttpServer } from "../../src/http.ts";
import { serveBoard } from "../../src/web/serve.ts";
import { BENCH_NOW } from "./signup.ts";
import { quantile, silentLog, sleep } from "./util.ts";
import { openWorld } from "./world.ts";

/** What the board run measured (milliseconds). */
export interface BoardResult {
  people: number;
  pages: number;
  chats: number;
  pageP50: number;
  pageP99: number;
  chatP50: number;
  chatP99: number;
  /** p99 of the time inside the server (request parsed → response written). */
  serverP99: number;
  ratio: number;
}

const GROUP = "telegram:-1002000000001";

/** One page load as a browser does it, on a keep-alive connection of this person's own. */
function getPage(url: string, sid: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { headers: { cookie: `tablee_session=${sid}` } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

/** Runs the side-by-side load for `seconds`. */
export async function boardVsChat(people = 50, seconds = 60): Promise<BoardResult> {
  const world = await openWorld(BENCH_NOW);
  const http = createHttpServer(0, silentLog);
  try {
    await world.core.handle({ platform: "telegram", chat: { address: GROUP, title: "Banc d'essai", private: false }, author: { address: "telegram:1", name: "Mona" }, text: "/setup Cantine du banc d'essai" });
    const { canteen } = (await world.store.findChat(GROUP))!;
    const who = Array.from({ length: people }, (_, i) => ({ address: `telegram:${100 + i}`, name: `Bénévole ${i}` }));
    // A realistic sheet: a third of the people signed up somewhere this week or next.
    for (const [i, p] of who.entries()) {
      const text = i % 3 === 0 ? `/cuisiner ${["mardi", "mercredi", "jeudi", "vendredi"][i % 4]}` : "/creneaux";
      await world.core.handle({ platform: "telegram", chat: { address: GROUP, private: false }, author: p, text });
    }
    const sessions = await Promise.all(who.map(async (p) => (await openSession(world.store, (await world.store.personOf(p.address))!, world.clock.now())).id));
    let base = "";
    const handlerMs: number[] = [];
    const fallback0 = http.fallback.bind(http);
    // Time inside the server (request parsed → response written), to tell queueing from work.
    http.fallback = (h) => fallback0((req, res) => {
      const t = performance.now();
      res.on("finish", () => handlerMs.push(performance.now() - t));
      h(req, res);
    });
    serveBoard(http, { core: world.core, store: world.store, clock: world.clock, log: silentLog, publicUrl: () => base, defaultLocale: "fr" });
    base = `http://127.0.0.1:${await http.listen()}`;
    const url = `${base}/c/${canteen.id}`;

    const pageMs: number[] = [];
    const chatMs: number[] = [];
    const end = performance.now() + seconds * 1000;
    const pace = () => sleep(2_000 * (0.5 + Math.random()));
    const reader = async (sid: string) => {
      await sleep(Math.random() * 2_000);
      while (performance.now() < end) {
        const t = performance.now();
        const { status, body } = await getPage(url, sid);
        if (status !== 200 || !body.includes("Planning des services")) throw new Error(`sheet page answered ${status}`);
        pageMs.push(performance.now() - t);
        await pace();
      }
    };
    const chatter = async (p: { address: string; name: string }) => {
      await sleep(Math.random() * 2_000);
      while (performance.now() < end) {
        const t = performance.now();
        const out = await world.core.handle({ platform: "telegram", chat: { address: GROUP, private: false }, author: p, text: "/creneaux" });
        if (out.replies.length !== 1) throw new Error("/creneaux gave no sheet");
        chatMs.push(performance.now() - t);
        await pace();
      }
    };
    await Promise.all([...sessions.map(reader), ...who.map(chatter)]);
    const pageP99 = quantile(pageMs, 0.99);
    const chatP99 = quantile(chatMs, 0.99);
    return {
      people, pages: pageMs.length, chats: chatMs.length,
      pageP50: quantile(pageMs, 0.5), pageP99, chatP50: quantile(chatMs, 0.5), chatP99, serverP99: quantile(handlerMs, 0.99), ratio: pageP99 / chatP99,
    };
  } finally {
    await http.close();
    await world.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seconds = Number(process.argv[2] ?? 60);
  console.log(JSON.stringify(await boardVsChat(50, seconds)));
  process.exit(0);
}
