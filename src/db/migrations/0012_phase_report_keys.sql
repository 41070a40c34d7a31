-- A phase's sơ kết is keyed by its name and its dates (domain/reports/phase-key.ts): every
-- campaign has an "Đợt 1", and a key of the name alone made a later campaign's sơ kết collide
-- with an earlier one of the same unit. Rows keyed the old way get their dates appended.
UPDATE "reports"
SET "period_key" = "period_key" || ' ' || "period_from"::text || '/' || "period_to"::text
WHERE "kind" = 'phase'
  AND "period_key" NOT LIKE '% ____-__-__/____-__-__';
