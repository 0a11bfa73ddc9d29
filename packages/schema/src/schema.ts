import { builder } from "./builder.ts";
import "./types/attribution.ts";
import "./types/contact-point.ts";
import "./types/district.ts";
import "./types/map.ts";
import "./types/network.ts";
import "./types/offer.ts";
import "./types/partner.ts";
import "./types/place.ts";
import "./types/region.ts";

export const schema = builder.toSchema({ sortSchema: true });
