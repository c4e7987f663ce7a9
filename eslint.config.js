// Lint rules. Besides typescript-eslint's recommended set, they keep the architecture honest:
// each chat SDK is imported only inside its own adapters/<platform>/ folder, and src/core imports
// no SDK, no Prisma, no logger and no scheduler library (it talks to ports). Outside adapters/,
// nothing decides by a platform's name: the kernel reads what an adapter declares it can do.
import tseslint from "typescript-eslint";

const SDKS = {
  telegram: ["telegraf", "telegraf/*"],
  discord: ["discord.js", "@discordjs/*", "discord-api-types", "discord-api-types/*"],
  slack: ["@slack/*"],
};

/** Platform names, as a kernel decision would compare them. */
const PLATFORM_NAME = "/^(telegram|discord|slack|console)$/";

/** `x.platform === …`, `platform !== …`, `… === "slack"`: decisions by platform name. */
const NO_PLATFORM_NAMES = [
  "error",
  ...["left", "right"].flatMap((side) => [
    {
      selector: `BinaryExpression[operator=/^[!=]==?$/] > MemberExpression.${side}[property.name='platform']`,
      message: "No decision by platform name outside adapters/: read the adapter's capabilities (ctx.can).",
    },
    {
      selector: `BinaryExpression[operator=/^[!=]==?$/] > Identifier.${side}[name='platform']`,
      message: "No decision by platform name outside adapters/: read the adapter's capabilities (ctx.can).",
    },
    {
      selector: `BinaryExpression[operator=/^[!=]==?$/] > Literal.${side}[value=${PLATFORM_NAME}]`,
      message: "No decision by platform name outside adapters/: read the adapter's capabilities (ctx.can).",
    },
  ]),
];

/** Forbids the SDKs of every platform except `own`. */
function sdkRule(own) {
  const patterns = Object.entries(SDKS)
    .filter(([platform]) => platform !== own)
    .map(([platform, group]) => ({ group, message: `only adapters/${platform}/ may import this SDK` }));
  return ["error", { patterns }];
}

export default tseslint.config(
  { ignores: ["node_modules/", "src/store/generated/", "data/", "bench/", "coverage/", "dist/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": sdkRule(null),
    },
  },
  { files: ["src/**/*.ts"], rules: { "no-restricted-syntax": NO_PLATFORM_NAMES } },
  ...Object.keys(SDKS).map((platform) => ({
    files: [`adapters/${platform}/**/*.ts`],
    rules: { "no-restricted-imports": sdkRule(platform) },
  })),
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...Object.values(SDKS).map((group) => ({ group, message: "src/core must not import a chat SDK" })),
            { group: ["@prisma/*", "prisma", "pg", "better-sqlite3"], message: "src/core talks to the Store port, not to a database" },
            { group: ["**/store/**", "**/adapters/**", "**/schedule/**"], message: "src/core depends on ports only" },
            { group: ["pino", "node-cron"], message: "src/core uses the Logger and clock ports" },
          ],
        },
      ],
    },
  },
);
