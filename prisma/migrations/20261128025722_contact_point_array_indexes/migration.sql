-- CreateIndex
CREATE INDEX "ContactPoint_services_idx" ON "ContactPoint" USING GIN ("services");

-- CreateIndex
CREATE INDEX "ContactPoint_languages_idx" ON "ContactPoint" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "ContactPoint_targetGroups_idx" ON "ContactPoint" USING GIN ("targetGroups");


-- Hand-written (Prisma cannot express it): a two-dimensional index for the map's box and the
-- box around a `near` point. The (lat, lng) B-tree narrows by latitude only, so a box read every
-- point of its latitude band; this one reads only the points inside (search/sql.ts bboxSql).
CREATE INDEX "ContactPoint_location_idx" ON "ContactPoint" USING gist (point("lng", "lat"));
