import { html, type TemplateResult } from "lit";
import { adminPath } from "./navigation.ts";

/** The kinds of records editors keep, as they appear in paths: /admin/contact-points/… */
export const RECORD_TYPES = ["contact-points", "partners", "offers", "networks"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
export const isRecordType = (value: string | undefined): value is RecordType =>
  (RECORD_TYPES as readonly string[]).includes(value ?? "");

export interface AdminRoute {
  path: string;
  /** Loads the page's code (each page is its own chunk: the map picker only loads where needed). */
  load: () => Promise<unknown>;
  render: (params: Record<string, string | undefined>) => TemplateResult;
  /** Pages anybody may open (login, set password); all others need a session. */
  public?: boolean;
  /** Pages only for the ADMIN role. */
  adminOnly?: boolean;
}

const relativeRoutes: AdminRoute[] = [
  {
    path: "/login",
    public: true,
    load: () => import("../session/login.page.ts"),
    render: () => html`<kausa-login-page></kausa-login-page>`,
  },
  {
    path: "/set-password",
    public: true,
    load: () => import("../session/set-password.page.ts"),
    render: () => html`<kausa-set-password-page></kausa-set-password-page>`,
  },
  {
    path: "",
    load: () => import("../dashboard/dashboard.page.ts"),
    render: () => html`<kausa-dashboard-page></kausa-dashboard-page>`,
  },
  {
    path: "/review",
    load: () => import("../review/review-queue.page.ts"),
    render: () => html`<kausa-review-queue-page></kausa-review-queue-page>`,
  },
  {
    path: "/review/:id",
    load: () => import("../review/review-item.page.ts"),
    render: ({ id }) => html`<kausa-review-item-page change-id=${id ?? ""}></kausa-review-item-page>`,
  },
  {
    path: "/reports",
    load: () => import("../review/reports.page.ts"),
    render: () => html`<kausa-reports-page></kausa-reports-page>`,
  },
  {
    path: "/import",
    load: () => import("../data-transfer/import.page.ts"),
    render: () => html`<kausa-import-page></kausa-import-page>`,
  },
  {
    path: "/export",
    load: () => import("../data-transfer/export.page.ts"),
    render: () => html`<kausa-export-page></kausa-export-page>`,
  },
  {
    path: "/users",
    adminOnly: true,
    load: () => import("../accounts/users.page.ts"),
    render: () => html`<kausa-users-page></kausa-users-page>`,
  },
  {
    path: "/tokens",
    adminOnly: true,
    load: () => import("../accounts/tokens.page.ts"),
    render: () => html`<kausa-tokens-page></kausa-tokens-page>`,
  },
  {
    path: "/account",
    load: () => import("../accounts/account.page.ts"),
    render: () => html`<kausa-account-page></kausa-account-page>`,
  },
  {
    path: "/:type",
    load: () => import("../records/record-list.page.ts"),
    render: ({ type }) => html`<kausa-record-list-page type=${type ?? ""}></kausa-record-list-page>`,
  },
  {
    path: "/:type/new",
    load: () => import("../records/record-edit.page.ts"),
    render: ({ type }) => html`<kausa-record-edit-page type=${type ?? ""}></kausa-record-edit-page>`,
  },
  {
    path: "/:type/:id",
    load: () => import("../records/record-edit.page.ts"),
    render: ({ type, id }) =>
      html`<kausa-record-edit-page type=${type ?? ""} record-id=${id ?? ""}></kausa-record-edit-page>`,
  },
  {
    path: "/:type/:id/history",
    load: () => import("../records/record-history.page.ts"),
    render: ({ type, id }) =>
      html`<kausa-record-history-page type=${type ?? ""} record-id=${id ?? ""}></kausa-record-history-page>`,
  },
];

export const routes: AdminRoute[] = relativeRoutes.map((route) => ({
  ...route,
  path: adminPath(route.path),
}));
