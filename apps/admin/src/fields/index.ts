// The reusable form fields: a form imports this module once to register all of them.
import "./language-select/language-select.ts";
import "./localized-text/localized-text-field.ts";
import "./map-picker/map-picker.ts";
import "./opening-hours/opening-hours-field.ts";

export type { KausaLanguageSelect } from "./language-select/language-select.ts";
export { COUNSELLING_LANGUAGES } from "./language-select/language-select.ts";
export type { LocalizedTextValue } from "./localized-text/localized-text.ts";
export type { KausaLocalizedTextField } from "./localized-text/localized-text-field.ts";
export type { KausaMapPicker } from "./map-picker/map-picker.ts";
export type { Address, Place } from "./map-picker/place.ts";
export type { OpeningHours } from "./opening-hours/opening-hours.ts";
export type { KausaOpeningHoursField } from "./opening-hours/opening-hours-field.ts";
