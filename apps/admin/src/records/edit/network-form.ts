import { html } from "lit";
import { type FieldMessageKey, NETWORK_KINDS } from "./field.messages.ts";
import { type FormKit, section, selectInput, textInput, translatedText } from "./form-controls.ts";

/** The fields of a Netzwerk (NetworkInput); networks are kept by KAUSA staff only. */
export function networkForm(kit: FormKit) {
  return html`
    ${section(
      kit,
      "basics",
      html`<div class="form-grid">
        ${textInput(kit, "name", { required: true })}
        ${selectInput(
          kit,
          "kind",
          NETWORK_KINDS.map((k) => ({ value: k, label: kit.text.t(`network.${k}` as FieldMessageKey) })),
          { required: true },
        )}
        ${selectInput(kit, "regionId", kit.options.regions, {
          emptyLabel: kit.text.t("choice.stateWide"),
          help: "help.regionId",
        })}
        ${textInput(kit, "externalKey", { help: "help.externalKey" })}
      </div>`,
    )}
    ${section(
      kit,
      "contact",
      html`<div class="form-grid">
        ${textInput(kit, "website", { type: "url", autocomplete: "url", help: "help.url", placeholder: "https://" })}
      </div>`,
    )}
    ${section(kit, "texts", translatedText(kit, "description", { multiline: true }))}
    ${section(kit, "members", selectInput(kit, "memberIds", kit.options.partners, { multiple: true }))}
  `;
}
