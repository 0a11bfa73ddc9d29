import { html } from "lit";
import { type FieldMessageKey, PARTNER_TYPES } from "./field.messages.ts";
import { type FormKit, section, selectInput, textInput, translatedText } from "./form-controls.ts";

/** The fields of a Träger (PartnerInput). */
export function partnerForm(kit: FormKit) {
  return html`
    ${section(
      kit,
      "basics",
      html`<div class="form-grid">
        ${textInput(kit, "name", { required: true, autocomplete: "organization" })}
        ${selectInput(
          kit,
          "type",
          PARTNER_TYPES.map((p) => ({ value: p, label: kit.text.t(`partner.${p}` as FieldMessageKey) })),
          { required: true },
        )}
        ${textInput(kit, "externalKey", { help: "help.externalKey" })}
      </div>`,
    )}
    ${section(
      kit,
      "contact",
      html`<div class="form-grid">
        ${textInput(kit, "website", { type: "url", autocomplete: "url", help: "help.url", placeholder: "https://" })}
        ${textInput(kit, "logoUrl", { type: "url", help: "help.url", placeholder: "https://" })}
      </div>`,
    )}
    ${section(kit, "texts", translatedText(kit, "description", { multiline: true }))}
    ${section(
      kit,
      "classification",
      html`<div class="form-grid">
        ${selectInput(kit, "regionIds", kit.options.regions, { multiple: true, help: "help.regionIds" })}
      </div>`,
    )}
  `;
}
