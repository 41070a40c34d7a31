CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"occurred_on" date NOT NULL,
	"channel" text NOT NULL,
	"category_code" text NOT NULL,
	"quantity" integer NOT NULL,
	"measure_unit" text NOT NULL,
	"title" text,
	"link" text,
	"task_id" uuid,
	"source" text NOT NULL,
	"external_ref" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"channels" jsonb NOT NULL,
	"measure_unit" text NOT NULL,
	"max_per_entry" integer NOT NULL,
	"counts_quantity" boolean NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_periods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"assignee_unit_id" uuid NOT NULL,
	"assignee_path" text NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"required" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"first_done_on" date
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_category_code_activity_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."activity_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_periods" ADD CONSTRAINT "task_periods_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_periods" ADD CONSTRAINT "task_periods_assignee_unit_id_units_id_fk" FOREIGN KEY ("assignee_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_path_day_idx" ON "activities" USING btree ("unit_path" text_pattern_ops,"occurred_on");--> statement-breakpoint
CREATE INDEX "activities_unit_day_idx" ON "activities" USING btree ("unit_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "activities_external_ref_idx" ON "activities" USING btree ("unit_id","external_ref") WHERE "activities"."external_ref" is not null;--> statement-breakpoint
CREATE INDEX "task_periods_task_idx" ON "task_periods" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "task_periods_assignee_idx" ON "task_periods" USING btree ("assignee_unit_id","period_from");--> statement-breakpoint
CREATE INDEX "task_periods_path_idx" ON "task_periods" USING btree ("assignee_path" text_pattern_ops,"period_to");