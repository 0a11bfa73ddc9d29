import { createContext } from "@lit/context";
import type { Translator } from "./i18n/i18n.ts";

// What the finder hands to the elements inside it (place search, offers, map) without wiring
// each property by hand. <kausa-offers> on its own has no provider and uses its attributes.

/** The visitor's language and its texts. */
export const translatorContext = createContext<Translator>(Symbol("kausa-translator"));
/** Where the API is, e.g. https://finder.kausa-thueringen.de. */
export const apiOriginContext = createContext<string>(Symbol("kausa-api-origin"));
