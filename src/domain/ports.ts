import type { AccountsRepos } from './accounts/repos';
import type { AuditRepository } from './audit/audit.port';
import type { MailOutbox, NotificationRepository } from './notifications/notifications.port';
import type { UnitRepository } from './units/units.port';
import type { PlanRepository } from './plans/plans.port';
import type { RegisterRepository } from './registers/register.port';
import type { TaskRepository } from './tasks/tasks.port';
import type { ActivityRepository, CategoryRepository } from './activities/activities.port';
import type { ObligationRepository } from './obligations/obligations.port';
import type { ReportRepository } from './reports/reports.port';
import type { ReminderRepository } from './reminders/reminders.port';
import type { ContentRepository } from './content/content.port';
import type { BroadcastRepository } from './broadcasts/broadcasts.port';
import type { ClaimRepository } from './claims/claims.port';
import type { ElectionRepository } from './elections/elections.port';
import type { DutyRepository, GroupRepository } from './groups/groups.port';
import type { IdempotencyRepository } from './idempotency/idempotency.port';
import type { TodayRepository } from './today/today.port';
import type { PlanReceiptRepository } from './plans/plan-receipts.port';
import type {
  CertificateRepository,
  InboxRepository,
  IssuedDocumentRepository,
} from './documents/documents.port';

/** Every repository, bound to one executor: the pool, or one open transaction. */
export interface Repos extends AccountsRepos {
  units: UnitRepository;
  audit: AuditRepository;
  notifications: NotificationRepository;
  outbox: MailOutbox;
  plans: PlanRepository;
  registers: RegisterRepository;
  tasks: TaskRepository;
  activities: ActivityRepository;
  categories: CategoryRepository;
  obligations: ObligationRepository;
  reports: ReportRepository;
  content: ContentRepository;
  broadcasts: BroadcastRepository;
  claims: ClaimRepository;
  elections: ElectionRepository;
  groups: GroupRepository;
  duties: DutyRepository;
  idempotency: IdempotencyRepository;
  today: TodayRepository;
  planReceipts: PlanReceiptRepository;
  issuedDocuments: IssuedDocumentRepository;
  certificates: CertificateRepository;
  inbox: InboxRepository;
  reminders: ReminderRepository;
}

/**
 * Runs work in one database transaction: every write and its audit rows commit together or not at
 * all. A use case holds it narrowed to the repositories it names (`UnitOfWork<Pick<Repos, …>>`);
 * the one made at start-up hands every repository.
 */
export interface UnitOfWork<R = Repos> {
  transaction<T>(work: (repos: R) => Promise<T>): Promise<T>;
}
