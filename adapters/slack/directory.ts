// Who a Slack user id is: display name, language and whether they administer the workspace,
// from users.info, cached for an hour (Slack payloads carry ids, not the names people know).
import type { webApi } from "@slack/bolt";
import type { PersonRef } from "../../src/kernel/model.ts";
import type { Logger } from "../../src/kernel/ports.ts";
import { personAddress } from "./ids.ts";

/** A Slack user as the core needs them. */
export interface Profile extends PersonRef {
  /** Locale of the person's Slack client ("fr-FR"), when Slack tells. */
  language?: string;
  /** Workspace owner or admin. */
  admin: boolean;
}

/** Resolves user ids to profiles. */
export interface Directory {
  /** The profile of `userId`; `fallbackName` (the payload's user name) when users.info fails. */
  profile(userId: string, fallbackName?: string): Promise<Profile>;
}

const TTL_MS = 60 * 60 * 1000;
const MAX_ENTRIES = 10_000;

interface UsersInfo {
  user?: {
    name?: string;
    real_name?: string;
    locale?: string;
    is_admin?: boolean;
    is_owner?: boolean;
    profile?: { display_name?: string; real_name?: string };
  };
}

/** Builds a cached directory over the Web API client. */
export function createDirectory(client: webApi.WebClient, log: Logger, now: () => number = Date.now): Directory {
  const cache = new Map<string, { at: number; profile: Promise<Profile> }>();

  async function fetchProfile(userId: string, fallbackName?: string): Promise<Profile> {
    try {
      const res = (await client.users.info({ user: userId, include_locale: true })) as UsersInfo;
      const u = res.user ?? {};
      const name = [u.profile?.display_name, u.profile?.real_name, u.real_name, u.name, fallbackName, userId].find(
        (n) => n && n.trim() !== "",
      )!;
      return { address: personAddress(userId), name: name.trim(), language: u.locale, admin: Boolean(u.is_admin || u.is_owner) };
    } catch (err) {
      log.warn({ user: userId, err: (err as Error).message }, "Slack users.info failed; using the name from the payload");
      cache.delete(userId);
      return { address: personAddress(userId), name: fallbackName || userId, admin: false };
    }
  }

  return {
    profile(userId, fallbackName) {
      const hit = cache.get(userId);
      if (hit && now() - hit.at < TTL_MS) return hit.profile;
      if (cache.size >= MAX_ENTRIES) cache.clear();
      const profile = fetchProfile(userId, fallbackName);
      cache.set(userId, { at: now(), profile });
      return profile;
    },
  };
}
