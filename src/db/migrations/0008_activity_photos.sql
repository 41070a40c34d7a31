ALTER TABLE "activities" ADD COLUMN "photo_key" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "photo_type" text;