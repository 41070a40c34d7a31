CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"election_id" uuid,
	"unit_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"election_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"birth_year" integer,
	"gender" text,
	"occupation" text,
	"workplace" text,
	"biography" text,
	"programme_html" text DEFAULT '' NOT NULL,
	"photo" "bytea",
	"photo_type" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "election_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"election_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"offset_days" integer,
	"working_days" boolean DEFAULT false NOT NULL,
	"due_on" date NOT NULL,
	"time" text,
	"note" text,
	"for_voters" boolean DEFAULT false NOT NULL,
	"edited" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"evidence_note" text,
	"evidence_url" text,
	"evidence_file_name" text,
	"evidence_file_type" text,
	"evidence_file" "bytea",
	"sort" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "election_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"election_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"polling_area_id" uuid,
	"voters_listed" integer NOT NULL,
	"ballots_issued" integer NOT NULL,
	"valid" integer NOT NULL,
	"invalid" integer NOT NULL,
	"votes" jsonb NOT NULL,
	"entered_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"term" text NOT NULL,
	"election_day" date NOT NULL,
	"template" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"day_reason" text,
	"vote_denominator" text DEFAULT 'present' NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "electoral_districts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"election_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"name" text NOT NULL,
	"seats" integer DEFAULT 1 NOT NULL,
	"candidates_published_at" timestamp with time zone,
	"results_published_at" timestamp with time zone,
	"results_published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "polling_area_villages" (
	"polling_area_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "polling_area_villages_polling_area_id_unit_id_pk" PRIMARY KEY("polling_area_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "polling_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"election_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"voter_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voter_info_texts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_district_id_electoral_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."electoral_districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_milestones" ADD CONSTRAINT "election_milestones_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_results" ADD CONSTRAINT "election_results_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_results" ADD CONSTRAINT "election_results_district_id_electoral_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."electoral_districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_results" ADD CONSTRAINT "election_results_polling_area_id_polling_areas_id_fk" FOREIGN KEY ("polling_area_id") REFERENCES "public"."polling_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_districts" ADD CONSTRAINT "electoral_districts_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "electoral_districts" ADD CONSTRAINT "electoral_districts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polling_area_villages" ADD CONSTRAINT "polling_area_villages_polling_area_id_polling_areas_id_fk" FOREIGN KEY ("polling_area_id") REFERENCES "public"."polling_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polling_area_villages" ADD CONSTRAINT "polling_area_villages_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polling_areas" ADD CONSTRAINT "polling_areas_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polling_areas" ADD CONSTRAINT "polling_areas_district_id_electoral_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."electoral_districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polling_areas" ADD CONSTRAINT "polling_areas_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voter_info_texts" ADD CONSTRAINT "voter_info_texts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_idx" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "candidates_district_idx" ON "candidates" USING btree ("district_id","sort");--> statement-breakpoint
CREATE INDEX "election_milestones_election_idx" ON "election_milestones" USING btree ("election_id","due_on");--> statement-breakpoint
CREATE INDEX "election_results_district_idx" ON "election_results" USING btree ("district_id");--> statement-breakpoint
CREATE UNIQUE INDEX "elections_slug_idx" ON "elections" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "elections_path_idx" ON "elections" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "electoral_districts_name_idx" ON "electoral_districts" USING btree ("election_id","name");--> statement-breakpoint
CREATE INDEX "electoral_districts_path_idx" ON "electoral_districts" USING btree ("unit_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "polling_area_villages_unit_idx" ON "polling_area_villages" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "polling_areas_name_idx" ON "polling_areas" USING btree ("district_id","name");--> statement-breakpoint
CREATE INDEX "polling_areas_election_idx" ON "polling_areas" USING btree ("election_id");--> statement-breakpoint
CREATE UNIQUE INDEX "voter_info_texts_unit_key_idx" ON "voter_info_texts" USING btree ("unit_id","key");