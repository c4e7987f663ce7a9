// Slack's App Home tab: on app_home_opened (tab "home"), the core's home for that person is
// rendered to Block Kit and published with views.publish as a "home" view (at most 100 blocks).
import type { webApi } from "@slack/bolt";
import type { Core } from "../../src/kernel/core.ts";
import type { Message } from "../../src/kernel/model.ts";
import type { Logger } from "../../src/kernel/ports.ts";
import { renderMessage } from "./outbound.ts";

/** Slack's limit on a Home tab's blocks. */
export const HOME_MAX_BLOCKS = 100;

/** A home view as views.publish takes it. */
export interface HomeView {
  type: "home";
  blocks: ReturnType<typeof renderMessage>["blocks"];
}

/** The core's home message as a Home tab view. */
export function renderHome(m: Message): HomeView {
  return { type: "home", blocks: renderMessage(m).blocks.slice(0, HOME_MAX_BLOCKS) };
}

/** What publishing a Home tab needs. */
export interface HomeDeps {
  core: Core;
  client: Pick<webApi.WebClient, "views">;
  log: Logger;
}

/** Publishes a fresh Home tab for `userId` (each opening issues a new board login link). */
export async function onAppHomeOpened(d: HomeDeps, event: { user: string; tab?: string }): Promise<void> {
  if (event.tab !== undefined && event.tab !== "home") return; // the Messages tab opened
  const home = await d.core.home(`slack:${event.user}`);
  if (!home) return; // no feature offers a home
  const view = renderHome(home);
  await d.client.views.publish({ user_id: event.user, view });
}
