ALTER TABLE "activities" ADD COLUMN "area_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "operator_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "operator_path" text;--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "in_service_from" date;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_area_unit_id_units_id_fk" FOREIGN KEY ("area_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_operator_unit_id_units_id_fk" FOREIGN KEY ("operator_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;