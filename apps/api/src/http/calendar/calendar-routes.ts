import type { Database } from "@kausa/db";
import { type Locale, localeFromAcceptLanguage } from "@kausa/schema";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { routeFailure } from "../route-failure.ts";
import { areaName, FeedQueryError, feedFilter } from "./feed-query.ts";
import { attachment, fileResponse, textError } from "./file-response.ts";
import { offersCalendar } from "./icalendar.ts";
import { listDatedOffers, loadContactPoint, loadOffer } from "./public-data.ts";
import { fileLocale, fileTexts, UnknownLanguageError } from "./texts.ts";
import { contactPointVCard } from "./vcard.ts";

export const OFFER_FEED_PATH = "/offers.ics";
const CONTACT_CARD = /^\/contact-points\/([^/]+)\.vcf$/;
const OFFER_EVENT = /^\/offers\/([^/]+)\.ics$/;

/** Most events in one feed: a year of a busy region, and still a small file (~1 MB at most). */
export const FEED_LIMIT = 500;

/** The paths this plugin answers (the rate limits count them like the map layer). */
export function isCalendarPath(pathname: string): boolean {
  return pathname === OFFER_FEED_PATH || CONTACT_CARD.test(pathname) || OFFER_EVENT.test(pathname);
}

/**
 * A row id from the path: the database id (what the open-data exports list) or the GraphQL
 * global ID the widget holds, URL-encoded (base64 may contain "/"); undefined when it is neither.
 */
export function idFromPath(segment: string, type: "ContactPoint" | "Offer"): string | undefined {
  let text: string;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  const global = new RegExp(`^${type}:([\\w.:-]{1,100})$`).exec(Buffer.from(text, "base64").toString("utf8"));
  if (global) return global[1];
  return /^[\w.:-]{1,100}$/.test(text) ? text : undefined;
}

/**
 * Calendar and contact files of the public directory (docs: see the API's HTTP routes):
 * GET /contact-points/<id>.vcf (a vCard to save a contact point on a phone),
 * GET /offers/<id>.ics (one dated offer as a calendar event) and
 * GET /offers.ics?region=…&district=…&kind=…&language=…&lang=… (a subscribable feed of upcoming
 * dated offers). Only what the public GraphQL API shows; unknown, draft and archived rows alike
 * are a 404.
 */
export function calendarRoutes(db: Database): Plugin {
  let logger: { error(...args: unknown[]): void } = console;
  return {
    onYogaInit({ yoga }) {
      logger = yoga.logger;
    },
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const card = CONTACT_CARD.exec(url.pathname);
      const event = card ? null : OFFER_EVENT.exec(url.pathname);
      if (!card && !event && url.pathname !== OFFER_FEED_PATH) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        return endResponse(textError(fetchAPI, 405, "Use GET.", { allow: "GET, HEAD" }));
      }
      const self = `${url.origin}${url.pathname}`;
      try {
        const locale = fileLocale(
          url.searchParams.get("lang"),
          localeFromAcceptLanguage(request.headers.get("accept-language")),
        );
        const langQuery = url.searchParams.has("lang") ? `?lang=${locale}` : "";
        if (card) return endResponse(await contactCard(card[1]!, locale, `${self}${langQuery}`));
        if (event) return endResponse(await offerEvent(event[1]!, locale, url.origin, langQuery));
        return endResponse(await offerFeed(url.searchParams, locale, url.origin, langQuery));
      } catch (error) {
        if (error instanceof UnknownLanguageError || error instanceof FeedQueryError) {
          return endResponse(textError(fetchAPI, 400, error.message));
        }
        if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
          return endResponse(textError(fetchAPI, 400, error.message));
        }
        return endResponse(routeFailure(fetchAPI, error, "calendar file", logger));
      }

      async function contactCard(segment: string, locale: Locale, source: string) {
        const id = idFromPath(segment, "ContactPoint");
        const cp = id ? await loadContactPoint(db, id, locale) : null;
        if (!cp) return textError(fetchAPI, 404, "No such contact point.");
        return fileResponse(fetchAPI, request, {
          body: contactPointVCard(cp, fileTexts(locale), source),
          contentType: "text/vcard; charset=utf-8",
          disposition: attachment(cp.name, "vcf", "kontakt"),
          maxAgeSeconds: 60,
        });
      }

      async function offerEvent(segment: string, locale: Locale, origin: string, langQuery: string) {
        const id = idFromPath(segment, "Offer");
        const offer = id ? await loadOffer(db, id, locale) : null;
        if (!offer) return textError(fetchAPI, 404, "No such offer.");
        if (!offer.startsAt) {
          return textError(
            fetchAPI,
            404,
            "This offer has no date (a guide or an open place, for example), so there is no calendar entry for it.",
          );
        }
        const texts = fileTexts(locale);
        return fileResponse(fetchAPI, request, {
          body: offersCalendar([offer], texts, {
            name: `KAUSA Thüringen – ${offer.title.text}`,
            feed: false,
            offerUrl: (offerId) => `${origin}/offers/${encodeURIComponent(offerId)}.ics${langQuery}`,
          }),
          contentType: "text/calendar; charset=utf-8",
          disposition: attachment(offer.title.text, "ics", "termin"),
          maxAgeSeconds: 60,
        });
      }

      async function offerFeed(params: URLSearchParams, locale: Locale, origin: string, langQuery: string) {
        const filter = feedFilter(params);
        const texts = fileTexts(locale);
        const offers = await listDatedOffers(db, filter, locale, FEED_LIMIT, new Date());
        const area = areaName(filter);
        return fileResponse(fetchAPI, request, {
          body: offersCalendar(offers, texts, {
            name: `KAUSA Thüringen – ${texts.calendar}${area ? ` (${area})` : ""}`,
            feed: true,
            offerUrl: (offerId) => `${origin}/offers/${encodeURIComponent(offerId)}.ics${langQuery}`,
          }),
          contentType: "text/calendar; charset=utf-8",
          // Inline: a calendar app subscribes to it; a browser may still offer to open it.
          disposition: 'inline; filename="kausa-termine.ics"',
          maxAgeSeconds: 300,
        });
      }
    },
  };
}
