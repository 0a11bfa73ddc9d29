import { createEvents, type EventAttributes } from "ics";
import { contentLines, escapeText, paramValue, unfold, uriValue } from "./content-lines.ts";
import type { AddressData, OfferData } from "./public-data.ts";
import type { FileTexts } from "./texts.ts";

/** How often subscribed calendars should look for changes (RFC 7986 REFRESH-INTERVAL). */
export const FEED_REFRESH = "PT1H";

export interface CalendarOptions {
  /** X-WR-CALNAME and NAME: what calendar apps call a subscribed feed. */
  name: string;
  /** A subscribable feed (refresh hints) rather than a one-off download. */
  feed: boolean;
  /** The URL of one offer's file, the offer's link when it has no registration or website. */
  offerUrl: (id: string) => string;
}

/**
 * Offers as an iCalendar file (RFC 5545), built with the `ics` package. Times are UTC (`…Z`):
 * an instant needs no VTIMEZONE, and every calendar app shows it in the viewer's own zone — in
 * Thuringia that is Europe/Berlin, summer time included; X-WR-TIMEZONE tells subscribed
 * calendars the zone to display in. UIDs are the offer IDs, so a refreshed feed updates an event
 * instead of adding it twice; DTSTAMP and LAST-MODIFIED are the offer's last change, so an
 * unchanged feed is byte for byte the same (and its ETag too).
 */
export function offersCalendar(offers: readonly OfferData[], texts: FileTexts, options: CalendarOptions) {
  const events = offers.filter((o) => o.startsAt).map((o) => eventOf(o, texts, options));
  const { error, value } = createEvents(events, {
    productId: "-//KAUSA Thueringen//Kontaktfinder//DE",
    method: "PUBLISH",
    calName: options.name,
  });
  if (error || value === null) throw error ?? new Error("ics produced no calendar");
  return refold(value, offers, options);
}

/** The offer's event; `offers` must be dated (startsAt set). */
function eventOf(offer: OfferData, texts: FileTexts, options: CalendarOptions): EventAttributes {
  const updated = Date.parse(offer.updatedAt);
  const places = offer.format === "ONLINE" ? [] : offer.contactPoints;
  const location = [...places.map(addressLine), ...(offer.format === "IN_PERSON" ? [] : [texts.online])].join(
    " / ",
  );
  const url = webUrl(offer.registrationUrl) ?? webUrl(offer.partner.website) ?? options.offerUrl(offer.id);
  const first = places[0];
  const start = Date.parse(offer.startsAt as string);
  const end = offer.endsAt ? Date.parse(offer.endsAt) : undefined;
  return {
    uid: eventUid(offer.id),
    timestamp: updated,
    lastModified: updated,
    start,
    startInputType: "utc",
    startOutputType: "utc",
    // Without an end the event is a point in time (RFC 5545 3.6.1); no length is invented.
    ...(end !== undefined && end >= start ? { end, endInputType: "utc", endOutputType: "utc" } : {}),
    title: offer.title.text,
    description: description(offer, texts) || undefined,
    location: location || undefined,
    ...(first ? { geo: { lat: first.lat, lon: first.lng } } : {}),
    url,
    status: "CONFIRMED",
    transp: "TRANSPARENT",
    classification: "PUBLIC",
  } as EventAttributes;
}

/** Stable across requests and feeds: the same offer is the same event everywhere. */
export const eventUid = (id: string) => `kausa-offer-${id}`;

function description(offer: OfferData, texts: FileTexts): string {
  return [
    offer.isSample ? texts.sample : null,
    offer.description?.text.trim(),
    offer.costs?.text.trim(),
    offer.registrationUrl ? `${texts.register}: ${webUrl(offer.registrationUrl) ?? ""}` : null,
  ]
    .filter(Boolean)
    .join("\n\n");
}

function addressLine(place: AddressData): string {
  return [place.name, place.street, `${place.postcode} ${place.city}`].filter(Boolean).join(", ");
}

/** The normalised form (no spaces, percent-encoded): `ics` refuses URLs it cannot match. */
function webUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).href;
  } catch {
    return undefined;
  }
}

/**
 * `ics` folds at 75 characters, not octets (an Arabic line is then up to 150 octets long), writes
 * no REFRESH-INTERVAL and no ORGANIZER without an e-mail address (its line would then lack a
 * value): the text is unfolded, those lines added, and every line folded again at 75 octets.
 */
function refold(ics: string, offers: readonly OfferData[], options: CalendarOptions): string {
  const organizers = new Map(offers.map((o) => [eventUid(o.id), organizerLine(o, options)]));
  const lines: string[] = [];
  let uid: string | undefined;
  for (const line of unfold(ics).split("\r\n")) {
    if (line === "") continue;
    if (line.startsWith("UID:")) uid = line.slice(4);
    if (line === "END:VEVENT" && uid) lines.push(organizers.get(uid) ?? "");
    if (line.startsWith("X-PUBLISHED-TTL:")) {
      // The refresh hints only for a feed: a downloaded event is imported once.
      if (options.feed)
        lines.push(`X-PUBLISHED-TTL:${FEED_REFRESH}`, `REFRESH-INTERVAL;VALUE=DURATION:${FEED_REFRESH}`);
      lines.push(`NAME:${escapeText(options.name)}`, "X-WR-TIMEZONE:Europe/Berlin");
      continue;
    }
    lines.push(line);
  }
  return contentLines(lines.filter(Boolean));
}

/**
 * The partner that offers it, by name (CN). The value must be a URI (cal-address): the address of
 * the offer's contact point when it has one — public already —, else the partner's website or
 * the offer's own file.
 */
function organizerLine(offer: OfferData, options: CalendarOptions): string {
  const email = offer.contactPoints.find((cp) => cp.email?.trim())?.email;
  const uri = email
    ? `mailto:${uriValue(email).replace(/\s/g, "")}`
    : (webUrl(offer.partner.website) ?? options.offerUrl(offer.id));
  return `ORGANIZER;CN=${paramValue(offer.partner.name)}:${uri}`;
}
