import {
  DistrictKind,
  GeoPrecision,
  NetworkKind,
  OfferFormat,
  OfferKind,
  PartnerType,
  Service,
  TargetGroup,
} from "@kausa/db";
import { builder } from "../builder.ts";

export const PartnerTypeEnum = builder.enumType(PartnerType, {
  name: "PartnerType",
  description: "Kind of organisation: chambers, administrations, counselling services, companies, KAUSA …",
});
export const ServiceEnum = builder.enumType(Service, {
  name: "Service",
  description: "What a contact point helps with.",
});
export const TargetGroupEnum = builder.enumType(TargetGroup, { name: "TargetGroup" });
export const OfferKindEnum = builder.enumType(OfferKind, { name: "OfferKind" });
export const OfferFormatEnum = builder.enumType(OfferFormat, { name: "OfferFormat" });
export const NetworkKindEnum = builder.enumType(NetworkKind, { name: "NetworkKind" });
export const DistrictKindEnum = builder.enumType(DistrictKind, { name: "DistrictKind" });
export const GeoPrecisionEnum = builder.enumType(GeoPrecision, {
  name: "GeoPrecision",
  description: "How exact coordinates are: the address, the place (locality) or only the postcode.",
});
