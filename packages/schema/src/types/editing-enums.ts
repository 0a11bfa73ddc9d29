import {
  AuditAction,
  ChangeKind,
  ChangeStatus,
  EntityType,
  PublicationStatus,
  ReportReason,
  ReportStatus,
} from "@kausa/db";
import { builder } from "../builder.ts";

export const PublicationStatusEnum = builder.enumType(PublicationStatus, {
  name: "PublicationStatus",
  description:
    "Only PUBLISHED entries are public. IN_REVIEW: submitted by a partner editor, waiting for staff.",
});
export const EntityTypeEnum = builder.enumType(EntityType, { name: "EntityType" });
export const AuditActionEnum = builder.enumType(AuditAction, { name: "AuditAction" });
export const ChangeKindEnum = builder.enumType(ChangeKind, { name: "ChangeKind" });
export const ChangeStatusEnum = builder.enumType(ChangeStatus, { name: "ChangeStatus" });
export const ReportReasonEnum = builder.enumType(ReportReason, {
  name: "ReportReason",
  description: "What a visitor found out of date.",
});
export const ReportStatusEnum = builder.enumType(ReportStatus, { name: "ReportStatus" });
