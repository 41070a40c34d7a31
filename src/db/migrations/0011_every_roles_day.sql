CREATE TABLE "idempotency_keys" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"method" text NOT NULL,
	"route" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer,
	"response_body" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "read_by" uuid;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Sibling names become unique. A database that already holds two siblings of one name (it was
-- accepted before) would refuse the index and stop the upgrade; the later ones get " (trùng tên N)"
-- appended, visibly, so their officers can rename them, rather than the server not starting.
WITH folded AS (
	SELECT "id", row_number() OVER (
		PARTITION BY "parent_id", translate(lower("name"), 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')
		ORDER BY "created_at", "id") AS "n"
	FROM "units"
)
UPDATE "units" SET "name" = "units"."name" || ' (trùng tên ' || folded."n" || ')'
FROM folded WHERE folded."id" = "units"."id" AND folded."n" > 1;--> statement-breakpoint
CREATE UNIQUE INDEX "units_sibling_name_idx" ON "units" USING btree ("parent_id",translate(lower("name"), 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'));--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_quantity_check" CHECK ("activities"."quantity" >= 1);--> statement-breakpoint
ALTER TABLE "election_results" ADD CONSTRAINT "election_results_counts_check" CHECK ("election_results"."voters_listed" >= 0 and "election_results"."ballots_issued" >= 0 and "election_results"."valid" >= 0 and "election_results"."invalid" >= 0);--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_reach_check" CHECK ("claims"."reach" >= 0);