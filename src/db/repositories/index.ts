import type { Repos, UnitOfWork } from '../../domain/ports';
import { outboxRepository } from './outbox.repository';
import type { Db } from '../database';
import { sessionRepository, userRepository } from './account.repository';
import { auditRepository } from './audit.repository';
import { notificationRepository } from './notification.repository';
import { unitRepository } from './unit.repository';
import { planRepository } from './plan.repository';
import { registerRepository } from './register.repository';
import { taskRepository } from './task.repository';
import { activityRepository, categoryRepository } from './activity.repository';
import { obligationRepository } from './obligation.repository';
import { reportRepository } from './report.repository';
import { contentRepository } from './content.repository';
import { broadcastRepository } from './broadcast.repository';
import { claimRepository } from './claim.repository';
import { electionRepository } from './election.repository';
import { dutyRepository, groupRepository } from './group.repository';
import { idempotencyRepository } from './idempotency.repository';
import { todayRepository } from './today.repository';
import { planReceiptRepository } from './plan-receipt.repository';
import { certificateRepository, issuedDocumentRepository } from './document.repository';
import { inboxRepository } from './inbox.repository';
import { reminderRepository } from './reminder.repository';

/** Every repository bound to one executor (the database or an open transaction). */
export function makeRepos(db: Db): Repos {
  return {
    units: unitRepository(db),
    users: userRepository(db),
    sessions: sessionRepository(db),
    audit: auditRepository(db),
    notifications: notificationRepository(db),
    outbox: outboxRepository(db),
    plans: planRepository(db),
    registers: registerRepository(db),
    tasks: taskRepository(db),
    activities: activityRepository(db),
    categories: categoryRepository(db),
    obligations: obligationRepository(db),
    reports: reportRepository(db),
    content: contentRepository(db),
    broadcasts: broadcastRepository(db),
    claims: claimRepository(db),
    elections: electionRepository(db),
    groups: groupRepository(db),
    duties: dutyRepository(db),
    idempotency: idempotencyRepository(db),
    today: todayRepository(db),
    planReceipts: planReceiptRepository(db),
    issuedDocuments: issuedDocumentRepository(db),
    certificates: certificateRepository(db),
    inbox: inboxRepository(db),
    reminders: reminderRepository(db),
  };
}

export function makeUnitOfWork(db: Db): UnitOfWork {
  return {
    transaction: (work) => db.transaction((tx) => work(makeRepos(tx as unknown as Db))),
  };
}
