ALTER TABLE "reports" ADD COLUMN "read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "read_by" uuid;