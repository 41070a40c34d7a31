CREATE TABLE "plan_acknowledgements" (
	"plan_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"acknowledged_by" uuid NOT NULL,
	"acknowledged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "plan_acknowledgements_plan_id_unit_id_pk" PRIMARY KEY("plan_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "plan_acknowledgements" ADD CONSTRAINT "plan_acknowledgements_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_acknowledgements" ADD CONSTRAINT "plan_acknowledgements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_acknowledgements_unit_idx" ON "plan_acknowledgements" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("assignee_unit_id");