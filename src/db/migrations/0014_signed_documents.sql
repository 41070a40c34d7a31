CREATE TABLE "issued_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"number_text" text NOT NULL,
	"issued_on" date NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"file_key" text,
	"signed_by" text,
	"signed_at" timestamp with time zone,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trusted_roots" (
	"fingerprint" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"pem" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_certificates" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"sealed" "bytea" NOT NULL,
	"subject" text NOT NULL,
	"organization" text,
	"issuer" text NOT NULL,
	"serial" text NOT NULL,
	"fingerprint" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"seal_png" "bytea",
	"signature_png" "bytea",
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_certificates" ADD CONSTRAINT "unit_certificates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "issued_documents_entity_idx" ON "issued_documents" USING btree ("kind","entity_id");--> statement-breakpoint
CREATE INDEX "issued_documents_status_idx" ON "issued_documents" USING btree ("status");--> statement-breakpoint
CREATE INDEX "plans_recipients_idx" ON "plans" USING gin ("recipients" jsonb_path_ops);