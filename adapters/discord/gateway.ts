// Watching the gateway connection. discord.js resumes a dropped session by itself; this only
// decides when it will not come back — a close code Discord says is final, or a shard that has
// not resumed nor re-identified within a deadline (an unreachable gateway, invalid sessions in a
// loop) — and then reports it as fatal, so the process exits non-zero instead of living on deaf.
import { Events, type Client } from "discord.js";
import type { Logger } from "../../src/kernel/ports.ts";
import { tokenRefused } from "./transport.ts";

/** How long a shard may stay disconnected before the adapter gives up (3 minutes). */
export const DEFAULT_RECONNECT_DEADLINE_MS = 180_000;
/** Fresh sessions (READY after the first) tolerated within ten minutes before giving up. */
export const MAX_REIDENTIFIES = 10;
const REIDENTIFY_WINDOW_MS = 600_000;

/** Options of the watchdog. */
export interface WatchOptions {
  log: Logger;
  fatal(error: Error): void;
  reconnectDeadlineMs: number;
}

/** Starts watching `client`'s shards; returns a function that stops watching (on a clean stop). */
export function watchGateway(client: Client, opts: WatchOptions): () => void {
  const down = new Map<number, NodeJS.Timeout>();
  const readies: number[] = [];
  let firstReady = true;
  let stopped = false;

  const giveUp = (error: Error): void => {
    if (stopped) return;
    stopped = true;
    for (const t of down.values()) clearTimeout(t);
    down.clear();
    opts.log.error({ err: { message: error.message } }, "Discord gateway lost for good: stopping the process");
    opts.fatal(error);
  };
  const recovered = (shardId: number): void => {
    const t = down.get(shardId);
    if (t) clearTimeout(t);
    down.delete(shardId);
  };

  const onDisconnect = (event: { code: number }, shardId: number): void => {
    // 4004: the token was refused (reset in the developer portal): the operator must act.
    if (event.code === 4004) giveUp(tokenRefused("gateway closed with 4004 Authentication failed"));
    else giveUp(new Error(`Discord gateway shard ${shardId} closed with code ${event.code} and cannot reconnect`));
  };
  const onReconnecting = (shardId: number): void => {
    if (stopped) return;
    opts.log.warn({ shardId }, "Discord gateway connection lost; discord.js is reconnecting");
    if (down.has(shardId)) return;
    const seconds = Math.round(opts.reconnectDeadlineMs / 1000);
    down.set(
      shardId,
      setTimeout(
        () => giveUp(new Error(`Discord gateway shard ${shardId} did not reconnect within ${seconds} s`)),
        opts.reconnectDeadlineMs,
      ),
    );
  };
  const onResume = (shardId: number, replayed: number): void => {
    opts.log.info({ shardId, replayed }, "Discord gateway session resumed");
    recovered(shardId);
  };
  const onReady = (shardId: number): void => {
    recovered(shardId);
    if (firstReady) {
      firstReady = false;
      return;
    }
    opts.log.warn({ shardId }, "Discord gateway session could not be resumed; a new one was started");
    const now = Date.now();
    readies.push(now);
    while (readies.length > 0 && readies[0]! < now - REIDENTIFY_WINDOW_MS) readies.shift();
    if (readies.length > MAX_REIDENTIFIES)
      giveUp(new Error(`Discord gateway sessions keep being invalidated (${readies.length} in 10 minutes)`));
  };
  const onShardError = (error: Error, shardId: number): void => {
    opts.log.error({ shardId, err: { name: error.name, message: error.message } }, "Discord gateway error");
  };
  const onError = (error: Error): void => {
    opts.log.error({ err: { name: error.name, message: error.message } }, "Discord client error");
  };

  client.on(Events.ShardDisconnect, onDisconnect);
  client.on(Events.ShardReconnecting, onReconnecting);
  client.on(Events.ShardResume, onResume);
  client.on(Events.ShardReady, onReady);
  client.on(Events.ShardError, onShardError);
  client.on(Events.Error, onError);
  return () => {
    stopped = true;
    for (const t of down.values()) clearTimeout(t);
    down.clear();
    client.off(Events.ShardDisconnect, onDisconnect);
    client.off(Events.ShardReconnecting, onReconnecting);
    client.off(Events.ShardResume, onResume);
    client.off(Events.ShardReady, onReady);
    client.off(Events.ShardError, onShardError);
    // Keep an error listener: an 'error' event without one would crash the process.
  };
}
