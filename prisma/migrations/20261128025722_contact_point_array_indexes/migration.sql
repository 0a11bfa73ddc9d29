-- CreateIndex
CREATE INDEX "ContactPoint_services_idx" ON "ContactPoint" USING GIN ("services");

-- CreateIndex
CREATE INDEX "ContactPoint_languages_idx" ON "ContactPoint" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "ContactPoint_targetGroups_idx" ON "ContactPoint" USING GIN ("targetGroups");

