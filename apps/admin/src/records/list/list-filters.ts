import type { PublicationStatus } from "../../api/graphql.ts";
import { STATUSES } from "../../i18n/common.messages.ts";
import { globalId, type RecordType } from "../record-types.ts";
import { KIND_VALUES } from "./kind.messages.ts";

/**
 * What a list shows, as it stands in the URL (?q=&status=DRAFT,IN_REVIEW&type=GUIDE,EVENT&district=
 * &partner=&stale=1&reports=1&pending=1&page=2): a link or a reload shows the same list, and
 * browser back works.
 */
export interface ListFilters {
  q: string;
  status: PublicationStatus[];
  /** Partner types, offer kinds or network kinds (URL key `type`); none for contact points. */
  kinds: string[];
  /** District key (AGS), contact points only. */
  district: string;
  /** The partner's database id (staff only; contact points and offers). */
  partner: string;
  stale: boolean;
  reports: boolean;
  pending: boolean;
  /** 1-based. */
  page: number;
}

export const EMPTY_FILTERS: ListFilters = {
  q: "",
  status: [],
  kinds: [],
  district: "",
  partner: "",
  stale: false,
  reports: false,
  pending: false,
  page: 1,
};

/** Entries per page. */
export const PAGE_SIZE = 25;
/** The API's stale filter counts months; the switch says 12, so the request says 12 too. */
export const STALE_MONTHS = 12;

/** Which filters the API applies to a type (packages/schema/src/types/editable-queries.ts). */
export const hasDistrictFilter = (type: RecordType) => type === "contact-points";
export const hasKindFilter = (type: RecordType) => KIND_VALUES[type].length > 0;
export const hasPartnerFilter = (type: RecordType) => type === "contact-points" || type === "offers";

export function parseFilters(search: string): ListFilters {
  const params = new URLSearchParams(search);
  const flag = (name: string) => params.get(name) === "1";
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    q: (params.get("q") ?? "").slice(0, 100),
    status: (params.get("status") ?? "")
      .split(",")
      .filter((s): s is PublicationStatus => (STATUSES as string[]).includes(s)),
    // Checked against the list's kinds when the request is made (apiFilter): the URL alone
    // does not say which list it belongs to.
    kinds: (params.get("type") ?? "").split(",").filter((k) => /^[A-Z_]{1,40}$/.test(k)),
    district: params.get("district") ?? "",
    partner: params.get("partner") ?? "",
    stale: flag("stale"),
    reports: flag("reports"),
    pending: flag("pending"),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The query string of a filter state ("" without filters); defaults are left out. */
export function filtersToSearch(filters: ListFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set("q", filters.q.trim());
  if (filters.status.length) params.set("status", filters.status.join(","));
  if (filters.kinds.length) params.set("type", filters.kinds.join(","));
  if (filters.district) params.set("district", filters.district);
  if (filters.partner) params.set("partner", filters.partner);
  if (filters.stale) params.set("stale", "1");
  if (filters.reports) params.set("reports", "1");
  if (filters.pending) params.set("pending", "1");
  if (filters.page > 1) params.set("page", String(filters.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The same filters without the page: lists with equal keys share their page cursors. */
export const filterKey = (type: RecordType, filters: ListFilters) =>
  `${type}${filtersToSearch({ ...filters, page: 1 })}`;

export const hasAnyFilter = (filters: ListFilters) => filtersToSearch({ ...filters, page: 1 }) !== "";

/** The EditableFilter field of each list's kind filter. */
const KIND_FIELD = { partners: "partnerType", offers: "offerKind", networks: "networkKind" } as const;

/** The URL's kinds that this list has (a hand-made link may name others, which the API refuses). */
export const kindsOf = (type: RecordType, filters: ListFilters) =>
  filters.kinds.filter((k) => KIND_VALUES[type].includes(k));

/** The API's EditableFilter for a type: only the conditions that apply to it. */
export function apiFilter(type: RecordType, filters: ListFilters, staff: boolean) {
  const kinds = kindsOf(type, filters);
  return {
    search: filters.q.trim() || null,
    status: filters.status.length ? filters.status : null,
    ...(type !== "contact-points" && kinds.length ? { [KIND_FIELD[type]]: kinds } : {}),
    districtKey: hasDistrictFilter(type) && filters.district ? filters.district : null,
    partnerId:
      staff && hasPartnerFilter(type) && filters.partner ? globalId("partners", filters.partner) : null,
    stale: filters.stale ? true : null,
    staleAfterMonths: filters.stale ? STALE_MONTHS : null,
    hasOpenReports: filters.reports ? true : null,
    hasPendingChange: filters.pending ? true : null,
  };
}

/** Not verified (ever, or for STALE_MONTHS): the same rule as the API's stale filter. */
export function isStale(lastVerifiedAt: string | null, now = new Date()): boolean {
  if (!lastVerifiedAt) return true;
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - STALE_MONTHS);
  return new Date(lastVerifiedAt) < cutoff;
}
