import * as maplibregl from "maplibre-gl";
import type { Feature, FeatureCollection } from "./map-layers.ts";

/** Where the search starts: the chosen place or the visitor's own position ("near me"). */
export interface MapOrigin {
  lat: number;
  lng: number;
  /** The accessible name of its pin, e.g. "99734 Nordhausen" or "Standort gefunden". */
  name: string;
  /** The visitor's own position rather than a place from the gazetteer. */
  fromDevice?: boolean;
}

const SVG = "http://www.w3.org/2000/svg";
const EARTH_RADIUS_KM = 6371.0088;

/**
 * The origin's pin: a teardrop (the contact points are circles, so it differs in shape, not
 * only in colour), drawn as DOM so it has an accessible name. Built with the DOM and presentation
 * attributes (no `style` attribute: the host page's CSP may forbid inline styles); looks in
 * map.styles.ts (`.origin-pin`).
 */
export function originPin(origin: MapOrigin): HTMLElement {
  const pin = document.createElement("div");
  pin.className = origin.fromDevice ? "origin-pin device" : "origin-pin";
  pin.setAttribute("role", "img");
  pin.setAttribute("aria-label", origin.name);
  pin.dataset.lat = String(origin.lat);
  pin.dataset.lng = String(origin.lng);
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 32");
  svg.setAttribute("width", "24");
  svg.setAttribute("height", "32");
  svg.setAttribute("aria-hidden", "true");
  const body = document.createElementNS(SVG, "path");
  body.setAttribute("d", "M12 1C6 1 1 5.7 1 11.6 1 19.5 12 31 12 31s11-11.5 11-19.4C23 5.7 18 1 12 1z");
  body.setAttribute("class", "origin-pin-body");
  const dot = document.createElementNS(SVG, "circle");
  dot.setAttribute("cx", "12");
  dot.setAttribute("cy", "11.5");
  dot.setAttribute("r", "4.5");
  dot.setAttribute("class", "origin-pin-dot");
  svg.append(body, dot);
  pin.append(svg);
  return pin;
}

/** Adds the origin's pin to the map (its tip on the point); returns it for removal. */
export function addOriginPin(map: maplibregl.Map, origin: MapOrigin): maplibregl.Marker {
  return new maplibregl.Marker({ element: originPin(origin), anchor: "bottom" })
    .setLngLat([origin.lng, origin.lat])
    .addTo(map);
}

/**
 * The search area: a circle of `radiusKm` around the origin as a polygon of `steps` points on
 * the great circle (a plain circle in degrees would be an ellipse this far north), plus the
 * origin itself, so the source data says where the search starts.
 */
export function originFeatures(
  origin: MapOrigin | null,
  radiusKm: number | null,
  steps = 96,
): FeatureCollection {
  if (!origin) return { type: "FeatureCollection", features: [] };
  const features: Feature[] = [
    {
      type: "Feature",
      properties: { role: "origin", fromDevice: origin.fromDevice === true },
      geometry: { type: "Point", coordinates: [origin.lng, origin.lat] },
    },
  ];
  if (radiusKm && radiusKm > 0) {
    features.push({
      type: "Feature",
      properties: { role: "radius", radiusKm },
      geometry: { type: "Polygon", coordinates: [circle(origin, radiusKm, steps)] },
    });
  }
  return { type: "FeatureCollection", features };
}

function circle({ lat, lng }: { lat: number; lng: number }, radiusKm: number, steps: number) {
  const rad = Math.PI / 180;
  const d = radiusKm / EARTH_RADIUS_KM;
  const φ1 = lat * rad;
  const λ1 = lng * rad;
  const ring: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const θ = ((i % steps) / steps) * 2 * Math.PI;
    const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
    const λ2 =
      λ1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
    ring.push([λ2 / rad, φ2 / rad]);
  }
  return ring;
}
