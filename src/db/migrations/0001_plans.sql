CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"number" integer,
	"issued_on" date,
	"derived_from_id" uuid,
	"revision_of_id" uuid,
	"election_id" uuid,
	"title" text NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"place" text NOT NULL,
	"parent_body" text NOT NULL,
	"issuing_body" text NOT NULL,
	"body_code" text NOT NULL,
	"bases" jsonb NOT NULL,
	"preamble" text NOT NULL,
	"purposes" text NOT NULL,
	"requirements" text NOT NULL,
	"content_themes" text NOT NULL,
	"channels" jsonb NOT NULL,
	"channels_text" text NOT NULL,
	"period_from" date,
	"period_to" date,
	"time_text" text NOT NULL,
	"phases" jsonb NOT NULL,
	"assignments" jsonb NOT NULL,
	"closing" text NOT NULL,
	"recipients" jsonb NOT NULL,
	"archive_line" text NOT NULL,
	"signer" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"submitted_by" uuid,
	"approved_by" uuid,
	"return_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_counters" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"type_code" text NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"type_code" text NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"entity_id" uuid,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"issuer_unit_id" uuid NOT NULL,
	"assignee_unit_id" uuid NOT NULL,
	"assignee_path" text NOT NULL,
	"title" text NOT NULL,
	"channel" text,
	"kind" text NOT NULL,
	"deadline" date,
	"recurrence_count" integer,
	"recurrence_per" text,
	"period_from" date,
	"period_to" date,
	"frequency_text" text,
	"target" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_counters" ADD CONSTRAINT "register_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_unit_id_units_id_fk" FOREIGN KEY ("assignee_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plans_unit_idx" ON "plans" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "plans_derived_idx" ON "plans" USING btree ("derived_from_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_number_idx" ON "plans" USING btree ("unit_id",extract(year from "issued_on"),"number") WHERE "plans"."number" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "register_counters_key" ON "register_counters" USING btree ("unit_id","year","type_code");--> statement-breakpoint
CREATE UNIQUE INDEX "register_entries_key" ON "register_entries" USING btree ("unit_id","year","type_code","number");--> statement-breakpoint
CREATE INDEX "tasks_plan_idx" ON "tasks" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "tasks_assignee_path_idx" ON "tasks" USING btree ("assignee_path" text_pattern_ops);