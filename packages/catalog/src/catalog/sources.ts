import { DATA_ELEMENTS } from "../data-elements/index.js";
import { seed000 } from "../documents/000-tong-ket-hue/index.js";
import { seed001 } from "../documents/001-chien-luoc-1001/index.js";
import { seed002 } from "../documents/002-can-tho-424/index.js";
import { seed003 } from "../documents/003-so-ket-36-quang-ngai/index.js";
import { seed004 } from "../documents/004-ra-soat-483/index.js";
import { TARGET_CHOICES } from "../documents/choices.js";
import { national424 } from "../documents/national-424/index.js";
import { national2030 } from "../documents/national-2030/index.js";
import { referencedDocuments } from "../documents/referenced.js";
import { INDICATORS } from "../indicators/index.js";
import { BUILTIN_OUTLINE_BINDINGS, BUILTIN_OUTLINE_IDS } from "../outline-bindings.js";
import type { CatalogSources } from "./build-catalog.js";

/** Everything the built-in catalogue is made of, one bundle per document folder. */
export const BUILTIN_SOURCES: CatalogSources = {
  bundles: [referencedDocuments, national424, seed000, seed001, seed002, seed003, seed004, national2030],
  dataElements: DATA_ELEMENTS,
  indicators: INDICATORS,
  choices: TARGET_CHOICES,
  outlineIds: BUILTIN_OUTLINE_IDS,
  outlineBindings: BUILTIN_OUTLINE_BINDINGS,
};
