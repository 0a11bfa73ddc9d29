-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "DistrictKind" AS ENUM ('LANDKREIS', 'KREISFREIE_STADT');

-- CreateEnum
CREATE TYPE "PartnerType" AS ENUM ('KAUSA', 'CHAMBER_IHK', 'CHAMBER_HWK', 'DISTRICT_ADMINISTRATION', 'MUNICIPALITY', 'JOBCENTER', 'EMPLOYMENT_AGENCY', 'YOUTH_MIGRATION_SERVICE', 'MIGRATION_COUNSELLING', 'MIGRANT_ORGANISATION', 'EDUCATION_PROVIDER', 'VOCATIONAL_SCHOOL', 'TRAINING_COMPANY', 'NETWORK_OFFICE', 'OTHER');

-- CreateEnum
CREATE TYPE "Service" AS ENUM ('TRAINING_COUNSELLING', 'CAREER_ORIENTATION', 'RECOGNITION_OF_QUALIFICATIONS', 'APPLICATION_HELP', 'LANGUAGE_COURSES', 'COMPANY_COUNSELLING', 'MATCHING', 'RESIDENCE_LAW_COUNSELLING', 'SOCIAL_COUNSELLING');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('YOUNG_PEOPLE', 'ADULTS', 'PARENTS', 'REFUGEES', 'COMPANIES', 'ORGANISATIONS');

-- CreateEnum
CREATE TYPE "OfferKind" AS ENUM ('TRAINING', 'COUNSELLING', 'EVENT', 'GUIDE', 'APPRENTICESHIP_PLACE', 'INTERNSHIP', 'ENTRY_QUALIFICATION', 'LANGUAGE_COURSE');

-- CreateEnum
CREATE TYPE "OfferFormat" AS ENUM ('IN_PERSON', 'ONLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "NetworkKind" AS ENUM ('REGIONAL_WORKING_GROUP', 'REGIONAL_ADVISORY_BOARD', 'STATE_ADVISORY_BOARD');

-- CreateEnum
CREATE TYPE "GeoPrecision" AS ENUM ('ADDRESS', 'PLACE', 'POSTCODE');

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "District" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "DistrictKind" NOT NULL,
    "regionId" TEXT NOT NULL,
    "boundary" JSONB NOT NULL,
    "settlementType" INTEGER NOT NULL,
    "settlementTypeLabel" TEXT NOT NULL,
    "settlementType2024" INTEGER,
    "thuenenType" INTEGER NOT NULL,
    "thuenenTypeLabel" TEXT NOT NULL,
    "ruralityIndex" DOUBLE PRECISION,
    "rural" BOOLEAN NOT NULL,

    CONSTRAINT "District_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" SERIAL NOT NULL,
    "postcode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "districtKey" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "type" "PartnerType" NOT NULL,
    "name" TEXT NOT NULL,
    "description" JSONB,
    "website" TEXT,
    "logoUrl" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactPoint" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT,
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "geoPrecision" "GeoPrecision" NOT NULL DEFAULT 'ADDRESS',
    "districtKey" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "openingHours" JSONB NOT NULL DEFAULT '[]',
    "openingHoursNote" JSONB,
    "languages" TEXT[],
    "services" "Service"[],
    "targetGroups" "TargetGroup"[],
    "wheelchairAccessible" BOOLEAN,
    "appointmentRequired" BOOLEAN NOT NULL DEFAULT false,
    "lastVerifiedAt" TIMESTAMP(3),
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContactPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "kind" "OfferKind" NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB,
    "partnerId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "format" "OfferFormat" NOT NULL DEFAULT 'IN_PERSON',
    "languages" TEXT[],
    "targetGroups" "TargetGroup"[],
    "occupation" TEXT,
    "registrationUrl" TEXT,
    "documentUrl" TEXT,
    "costs" JSONB,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" TEXT NOT NULL,
    "kind" "NetworkKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" JSONB,
    "regionId" TEXT,
    "website" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PartnerToRegion" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PartnerToRegion_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ContactPointToOffer" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ContactPointToOffer_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_OfferToRegion" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_OfferToRegion_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_NetworkToPartner" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NetworkToPartner_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "District_regionId_idx" ON "District"("regionId");

-- CreateIndex
CREATE INDEX "Place_postcode_idx" ON "Place"("postcode");

-- CreateIndex
CREATE INDEX "Place_districtKey_idx" ON "Place"("districtKey");

-- CreateIndex
CREATE INDEX "Partner_status_type_idx" ON "Partner"("status", "type");

-- CreateIndex
CREATE INDEX "ContactPoint_status_districtKey_idx" ON "ContactPoint"("status", "districtKey");

-- CreateIndex
CREATE INDEX "ContactPoint_lat_lng_idx" ON "ContactPoint"("lat", "lng");

-- CreateIndex
CREATE INDEX "ContactPoint_partnerId_idx" ON "ContactPoint"("partnerId");

-- CreateIndex
CREATE INDEX "Offer_status_kind_idx" ON "Offer"("status", "kind");

-- CreateIndex
CREATE INDEX "Offer_startsAt_idx" ON "Offer"("startsAt");

-- CreateIndex
CREATE INDEX "Offer_partnerId_idx" ON "Offer"("partnerId");

-- CreateIndex
CREATE INDEX "Network_status_regionId_idx" ON "Network"("status", "regionId");

-- CreateIndex
CREATE INDEX "_PartnerToRegion_B_index" ON "_PartnerToRegion"("B");

-- CreateIndex
CREATE INDEX "_ContactPointToOffer_B_index" ON "_ContactPointToOffer"("B");

-- CreateIndex
CREATE INDEX "_OfferToRegion_B_index" ON "_OfferToRegion"("B");

-- CreateIndex
CREATE INDEX "_NetworkToPartner_B_index" ON "_NetworkToPartner"("B");

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_districtKey_fkey" FOREIGN KEY ("districtKey") REFERENCES "District"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPoint" ADD CONSTRAINT "ContactPoint_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPoint" ADD CONSTRAINT "ContactPoint_districtKey_fkey" FOREIGN KEY ("districtKey") REFERENCES "District"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PartnerToRegion" ADD CONSTRAINT "_PartnerToRegion_A_fkey" FOREIGN KEY ("A") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PartnerToRegion" ADD CONSTRAINT "_PartnerToRegion_B_fkey" FOREIGN KEY ("B") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ContactPointToOffer" ADD CONSTRAINT "_ContactPointToOffer_A_fkey" FOREIGN KEY ("A") REFERENCES "ContactPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ContactPointToOffer" ADD CONSTRAINT "_ContactPointToOffer_B_fkey" FOREIGN KEY ("B") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OfferToRegion" ADD CONSTRAINT "_OfferToRegion_A_fkey" FOREIGN KEY ("A") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OfferToRegion" ADD CONSTRAINT "_OfferToRegion_B_fkey" FOREIGN KEY ("B") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NetworkToPartner" ADD CONSTRAINT "_NetworkToPartner_A_fkey" FOREIGN KEY ("A") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NetworkToPartner" ADD CONSTRAINT "_NetworkToPartner_B_fkey" FOREIGN KEY ("B") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

