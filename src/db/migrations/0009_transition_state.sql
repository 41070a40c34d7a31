ALTER TABLE "plans" ADD COLUMN "editors" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "electoral_districts" ADD COLUMN "candidates_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "electoral_districts" ADD COLUMN "candidate_editors" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "content_items" ADD COLUMN "editors" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "content_items" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;