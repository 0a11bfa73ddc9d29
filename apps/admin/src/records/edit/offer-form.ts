import { html } from "lit";
import { OFFER_KINDS, TARGET_GROUPS } from "../../i18n/common.messages.ts";
import { type FieldMessageKey, OFFER_FORMATS } from "./field.messages.ts";
import {
  type FormKit,
  isoDateTime,
  languageSelect,
  localDateTime,
  partnerField,
  section,
  selectInput,
  textInput,
  translatedText,
} from "./form-controls.ts";

const dateOptions = {
  type: "datetime-local" as const,
  help: "help.dates" as const,
  show: localDateTime,
  store: isoDateTime,
};

/** The fields of an Angebot (OfferInput). */
export function offerForm(kit: FormKit) {
  const partnerChosen = Boolean(kit.values.partnerId) || !kit.staff;
  return html`
    ${section(
      kit,
      "basics",
      html`${translatedText(kit, "title", { required: true })}
        <div class="form-grid">
          ${selectInput(
            kit,
            "kind",
            OFFER_KINDS.map((k) => ({ value: k, label: kit.enums.t(`offer.${k}`) })),
            { required: true },
          )}
          ${selectInput(
            kit,
            "format",
            OFFER_FORMATS.map((f) => ({ value: f, label: kit.text.t(`format.${f}` as FieldMessageKey) })),
          )}
          ${partnerField(kit)} ${textInput(kit, "occupation", { help: "help.occupation" })}
          ${textInput(kit, "externalKey", { help: "help.externalKey" })}
        </div>`,
    )}
    ${section(
      kit,
      "places",
      html`<div class="form-grid">
        ${textInput(kit, "startsAt", dateOptions)} ${textInput(kit, "endsAt", dateOptions)}
        ${selectInput(kit, "contactPointIds", kit.options.contactPoints, {
          multiple: true,
          help: partnerChosen ? "help.contactPointIds" : "help.choosePartnerFirst",
        })}
      </div>`,
    )}
    ${section(
      kit,
      "contact",
      html`<div class="form-grid">
        ${textInput(kit, "registrationUrl", { type: "url", help: "help.url", placeholder: "https://" })}
        ${textInput(kit, "documentUrl", { type: "url", help: "help.url", placeholder: "https://" })}
      </div>`,
    )}
    ${section(
      kit,
      "texts",
      html`${translatedText(kit, "description", { multiline: true })} ${translatedText(kit, "costs")}`,
    )}
    ${section(
      kit,
      "classification",
      html`<div class="form-grid">
        ${selectInput(
          kit,
          "targetGroups",
          TARGET_GROUPS.map((g) => ({ value: g, label: kit.enums.t(`target.${g}`) })),
          { multiple: true },
        )}
        ${languageSelect(kit, "languages")}
        ${selectInput(kit, "regionIds", kit.options.regions, { multiple: true, help: "help.regionIds" })}
      </div>`,
    )}
  `;
}
