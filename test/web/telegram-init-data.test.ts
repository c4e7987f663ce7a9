// The Mini App's initData check, against data signed here the way Telegram signs it.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkInitData, dataCheckString, signInitData, webAppSecret } from "../../src/features/board/telegram/init-data.ts";

const BOT = "123456:TEST-token-for-the-mini-app";
const OTHER_BOT = "654321:another-bots-token";
const NOW = new Date("2026-12-01T12:00:00Z");
const seconds = (d: Date) => String(Math.floor(d.getTime() / 1000));
const user = JSON.stringify({ id: 4242, first_name: "Zoé", username: "zoe", language_code: "fr" });
const fields = (authDate = NOW) => ({ query_id: "AAHdF6IQAAAAAN0XohDhrOrc", user, auth_date: seconds(authDate), signature: "sig" });

describe("checking Telegram Mini App initData", () => {
  it("accepts data signed for this bot, and tells who it is", () => {
    const signed = signInitData(fields(), BOT);
    const check = checkInitData(signed, BOT, NOW);
    expect(check).toEqual({
      ok: true,
      user: { id: 4242, first_name: "Zoé", username: "zoe", language_code: "fr" },
      authDate: new Date(Number(seconds(NOW)) * 1000),
      hash: new URLSearchParams(signed).get("hash"),
    });
  });

  it("builds the data-check-string from every field but hash, sorted by key, joined by newlines", () => {
    const map = new Map([
      ["user", "u"],
      ["hash", "h"],
      ["auth_date", "1"],
      ["query_id", "q"],
    ]);
    expect(dataCheckString(map)).toBe("auth_date=1\nquery_id=q\nuser=u");
    // The secret is HMAC_SHA256 keyed by "WebAppData" over the bot token (not the other way round).
    expect(webAppSecret(BOT).equals(createHmac("sha256", "WebAppData").update(BOT).digest())).toBe(true);
  });

  it("refuses data changed after signing", () => {
    const signed = new URLSearchParams(signInitData(fields(), BOT));
    signed.set("user", JSON.stringify({ id: 1, first_name: "Mallory" }));
    expect(checkInitData(signed.toString(), BOT, NOW)).toEqual({ ok: false, problem: "bad-hash" });
  });

  it("refuses data older than 24 hours, and accepts it just before", () => {
    const old = new Date(NOW.getTime() - 24 * 3600_000 - 1000);
    expect(checkInitData(signInitData(fields(old), BOT), BOT, NOW)).toEqual({ ok: false, problem: "stale" });
    const recent = new Date(NOW.getTime() - 23 * 3600_000);
    expect(checkInitData(signInitData(fields(recent), BOT), BOT, NOW).ok).toBe(true);
  });

  it("refuses data signed for another bot", () => {
    expect(checkInitData(signInitData(fields(), OTHER_BOT), BOT, NOW)).toEqual({ ok: false, problem: "bad-hash" });
  });

  it("refuses malformed data: no hash, a short hash, repeated keys, no user, an auth_date far in the future", () => {
    expect(checkInitData("auth_date=1&user=%7B%7D", BOT, NOW)).toEqual({ ok: false, problem: "malformed" });
    expect(checkInitData("auth_date=1&hash=abcd", BOT, NOW)).toEqual({ ok: false, problem: "malformed" });
    expect(checkInitData("", BOT, NOW)).toEqual({ ok: false, problem: "malformed" });
    const twice = `${signInitData(fields(), BOT)}&user=${encodeURIComponent(user)}`;
    expect(checkInitData(twice, BOT, NOW)).toEqual({ ok: false, problem: "malformed" });
    const { user: _u, ...noUser } = fields();
    expect(checkInitData(signInitData(noUser, BOT), BOT, NOW)).toEqual({ ok: false, problem: "no-user" });
    const future = new Date(NOW.getTime() + 3600_000);
    expect(checkInitData(signInitData(fields(future), BOT), BOT, NOW)).toEqual({ ok: false, problem: "future" });
  });
});
