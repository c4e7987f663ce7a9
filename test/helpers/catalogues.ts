// Vitest setup: the kernel's catalogues with every feature's merged in, as a running core has them,
// for tests that translate (or render) without building a core first.
import { FEATURES } from "../../src/app.ts";
import { useCatalogues } from "../../src/kernel/i18n/index.ts";

useCatalogues(FEATURES);
