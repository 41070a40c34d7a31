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
ALTER TABLE "election_milestones" ADD COLUMN "citation" text;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD COLUMN "unit_path" text;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD COLUMN "per_sub_unit" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "elections" ADD COLUMN "voter_basis" text DEFAULT 'households' NOT NULL;--> statement-breakpoint
ALTER TABLE "milestone_completions" ADD CONSTRAINT "milestone_completions_milestone_id_election_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."election_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_completions" ADD CONSTRAINT "milestone_completions_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_completions" ADD CONSTRAINT "milestone_completions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "milestone_completions_unit_idx" ON "milestone_completions" USING btree ("milestone_id","unit_id");--> statement-breakpoint
CREATE INDEX "milestone_completions_path_idx" ON "milestone_completions" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
ALTER TABLE "election_milestones" ADD CONSTRAINT "election_milestones_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "election_milestones_path_idx" ON "election_milestones" USING btree ("unit_path" text_pattern_ops);