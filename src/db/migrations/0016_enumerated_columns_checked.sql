-- Every column that holds one of the domain's codes (a status, a kind, a channel, a role…)
-- accepts only those codes, so no writer (a script, a seed, a repository's raw SQL) can store one
-- the application cannot read. The lists come from src/db/schema/enumerated.ts.
ALTER TABLE "units" ADD CONSTRAINT "units_kind_check" CHECK ("units"."kind" in ('nation', 'province', 'district', 'commune', 'village', 'agency', 'group'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("users"."role" in ('admin', 'leader', 'officer', 'viewer'));--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_entity_check" CHECK ("audit_log"."entity" in ('activity', 'activity_category', 'broadcast_slot', 'calendar_feed', 'candidate', 'certificate', 'claim', 'content', 'demo', 'election', 'election_milestone', 'election_result', 'electoral_district', 'group_member', 'milestone_completion', 'plan', 'play', 'register', 'report', 'session', 'station', 'unit', 'user', 'voter_info'));--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_action_check" CHECK ("audit_log"."action" in ('create', 'update', 'delete', 'login', 'logout', 'import', 'restore', 'status', 'rotate_token', 'done', 'reopen', 'regroup', 'publish', 'publish_candidates', 'publish_results', 'import_polling_areas', 'enter', 'distribute', 'approve', 'acknowledge', 'read', 'recall'));--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_status_check" CHECK ("plans"."status" in ('draft', 'submitted', 'issued', 'closed'));--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_status_check" CHECK ("register_entries"."status" in ('reserved', 'used'));--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_channel_check" CHECK ("tasks"."channel" in ('radio', 'loudspeaker', 'television', 'press', 'web_portal', 'social_media', 'bulletin_board', 'visual', 'print', 'mobile_vehicle', 'meeting', 'internal_messaging', 'sms', 'cultural_event', 'other'));--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_kind_check" CHECK ("tasks"."kind" in ('once', 'recurring'));--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_recurrence_per_check" CHECK ("tasks"."recurrence_per" in ('week', 'month'));--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_channel_check" CHECK ("activities"."channel" in ('radio', 'loudspeaker', 'television', 'press', 'web_portal', 'social_media', 'bulletin_board', 'visual', 'print', 'mobile_vehicle', 'meeting', 'internal_messaging', 'sms', 'cultural_event', 'other'));--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_source_check" CHECK ("activities"."source" in ('manual', 'import', 'broadcast', 'publication', 'correction', 'document'));--> statement-breakpoint
ALTER TABLE "task_periods" ADD CONSTRAINT "task_periods_kind_check" CHECK ("task_periods"."kind" in ('week', 'month', 'once'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_kind_check" CHECK ("reports"."kind" in ('weekly', 'phase', 'final'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_status_check" CHECK ("reports"."status" in ('draft', 'submitted', 'accepted', 'returned'));--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_type_check" CHECK ("elections"."type" in ('NA_HDND', 'VILLAGE_HEAD', 'OTHER'));--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_vote_denominator_check" CHECK ("elections"."vote_denominator" in ('present', 'households'));--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_voter_basis_check" CHECK ("elections"."voter_basis" in ('households', 'voters'));--> statement-breakpoint
ALTER TABLE "voter_info_texts" ADD CONSTRAINT "voter_info_texts_key_check" CHECK ("voter_info_texts"."key" in ('rights_duties', 'how_to_vote'));--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_kind_check" CHECK ("content_items"."kind" in ('audio', 'article', 'poster', 'slogans', 'video', 'legal', 'qa'));--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_status_check" CHECK ("content_items"."status" in ('draft', 'approved', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "broadcast_slots" ADD CONSTRAINT "broadcast_slots_priority_check" CHECK ("broadcast_slots"."priority" in ('normal', 'priority', 'emergency'));--> statement-breakpoint
ALTER TABLE "broadcast_slots" ADD CONSTRAINT "broadcast_slots_repeat_check" CHECK ("broadcast_slots"."repeat" in ('once', 'daily', 'weekly', 'monthly'));--> statement-breakpoint
ALTER TABLE "plays" ADD CONSTRAINT "plays_source_check" CHECK ("plays"."source" in ('operator', 'device'));--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_kind_check" CHECK ("stations"."kind" in ('radio', 'loudspeaker_cluster', 'smart_speaker'));--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_platform_check" CHECK ("claims"."platform" in ('facebook', 'zalo', 'tiktok', 'youtube', 'website', 'press', 'word_of_mouth', 'other'));--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_status_check" CHECK ("claims"."status" in ('new', 'verifying', 'false', 'misleading', 'true', 'not_election', 'corrected', 'closed'));--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_verdict_check" CHECK ("claims"."verdict" in ('false', 'misleading', 'true', 'not_election'));--> statement-breakpoint
ALTER TABLE "reporting_duties" ADD CONSTRAINT "reporting_duties_frequency_check" CHECK ("reporting_duties"."frequency" in ('weekly'));--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_kind_check" CHECK ("issued_documents"."kind" in ('plan', 'phase_report', 'final_report'));--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_status_check" CHECK ("issued_documents"."status" in ('pending', 'ready', 'failed'));