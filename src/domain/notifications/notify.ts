import type { Role } from '../accounts/access';
import type { Deps } from '../deps';
import type { Repos } from '../ports';
import type { MailMessage, Notification } from './notifications.port';

export interface NotifyInput {
  /** Every active user of these units is notified (optionally only some roles). */
  unitIds: string[];
  roles?: Role[];
  kind: string;
  title: string;
  body: string;
  link?: string | null;
}

/**
 * The one way capabilities notify people: writes in-app notifications inside the caller's
 * transaction and, when the installation sends e-mail, queues a copy to each recipient with an
 * address in the same transaction (see `queueMail`).
 */
export async function notifyUnits(
  repos: Pick<Repos, 'notifications' | 'outbox'>,
  deps: Pick<Deps, 'clock' | 'ids'> & Partial<Pick<Deps, 'mailer'>>,
  input: NotifyInput,
): Promise<void> {
  const users = await repos.notifications.recipientsOfUnits(input.unitIds, input.roles);
  const now = deps.clock.now();
  const items: Notification[] = users.map((u) => ({
    id: deps.ids.newId(),
    userId: u.id,
    kind: input.kind,
    title: input.title,
    body: input.body,
    link: input.link ?? null,
    createdAt: now,
    readAt: null,
  }));
  await repos.notifications.insertMany(items);
  await queueMail(
    repos,
    deps,
    users
      .filter((u): u is { id: string; email: string } => !!u.email)
      .map((u) => ({ to: u.email, subject: `[Loa] ${input.title}`, text: input.body })),
  );
}

/**
 * Queues e-mail in the caller's transaction when SMTP is configured: it leaves only if the change
 * commits, and a mail server that is down delays it instead of losing it. Nothing is queued on an
 * installation that sends no mail.
 */
export async function queueMail(
  repos: Pick<Repos, 'outbox'>,
  deps: Partial<Pick<Deps, 'mailer'>>,
  messages: MailMessage[],
): Promise<void> {
  if (deps.mailer && messages.length > 0) await repos.outbox.enqueue(messages);
}
