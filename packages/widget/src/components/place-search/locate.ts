/** What the "near me" lookup ends with: a message key for the status line and, if found, the position. */
export type LocateOutcome =
  | { status: "locationFound"; position: { lat: number; lng: number } }
  | { status: "locationDenied"; position?: undefined };

/** Asks the browser for the visitor's position. */
export function locate(done: (outcome: LocateOutcome) => void) {
  if (!("geolocation" in navigator)) {
    done({ status: "locationDenied" });
    return;
  }
  navigator.geolocation.getCurrentPosition(
    (position) =>
      done({
        status: "locationFound",
        position: { lat: position.coords.latitude, lng: position.coords.longitude },
      }),
    () => done({ status: "locationDenied" }),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
  );
}
