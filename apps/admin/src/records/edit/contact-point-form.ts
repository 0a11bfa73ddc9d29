import { html } from "lit";
import { SERVICES, TARGET_GROUPS } from "../../i18n/common.messages.ts";
import { type FieldMessageKey, GEO_PRECISIONS } from "./field.messages.ts";
import {
  changedValue,
  checkbox,
  type FormKit,
  languageSelect,
  partnerField,
  section,
  selectInput,
  textInput,
  translatedText,
  yesNoUnknown,
} from "./form-controls.ts";

/** The fields of an Anlaufstelle (ContactPointInput), in six sections. */
export function contactPointForm(kit: FormKit, words: { yes: string; no: string; unknown: string }) {
  const v = kit.values;
  return html`
    ${section(
      kit,
      "basics",
      html`<div class="form-grid">
        ${textInput(kit, "name", { required: true, autocomplete: "organization" })}
        ${partnerField(kit)}
        ${textInput(kit, "externalKey", { help: "help.externalKey" })}
      </div>`,
    )}
    ${section(
      kit,
      "address",
      html`<div class="form-grid">
          ${textInput(kit, "street", { autocomplete: "street-address" })}
          ${textInput(kit, "postcode", {
            required: true,
            inputmode: "numeric",
            autocomplete: "postal-code",
            help: "help.postcode",
          })}
          ${textInput(kit, "city", { required: true, autocomplete: "address-level2" })}
        </div>
        <kausa-map-picker
          data-field="lat"
          label=${kit.text.t("field.lat")}
          ?disabled=${kit.readonly}
          .lat=${v.lat ?? null}
          .lng=${v.lng ?? null}
          .address=${{ street: v.street ?? "", postcode: v.postcode ?? "", city: v.city ?? "" }}
          .problems=${kit.problems.lat ?? []}
          @change=${(e: Event) => movePinTo(kit, changedValue(e, "lat"), changedValue(e, "lng"))}
        ></kausa-map-picker>
        <div class="form-grid">
          ${selectInput(
            kit,
            "geoPrecision",
            GEO_PRECISIONS.map((g) => ({ value: g, label: kit.text.t(`geo.${g}` as FieldMessageKey) })),
          )}
          ${checkbox(kit, "allowOutsideThuringia", "help.allowOutsideThuringia")}
        </div>`,
    )}
    ${section(
      kit,
      "contact",
      html`<div class="form-grid">
        ${textInput(kit, "phone", {
          type: "tel",
          autocomplete: "tel",
          help: "help.phone",
          placeholder: "0361 123456",
        })}
        ${textInput(kit, "email", {
          type: "email",
          autocomplete: "email",
          help: "help.email",
          placeholder: "beratung@beispiel.de",
        })}
        ${textInput(kit, "website", { type: "url", autocomplete: "url", help: "help.url", placeholder: "https://" })}
      </div>`,
    )}
    ${section(
      kit,
      "hours",
      html`<kausa-opening-hours-field
          data-field="openingHours"
          label=${kit.text.t("field.openingHours")}
          ?disabled=${kit.readonly}
          .value=${v.openingHours ?? []}
          .problems=${kit.problems.openingHours ?? []}
          @change=${(e: Event) => kit.set("openingHours", changedValue(e))}
        ></kausa-opening-hours-field>
        <div class="form-grid">${checkbox(kit, "appointmentRequired")}</div>`,
    )}
    ${section(kit, "texts", translatedText(kit, "openingHoursNote", { multiline: true }))}
    ${section(
      kit,
      "classification",
      html`<div class="form-grid">
        ${selectInput(
          kit,
          "services",
          SERVICES.map((s) => ({ value: s, label: kit.enums.t(`service.${s}`) })),
          { multiple: true },
        )}
        ${selectInput(
          kit,
          "targetGroups",
          TARGET_GROUPS.map((g) => ({ value: g, label: kit.enums.t(`target.${g}`) })),
          { multiple: true },
        )}
        ${languageSelect(kit, "languages")} ${yesNoUnknown(kit, "wheelchairAccessible", words)}
      </div>`,
    )}
  `;
}

/** Only a complete point moves the pin: a cleared or half-typed coordinate is not 0. */
function movePinTo(kit: FormKit, lat: unknown, lng: unknown) {
  if (typeof lat === "number" && typeof lng === "number" && Number.isFinite(lat) && Number.isFinite(lng))
    kit.movePin(lat, lng);
}
