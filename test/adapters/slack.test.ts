// The Slack adapter end to end: the real Bolt app inside the real adapter, on the shared HTTP
// server, against a fake Slack on loopback, wired to the real core on a real database.
import { adapterContract } from "../contract/adapter-contract.ts";
import { startSlackWorld } from "../fakes/slack/harness.ts";

adapterContract("slack", async (world) => (await startSlackWorld(world)).platform);
