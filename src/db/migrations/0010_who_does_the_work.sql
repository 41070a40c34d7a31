CREATE TABLE "milestone_completions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"milestone_id" uuid NOT NULL,
	"election_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"done_on" date NOT NULL,
	"photo_key" text NOT NULL,
	"photo_type" text NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"role" text NOT NULL,
	"added_on" date NOT NULL,
	"removed_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_duties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reporter_unit_id" uuid NOT NULL,
	"reporter_path" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"plan_id" uuid,
	"frequency" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "require_weekly_reports" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "area_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "extra_channels" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "outlet" text;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "approx" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "number" integer;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "issued_on" date;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD COLUMN "citation" text;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD COLUMN "unit_path" text;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD COLUMN "per_sub_unit" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "elections" ADD COLUMN "voter_basis" text DEFAULT 'households' NOT NULL;--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "operator_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "operator_path" text;--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "in_service_from" date;--> statement-breakpoint
ALTER TABLE "milestone_completions" ADD CONSTRAINT "milestone_completions_milestone_id_election_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."election_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_completions" ADD CONSTRAINT "milestone_completions_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_completions" ADD CONSTRAINT "milestone_completions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_units_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_member_id_units_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_duties" ADD CONSTRAINT "reporting_duties_reporter_unit_id_units_id_fk" FOREIGN KEY ("reporter_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_duties" ADD CONSTRAINT "reporting_duties_owner_id_units_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "milestone_completions_unit_idx" ON "milestone_completions" USING btree ("milestone_id","unit_id");--> statement-breakpoint
CREATE INDEX "milestone_completions_path_idx" ON "milestone_completions" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "group_members_current_idx" ON "group_members" USING btree ("group_id","member_id") WHERE "group_members"."removed_on" is null;--> statement-breakpoint
CREATE INDEX "group_members_member_idx" ON "group_members" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "reporting_duties_reporter_path_idx" ON "reporting_duties" USING btree ("reporter_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "reporting_duties_owner_idx" ON "reporting_duties" USING btree ("owner_id");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_area_unit_id_units_id_fk" FOREIGN KEY ("area_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD CONSTRAINT "election_milestones_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_operator_unit_id_units_id_fk" FOREIGN KEY ("operator_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "election_milestones_path_idx" ON "election_milestones" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_approx_check" CHECK ("activities"."approx" in ('over', 'about', 'at_least'));--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_extra_channels_check" CHECK (jsonb_typeof("activities"."extra_channels") = 'array' and not ("activities"."extra_channels" @> jsonb_build_array("activities"."channel")));