CREATE TABLE "content_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"summary" text NOT NULL,
	"themes" jsonb NOT NULL,
	"election_id" uuid,
	"valid_from" date,
	"valid_until" date,
	"language" text DEFAULT 'vi' NOT NULL,
	"minority_language" text,
	"body" text NOT NULL,
	"file_key" text,
	"file_name" text,
	"file_type" text,
	"file_size" integer,
	"duration_seconds" double precision,
	"machine_read" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"published_unit_id" uuid,
	"claim_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_recipients" (
	"content_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"distributed_by" uuid NOT NULL,
	"distributed_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	CONSTRAINT "content_recipients_content_id_unit_id_pk" PRIMARY KEY("content_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "broadcast_slots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"content_id" uuid NOT NULL,
	"station_ids" jsonb NOT NULL,
	"priority" text NOT NULL,
	"repeat" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"times" jsonb NOT NULL,
	"weekdays" jsonb NOT NULL,
	"month_days" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plays" (
	"id" uuid PRIMARY KEY NOT NULL,
	"station_id" uuid NOT NULL,
	"content_id" uuid NOT NULL,
	"slot_id" uuid,
	"client_id" text NOT NULL,
	"played_at" timestamp with time zone NOT NULL,
	"duration_seconds" double precision,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"zones" jsonb NOT NULL,
	"token_hash" text,
	"token_issued_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"last_health" jsonb,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"text" text NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"platform" text NOT NULL,
	"link" text,
	"screenshot_key" text,
	"screenshot_type" text,
	"first_seen_on" date NOT NULL,
	"reach" integer,
	"topic" text NOT NULL,
	"status" text NOT NULL,
	"verdict" text,
	"group_id" uuid NOT NULL,
	"correction_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_recipients" ADD CONSTRAINT "content_recipients_content_id_content_items_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_recipients" ADD CONSTRAINT "content_recipients_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "broadcast_slots" ADD CONSTRAINT "broadcast_slots_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "broadcast_slots" ADD CONSTRAINT "broadcast_slots_content_id_content_items_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plays" ADD CONSTRAINT "plays_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plays" ADD CONSTRAINT "plays_content_id_content_items_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_items_path_idx" ON "content_items" USING btree ("unit_path" text_pattern_ops,"created_at");--> statement-breakpoint
CREATE INDEX "content_items_published_idx" ON "content_items" USING btree ("published_unit_id","published_at");--> statement-breakpoint
CREATE INDEX "content_recipients_unit_idx" ON "content_recipients" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "content_recipients_path_idx" ON "content_recipients" USING btree ("content_id","unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "broadcast_slots_path_idx" ON "broadcast_slots" USING btree ("unit_path" text_pattern_ops,"end_date");--> statement-breakpoint
CREATE UNIQUE INDEX "plays_client_idx" ON "plays" USING btree ("station_id","client_id");--> statement-breakpoint
CREATE INDEX "plays_station_time_idx" ON "plays" USING btree ("station_id","played_at");--> statement-breakpoint
CREATE INDEX "stations_path_idx" ON "stations" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "stations_token_idx" ON "stations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "claims_path_idx" ON "claims" USING btree ("unit_path" text_pattern_ops,"first_seen_on");--> statement-breakpoint
CREATE INDEX "claims_group_idx" ON "claims" USING btree ("group_id");