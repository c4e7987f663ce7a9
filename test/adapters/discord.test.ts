// The Discord adapter end to end: the real discord.js client inside the real adapter, against a
// fake Discord (REST + gateway) on loopback, wired to the real core on a real database.
import { afterEach, describe, expect, it } from "vitest";
import type { Core } from "../../src/kernel/core.ts";
import type { IncomingEvent } from "../../src/kernel/model.ts";
import { adapterContract } from "../contract/adapter-contract.ts";
import { discordHarness, eventually, type DiscordHarness, type DiscordHarnessOptions } from "../fakes/discord/harness.ts";
import { PERMISSIONS } from "../fakes/discord/state.ts";
import { createHarness, type Harness } from "../helpers/harness.ts";

adapterContract("discord", (world) => discordHarness(world));

describe("Discord slash commands and buttons", () => {
  let world: Harness | undefined;
  let d: DiscordHarness | undefined;
  const start = async (opts: DiscordHarnessOptions & { slowCore?: (world: Harness, d: () => DiscordHarness) => Core } = {}) => {
    world = await createHarness("2026-11-23T08:00:00Z");
    const w = world;
    const core = opts.slowCore?.(w, () => d!);
    d = await discordHarness(w, { ...opts, ...(core ? { core } : {}) });
    return { world: w, d };
  };
  afterEach(async () => {
    await d?.stop();
    await world?.close();
    d = undefined;
    world = undefined;
  });
  const last = (h: DiscordHarness, chat = h.group) => h.messages(chat).at(-1) ?? "";

  it("registers every command at start with French names and typed options, and leaves them alone when unchanged", async () => {
    const { world, d } = await start();
    const gets = () => d.fake.rest.callsTo("GET", `/applications/${d.fake.applicationId}/commands`);
    const puts = () => d.fake.rest.callsTo("PUT", `/applications/${d.fake.applicationId}/commands`);
    expect(gets()[0]?.query.with_localizations).toBe("true");
    expect(puts()).toHaveLength(1);

    const commands = d.fake.world.commandsOf("global");
    expect(commands.map((c) => c.name)).toEqual(
      expect.arrayContaining(["cook", "uncook", "slots", "setup", "invite", "signup", "manager", "roles", "help"]),
    );
    const cook = commands.find((c) => c.name === "cook")!;
    expect(cook.name_localizations).toEqual({ fr: "cuisiner" });
    expect(cook.options).toEqual([
      expect.objectContaining({ type: 3, name: "day", name_localizations: { fr: "jour" }, required: false }),
      expect.objectContaining({ type: 3, name: "role", name_localizations: { fr: "poste" }, required: false }),
    ]);
    const signup = commands.find((c) => c.name === "signup")!;
    expect(signup.options?.map((o) => [o.name, o.required])).toEqual([
      ["name", true],
      ["day", true],
      ["role", false],
    ]);
    for (const guests of commands.flatMap((c) => c.options ?? []).filter((o) => o.name === "guests")) {
      expect(guests).toMatchObject({ type: 4, min_value: 0, max_value: 20, name_localizations: { fr: "invites" } });
    }

    // The same commands on the next start: Discord's copy is read, not rewritten.
    await d.adapter.stop();
    const again = await discordHarness(world, { fake: d.fake });
    expect(gets()).toHaveLength(2);
    expect(puts()).toHaveLength(1);
    await again.userSays(again.group, again.users[0], "/setup Belleville");
    expect(last(again)).toContain("« Belleville » est créée");
    await again.stop();
  });

  it("registers on one server only when DISCORD_GUILD_ID is set, and the commands work there", async () => {
    const { d } = await start({ guildCommands: true });
    expect(d.fake.rest.callsTo("PUT", `/applications/${d.fake.applicationId}/guilds/${d.belleville.id}/commands`)).toHaveLength(1);
    expect(d.fake.world.commandsOf("global")).toEqual([]);
    await d.userSays(d.group, d.users[0], "/installer Belleville");
    expect(last(d)).toContain("« Belleville » est créée");
  });

  it("connects with the Guilds intent only: no privileged intent is needed", async () => {
    const { d } = await start();
    const identify = d.fake.gateway.received.find((p) => p.op === 2);
    expect(identify?.d?.intents).toBe(1);
  });

  it("a volunteer signs up with the typed day and role options, and the reply is public", async () => {
    const { d } = await start();
    const [mona, alice] = d.users;
    await d.userSays(d.group, mona, "/setup Belleville");
    const i = await d.slash(d.group, alice, "cook", { day: "mardi prochain", role: "plonge" });
    expect(d.fake.world.interactions.get(i.id)?.response?.type).toBe(4);
    expect(last(d)).toContain("Alice, c'est noté : Plonge mardi 1er décembre (1/2)");
    await d.slash(d.group, alice, "slots", { week: "suivante" });
    expect(last(d)).toMatch(/Plonge 1\/2 : Alice/);
  });

  it("offers a command's subcommands as choices in both languages, and runs the chosen one with the text after it", async () => {
    const { d } = await start();
    const [mona, alice] = d.users;
    const lunch = d.fake.world.commandsOf("global").find((c) => c.name === "lunch")!;
    const sub = lunch.options?.find((o) => o.name === "subcommand");
    expect(sub).toMatchObject({ type: 3, required: false, name_localizations: { fr: "sous-commande" } });
    expect((sub?.choices as { name: string; name_localizations: { fr: string }; value: string }[]).slice(0, 2)).toEqual([
      { name: "join", name_localizations: { fr: "rejoindre" }, value: "join" },
      { name: "leave", name_localizations: { fr: "quitter" }, value: "leave" },
    ]);
    await d.userSays(d.group, mona, "/setup Belleville");
    await d.slash(d.group, mona, "lunch", { subcommand: "setup" });
    expect(last(d)).toContain("Déjeuners inter-équipes lancés");
    await d.slash(d.group, alice, "lunch", { subcommand: "join", text: "Compta" });
    expect(last(d)).toContain("Compta");
    await d.slash(d.group, alice, "lunch");
    expect(last(d)).toContain("Tu participes (équipe Compta)");
  });

  it("a sheet's buttons carry their command and the sheet's refresh in the custom_id", async () => {
    const { d } = await start();
    await d.userSays(d.group, d.users[0], "/setup Belleville");
    await d.userSays(d.group, d.users[0], "/slots");
    const sheet = d.fake.channelMessages(d.channelOf(d.group)).at(-1)!;
    const tuesday = d.fake.buttons(sheet).find((b) => /Cuisine mar/.test(b.label));
    expect(tuesday?.customId).toMatch(/^\d+\|\/cook 2026-11-24\|\/slots$/);
  });

  it("a button press edits the pressed message in place and tells only the presser", async () => {
    const { d } = await start();
    const [mona, alice] = d.users;
    await d.userSays(d.group, mona, "/setup Belleville");
    await d.userSays(d.group, mona, "/slots");
    const sheet = d.fake.channelMessages(d.channelOf(d.group)).at(-1)!;
    await d.press(d.group, alice, /Cuisine mar/);
    const press = [...d.fake.world.interactions.values()].at(-1)!;
    expect(press.response?.type).toBe(7);
    expect(d.fake.seen(d.fake.world.messages.get(sheet.id)!)).toContain("Cuisine 1/3 : Alice");
    expect(d.toasts(alice)).toEqual(["Inscription confirmée"]);
    expect(d.toasts(mona)).toEqual([]);
    const followUp = d.fake.rest.callsTo("POST", new RegExp(`^/webhooks/${d.fake.applicationId}/`)).at(-1);
    expect(followUp?.body).toMatchObject({ flags: 64 });
  });

  /** A core that holds each event until Discord has seen the interaction acknowledged. */
  const heldUntilAcknowledged = (w: Harness, h: () => DiscordHarness): Core => ({
    ...w.core,
    async handle(event: IncomingEvent) {
      const id = event.deliveryId?.replace("discord:interaction:", "") ?? "";
      await eventually(() => Boolean(h().fake.world.interactions.get(id)?.response), "the interaction to be acknowledged");
      return w.core.handle(event);
    },
  });

  it("a slow command is deferred within Discord's 3 seconds, then its answer replaces the 'thinking…' message", async () => {
    const { d } = await start({ adapter: { deferAfterMs: 50 }, slowCore: heldUntilAcknowledged });
    const i = await d.slash(d.group, d.users[0], "setup", { name: "Belleville" });
    expect(i.response?.type).toBe(5);
    const callback = d.fake.rest.callsTo("POST", new RegExp(`^/interactions/${i.id}/`))[0]!;
    const edit = d.fake.rest.callsTo("PATCH", new RegExp(`^/webhooks/${d.fake.applicationId}/.+/messages/@original$`))[0]!;
    expect(d.fake.rest.calls.indexOf(callback)).toBeLessThan(d.fake.rest.calls.indexOf(edit));
    expect(d.messages(d.group)).toHaveLength(1);
    expect(last(d)).toContain("« Belleville » est créée");
  });

  it("a slow button press is deferred as an update, then the pressed message is edited", async () => {
    const { d } = await start({ adapter: { deferAfterMs: 50 }, slowCore: heldUntilAcknowledged });
    const [mona, alice] = d.users;
    await d.userSays(d.group, mona, "/setup Belleville");
    await d.userSays(d.group, mona, "/slots");
    const count = d.messages(d.group).length;
    await d.press(d.group, alice, /Cuisine mar/);
    const press = [...d.fake.world.interactions.values()].at(-1)!;
    expect(press.response?.type).toBe(6);
    expect(d.messages(d.group)).toHaveLength(count);
    expect(last(d)).toContain("Cuisine 1/3 : Alice");
    expect(d.toasts(alice)).toEqual(["Inscription confirmée"]);
  });

  it("Manage Server or Administrator permission makes a server admin a manager without any step", async () => {
    const { d } = await start();
    const [mona, alice, bob] = d.users;
    await d.userSays(d.group, mona, "/setup Belleville");
    await d.userSays(d.group, bob, "/invite");
    expect(last(d)).toContain("réservée aux gérant·es");
    d.belleville.members.get(bob.id)!.permissions |= PERMISSIONS.manageGuild;
    // The code is for the manager who asked alone: an ephemeral answer in their own language, never the channel.
    await d.userSays(d.group, bob, "/invite");
    expect(d.toasts(bob).at(-1)).toContain("To link another group to “Belleville”");
    d.belleville.members.get(alice.id)!.permissions |= PERMISSIONS.administrator;
    await d.userSays(d.group, alice, "/invite");
    expect(d.toasts(alice).at(-1)).toContain("Pour relier un autre groupe à « Belleville »");
  });

  it("a person mentioned in a text option is resolved through Discord", async () => {
    const { d } = await start();
    const [mona, , bob] = d.users;
    await d.userSays(d.group, mona, "/setup Belleville");
    await d.slash(d.group, mona, "manager", { name: `<@${bob.id}>` });
    expect(last(d)).toContain("Bob est maintenant gérant·e de « Belleville »");
    expect(d.fake.rest.callsTo("GET", `/guilds/${d.belleville.id}/members/${bob.id}`)).toHaveLength(1);
  });

  it("a reply Discord refuses is logged without the bot token or the interaction token", async () => {
    const { world, d } = await start();
    d.fake.rest.failNext(
      { method: "POST", path: /^\/interactions\/\d+\/[^/]+\/callback$/ },
      { status: 400, body: { code: 50035, message: "Invalid Form Body" } },
    );
    const i = await d.slash(d.group, d.users[0], "help");
    const logged = JSON.stringify(world.log.lines);
    expect(logged).toContain("reply dropped");
    expect(logged).not.toContain(i.token);
    expect(logged).not.toContain(d.fake.token);
  });

  it("answers a command sent in a DM with the person's canteen", async () => {
    const { d } = await start();
    const [mona, alice] = d.users;
    await d.userSays(d.group, mona, "/setup Belleville");
    await d.userSays(d.group, alice, "/cook tuesday");
    const dm = d.fake.world.dmChannel(d.fake.world.users.get(alice.id)!);
    await d.answered(() => d.fake.slash(dm.id, alice.id, "slots"));
    const reply = d.fake.channelMessages(dm.id).at(-1)!;
    expect(d.fake.seen(reply)).toContain("Cuisine 1/3 : Alice");
  });
});
