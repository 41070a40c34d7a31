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
	"reporter_id" uuid NOT NULL,
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
ALTER TABLE "reports" ADD COLUMN "number" integer;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "issued_on" date;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_units_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_member_id_units_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_duties" ADD CONSTRAINT "reporting_duties_reporter_id_units_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_duties" ADD CONSTRAINT "reporting_duties_owner_id_units_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "group_members_current_idx" ON "group_members" USING btree ("group_id","member_id") WHERE "group_members"."removed_on" is null;--> statement-breakpoint
CREATE INDEX "group_members_member_idx" ON "group_members" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "reporting_duties_reporter_path_idx" ON "reporting_duties" USING btree ("reporter_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "reporting_duties_owner_idx" ON "reporting_duties" USING btree ("owner_id");