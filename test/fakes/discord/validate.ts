// Discord's checks on what a bot sends — message bodies and slash command definitions — with
// the same limits and error codes, so a renderer that breaks a rule fails here as on Discord.

/** A Discord error answer. */
export interface ApiError {
  status: number;
  body: { code: number; message: string; errors?: unknown; retry_after?: number; global?: boolean };
  headers?: Record<string, string>;
}

/** 400 Invalid Form Body, with the reasons. */
export function invalidForm(problems: string[]): ApiError {
  return {
    status: 400,
    body: {
      code: 50035,
      message: "Invalid Form Body",
      errors: { _errors: problems.map((message) => ({ code: "BASE_TYPE_INVALID", message })) },
    },
  };
}

type Body = Record<string, unknown>;

/** Problems with a message create/edit body; `create` requires some content. */
export function messageProblems(body: Body, create: boolean): string[] {
  const problems: string[] = [];
  const content = body.content;
  if (content !== undefined && content !== null && typeof content !== "string") problems.push("content: must be a string");
  if (typeof content === "string" && content.length > 2000) problems.push("content: Must be 2000 or fewer in length.");
  const embeds = (body.embeds ?? []) as Body[];
  if (!Array.isArray(embeds) || embeds.length > 10) problems.push("embeds: at most 10");
  for (const e of Array.isArray(embeds) ? embeds : []) {
    if (typeof e.description === "string" && e.description.length > 4096)
      problems.push("embeds.description: Must be 4096 or fewer in length.");
  }
  const rows = (body.components ?? []) as Body[];
  if (!Array.isArray(rows) || rows.length > 5) problems.push("components: at most 5 action rows");
  const ids = new Set<string>();
  for (const row of Array.isArray(rows) ? rows : []) {
    const buttons = (row.components ?? []) as Body[];
    if (row.type !== 1) problems.push("components: top-level components must be action rows (type 1)");
    if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 5) problems.push("components: 1 to 5 buttons per row");
    for (const b of Array.isArray(buttons) ? buttons : []) {
      if (b.type !== 2) problems.push("components: only buttons are supported here");
      if (typeof b.label === "string" && b.label.length > 80) problems.push("button.label: Must be 80 or fewer in length.");
      // Link buttons (style 5) carry a url and no custom_id; the others a custom_id and no url.
      if (b.style === 5) {
        if (typeof b.url !== "string" || !/^https?:\/\//.test(b.url) || b.url.length > 512)
          problems.push("button.url: a http(s) URL of at most 512 characters");
        if (b.custom_id !== undefined) problems.push("button.custom_id: link buttons cannot have a custom_id");
        continue;
      }
      if (![1, 2, 3, 4].includes(b.style as number)) problems.push("button.style: invalid");
      if (b.url !== undefined) problems.push("button.url: only link buttons have a url");
      const id = b.custom_id;
      if (typeof id !== "string" || id.length < 1 || id.length > 100) problems.push("button.custom_id: 1 to 100 characters");
      else if (ids.has(id)) problems.push("button.custom_id: Component custom id cannot be duplicated");
      else ids.add(id);
    }
  }
  const nonce = body.nonce;
  if (nonce !== undefined && !(typeof nonce === "number" || (typeof nonce === "string" && nonce.length <= 25))) {
    problems.push("nonce: Must be 25 or fewer in length.");
  }
  if (body.enforce_nonce === true && nonce === undefined) problems.push("enforce_nonce: requires a nonce");
  const mentions = body.allowed_mentions as Body | undefined;
  if (
    mentions &&
    Array.isArray(mentions.parse) &&
    mentions.parse.includes("users") &&
    Array.isArray(mentions.users) &&
    mentions.users.length > 0
  ) {
    problems.push("allowed_mentions: parse:[users] and users are mutually exclusive");
  }
  const empty = (typeof content !== "string" || content === "") && embeds.length === 0 && rows.length === 0;
  if (create && empty) problems.push("Cannot send an empty message (50006)");
  return problems;
}

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function nameProblems(where: string, name: unknown, localizations: unknown): string[] {
  const out: string[] = [];
  if (typeof name !== "string" || !NAME.test(name) || name !== name.toLowerCase()) out.push(`${where}.name: invalid (${String(name)})`);
  for (const [locale, n] of Object.entries((localizations ?? {}) as Record<string, unknown>)) {
    if (!["fr", "en-US", "en-GB", "de", "es-ES"].includes(locale)) out.push(`${where}.name_localizations: unknown locale ${locale}`);
    if (typeof n !== "string" || !NAME.test(n) || n !== n.toLowerCase())
      out.push(`${where}.name_localizations.${locale}: invalid (${String(n)})`);
  }
  return out;
}

function descriptionProblems(where: string, d: unknown, localizations: unknown): string[] {
  const out: string[] = [];
  const bad = (x: unknown) => typeof x !== "string" || x.length < 1 || x.length > 100;
  if (bad(d)) out.push(`${where}.description: 1 to 100 characters`);
  for (const [locale, x] of Object.entries((localizations ?? {}) as Record<string, unknown>)) {
    if (bad(x)) out.push(`${where}.description_localizations.${locale}: 1 to 100 characters`);
  }
  return out;
}

/** Problems with a bulk-overwrite list of slash commands. */
export function commandProblems(list: unknown): string[] {
  if (!Array.isArray(list)) return ["body: must be an array of commands"];
  const problems: string[] = [];
  const names = new Set<string>();
  for (const [i, c] of (list as Body[]).entries()) {
    const where = `${i}`;
    problems.push(
      ...nameProblems(where, c.name, c.name_localizations),
      ...descriptionProblems(where, c.description, c.description_localizations),
    );
    if (names.has(String(c.name))) problems.push(`${where}.name: duplicated`);
    names.add(String(c.name));
    const options = (c.options ?? []) as Body[];
    if (options.length > 25) problems.push(`${where}.options: at most 25`);
    let optional = false;
    const optionNames = new Set<string>();
    for (const [j, o] of options.entries()) {
      const ow = `${where}.options.${j}`;
      problems.push(
        ...nameProblems(ow, o.name, o.name_localizations),
        ...descriptionProblems(ow, o.description, o.description_localizations),
      );
      if (![3, 4].includes(o.type as number)) problems.push(`${ow}.type: the fake supports STRING and INTEGER`);
      if (optionNames.has(String(o.name))) problems.push(`${ow}.name: duplicated`);
      optionNames.add(String(o.name));
      if (o.required && optional) problems.push(`${ow}.required: Required options must be placed before non-required options`);
      if (!o.required) optional = true;
    }
  }
  return problems;
}
