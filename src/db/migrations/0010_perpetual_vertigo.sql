ALTER TABLE "activities" ADD COLUMN "extra_channels" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "outlet" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "approx" text;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_approx_check" CHECK ("activities"."approx" in ('over', 'about', 'at_least'));--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_extra_channels_check" CHECK (jsonb_typeof("activities"."extra_channels") = 'array' and not ("activities"."extra_channels" @> jsonb_build_array("activities"."channel")));