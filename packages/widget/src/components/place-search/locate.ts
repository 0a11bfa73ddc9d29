import type { Translator } from "../../i18n/i18n.ts";

/** Asks the browser for the visitor's position; reports a status text and, if found, the position. */
export function locate(
  t: Translator,
  done: (outcome: { status: string; position?: { lat: number; lng: number } }) => void,
) {
  if (!("geolocation" in navigator)) {
    done({ status: t.t("locationDenied") });
    return;
  }
  navigator.geolocation.getCurrentPosition(
    (position) =>
      done({
        status: t.t("locationFound"),
        position: { lat: position.coords.latitude, lng: position.coords.longitude },
      }),
    () => done({ status: t.t("locationDenied") }),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
  );
}
