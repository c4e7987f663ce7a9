// Lint rules. Besides typescript-eslint's recommended set, they keep the architecture honest:
// each chat SDK is imported only inside its own adapters/<platform>/ folder; src/kernel imports
// no SDK, no Prisma, no logger, no scheduler library (it talks to ports) and no feature (it loops
// over the list src/app.ts gives it); src/features import no SDK and no adapter. Outside adapters/,
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
    files: ["src/kernel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...Object.values(SDKS).map((group) => ({ group, message: "src/kernel must not import a chat SDK" })),
            { group: ["@prisma/*", "prisma", "pg", "better-sqlite3"], message: "src/kernel talks to the Store port, not to a database" },
            { group: ["**/store/**", "**/adapters/**", "**/schedule/**"], message: "src/kernel depends on ports only" },
            { group: ["**/features/**"], message: "src/kernel never names a feature: it loops over the ones src/app.ts lists" },
            { group: ["pino", "node-cron"], message: "src/kernel uses the Logger and clock ports" },
          ],
        },
      ],
    },
  },
  {
    files: ["src/features/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...Object.values(SDKS).map((group) => ({ group, message: "a feature must not import a chat SDK" })),
            { group: ["**/adapters/**", "**/schedule/**"], message: "a feature talks to adapters through the kernel's model" },
            { group: ["pino", "node-cron"], message: "a feature uses the Logger and clock ports" },
          ],
        },
      ],
    },
  },
);
