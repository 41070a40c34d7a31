CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kind" text NOT NULL,
	"period_key" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"narrative" jsonb NOT NULL,
	"figures" jsonb NOT NULL,
	"compliance" jsonb,
	"submitted_at" timestamp with time zone,
	"submitted_on" date,
	"submitted_by" uuid,
	"reviewed_by" uuid,
	"review_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reports_unit_period_idx" ON "reports" USING btree ("unit_id","kind","period_key");--> statement-breakpoint
CREATE INDEX "reports_path_idx" ON "reports" USING btree ("unit_path" text_pattern_ops,"kind","period_key");