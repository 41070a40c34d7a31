ALTER TABLE "activities" ADD COLUMN "batch_id" uuid;--> statement-breakpoint
CREATE INDEX "activities_batch_idx" ON "activities" USING btree ("batch_id");