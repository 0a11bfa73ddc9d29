import type { PlaceNode } from "../../api/documents.ts";
import type { Translator } from "../../i18n/i18n.ts";

/** Asks the browser for the visitor's position; reports a status text and, if found, a place. */
export function locate(t: Translator, done: (outcome: { status: string; place?: PlaceNode }) => void) {
  if (!("geolocation" in navigator)) {
    done({ status: t.t("locationDenied") });
    return;
  }
  navigator.geolocation.getCurrentPosition(
    (position) =>
      done({
        status: t.t("locationFound"),
        place: {
          postcode: "",
          name: t.t("nearMe"),
          lat: position.coords.latitude,
          lng: position.coords.longitude,
          district: { name: "" },
        },
      }),
    () => done({ status: t.t("locationDenied") }),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
  );
}
