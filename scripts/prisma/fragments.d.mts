// Types of fragments.mjs for the TypeScript tests that guard the schema (the script itself stays
// plain JavaScript: it runs on `npm install`, before anything could compile TypeScript).

/** A fragment of the Prisma schema: its path from the project root, and its text. */
export interface SchemaFragment {
  path: string;
  text: string;
}

/** The kernel's fragment: the tables every feature uses and those the shells own. */
export declare const KERNEL_FRAGMENT: string;

/** The two providers Tablée supports, with a placeholder URL the CLI needs to be present. */
export declare const PROVIDERS: Record<"sqlite" | "postgres", { provider: string; placeholderUrl: string }>;

/** Every fragment under `root`: kernel first, then features by folder name. */
export declare function schemaFragments(root: string): SchemaFragment[];

/** One provider's schema: generator and datasource, then the fragments in order, each under its path. */
export declare function assembleSchema(name: keyof typeof PROVIDERS, fragments: SchemaFragment[]): string;
