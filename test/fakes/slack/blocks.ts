// Block Kit validation as Slack applies it (reference limits): a message Slack would refuse with
// `invalid_blocks` is refused by the fake too, so the renderer cannot drift past the limits.

const KNOWN = new Set(["section", "header", "context", "actions", "divider", "image", "rich_text", "input", "file"]);

type TextObject = { type?: unknown; text?: unknown; emoji?: unknown };

function textProblem(t: unknown, where: string, max: number, plainOnly = false): string | undefined {
  const o = t as TextObject | undefined;
  if (!o || typeof o !== "object") return `${where}: missing text object`;
  if (o.type !== "plain_text" && (plainOnly || o.type !== "mrkdwn")) return `${where}: bad text type ${String(o.type)}`;
  if (typeof o.text !== "string" || o.text.length === 0) return `${where}: empty text`;
  if (o.text.length > max) return `${where}: text longer than ${max}`;
  return undefined;
}

/** The first problem with a blocks array, or undefined when Slack would accept it. */
export function validateBlocks(blocks: unknown, max = 50): string | undefined {
  if (!Array.isArray(blocks)) return "blocks is not an array";
  if (blocks.length > max) return `more than ${max} blocks`;
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  for (const [i, b] of blocks.entries()) {
    const block = b as { type?: string; block_id?: unknown; text?: unknown; elements?: unknown[] };
    const where = `blocks[${i}]`;
    if (!block || typeof block.type !== "string" || !KNOWN.has(block.type)) return `${where}: unknown block type`;
    if (block.block_id !== undefined) {
      if (typeof block.block_id !== "string" || block.block_id.length > 255 || blockIds.has(block.block_id))
        return `${where}: bad block_id`;
      blockIds.add(block.block_id);
    }
    let problem: string | undefined;
    switch (block.type) {
      case "header":
        problem = textProblem(block.text, where, 150, true);
        break;
      case "section":
        problem = textProblem(block.text, where, 3000);
        break;
      case "context": {
        const els = block.elements ?? [];
        if (els.length === 0 || els.length > 10) return `${where}: context needs 1 to 10 elements`;
        for (const e of els) problem ??= textProblem(e, where, 3000);
        break;
      }
      case "actions": {
        const els = (block.elements ?? []) as { type?: string; text?: unknown; action_id?: unknown; value?: unknown; style?: unknown }[];
        if (els.length === 0 || els.length > 25) return `${where}: actions needs 1 to 25 elements`;
        for (const e of els) {
          if (e.type !== "button") return `${where}: unsupported element ${String(e.type)}`;
          problem ??= textProblem(e.text, `${where} button`, 75, true);
          if (typeof e.action_id !== "string" || e.action_id.length > 255 || actionIds.has(e.action_id))
            return `${where}: bad or duplicate action_id`;
          actionIds.add(e.action_id);
          if (e.value !== undefined && (typeof e.value !== "string" || e.value.length > 2000)) return `${where}: value longer than 2000`;
          if (e.style !== undefined && e.style !== "primary" && e.style !== "danger") return `${where}: bad button style`;
          const url = (e as { url?: unknown }).url;
          if (url !== undefined && (typeof url !== "string" || url.length > 3000 || !/^https?:\/\//.test(url)))
            return `${where}: bad button url`;
        }
        break;
      }
    }
    if (problem) return problem;
  }
  return undefined;
}
