-- Hand-written: what the Prisma schema cannot express. Search helpers and indexes.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Folds a string for tolerant name matching: case, accents and German umlaut spellings,
-- so "Sömmerda", "Soemmerda" and "Sommerda" all become "sommerda". unaccent() itself is
-- only STABLE; naming the dictionary explicitly makes the wrapper safe to index.
CREATE OR REPLACE FUNCTION kausa_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT replace(replace(replace(
    lower(public.unaccent('public.unaccent'::regdictionary, input)),
    'ae', 'a'), 'oe', 'o'), 'ue', 'u')
$$;

-- Gazetteer: place-name search (prefix and trigram) and postcode prefix.
CREATE INDEX "Place_name_fold_trgm_idx" ON "Place" USING gin (kausa_fold("name") gin_trgm_ops);
CREATE INDEX "Place_postcode_pattern_idx" ON "Place" ("postcode" text_pattern_ops);

-- German full-text search (Snowball stemming: "Beratung" and "beraten" share the stem "berat").
CREATE INDEX "ContactPoint_fts_idx" ON "ContactPoint"
  USING gin (to_tsvector('german'::regconfig, "name" || ' ' || "city"));
CREATE INDEX "ContactPoint_name_fold_trgm_idx" ON "ContactPoint" USING gin (kausa_fold("name") gin_trgm_ops);
CREATE INDEX "Offer_fts_idx" ON "Offer"
  USING gin (to_tsvector('german'::regconfig,
    coalesce("title"->>'de', '') || ' ' || coalesce("description"->>'de', '') || ' ' || coalesce("occupation", '')));
CREATE INDEX "Partner_fts_idx" ON "Partner" USING gin (to_tsvector('german'::regconfig, "name"));
