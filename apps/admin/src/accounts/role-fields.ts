import type { Client } from "@urql/core";
import { html, nothing } from "lit";
import { run } from "../api/client.ts";
import type { ResultOf, Role } from "../api/graphql.ts";
import type { common } from "../i18n/common.messages.ts";
import type { LocalizeController } from "../i18n/localize.controller.ts";
import { PARTNER_CHOICES } from "./accounts.documents.ts";
import type { AccountsKey } from "./accounts.messages.ts";

export const ROLES: Role[] = ["EDITOR", "PARTNER_EDITOR", "ADMIN"];

export interface PartnerChoice {
  id: string;
  name: string;
}

/** Every partner that is not archived, by name (the API pages by 100). */
export async function loadPartnerChoices(client: Client, signal?: AbortSignal): Promise<PartnerChoice[]> {
  const partners: PartnerChoice[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result: ResultOf<typeof PARTNER_CHOICES> = await run(
      client,
      PARTNER_CHOICES,
      { after },
      { signal },
    );
    const { editablePartners } = result;
    partners.push(...editablePartners.edges.map((edge) => edge.node));
    if (!editablePartners.pageInfo.hasNextPage) break;
    after = editablePartners.pageInfo.endCursor ?? null;
  }
  return partners.sort((a, b) => a.name.localeCompare(b.name, "de"));
}

export interface RoleFieldsOptions {
  msg: LocalizeController<AccountsKey>;
  common: LocalizeController<keyof typeof common.de>;
  role: Role;
  partnerId: string;
  partners: PartnerChoice[] | undefined;
  errors: Record<string, string>;
  onRole(role: Role): void;
  onPartner(id: string): void;
  /** The editor's own role cannot be changed (the API refuses it too). */
  roleDisabled?: boolean;
}

/**
 * Role, and the partner a PARTNER_EDITOR is tied to: the partner field appears (required) only
 * for that role, since the API refuses a partner on the other roles.
 */
export function roleFields(o: RoleFieldsOptions) {
  const { msg, errors } = o;
  return html`<sl-select
      label=${msg.t("role")}
      data-field="role"
      value=${o.role}
      required
      ?disabled=${o.roleDisabled}
      class=${errors.role ? "invalid" : ""}
      help-text=${errors.role ?? ""}
      @sl-change=${(e: Event) => o.onRole((e.target as HTMLSelectElement).value as Role)}
    >
      ${ROLES.map((role) => html`<sl-option value=${role}>${o.common.t(`role.${role}`)}</sl-option>`)}
    </sl-select>
    ${
      o.role !== "PARTNER_EDITOR"
        ? nothing
        : o.partners === undefined
          ? html`<sl-spinner></sl-spinner>`
          : html`<sl-select
            label=${msg.t("partner")}
            data-field="partnerId"
            value=${o.partnerId}
            required
            class=${errors.partnerId ? "invalid" : ""}
            help-text=${errors.partnerId ?? msg.t("partnerHelp")}
            @sl-change=${(e: Event) => o.onPartner((e.target as HTMLSelectElement).value)}
          >
            ${o.partners.map((p) => html`<sl-option value=${p.id}>${p.name}</sl-option>`)}
          </sl-select>`
    }`;
}
