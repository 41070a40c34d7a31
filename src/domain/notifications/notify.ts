import type { Role } from '../accounts/access';
import type { Deps } from '../deps';
import type { Repos } from '../ports';
import type { Notification } from './notifications.port';

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
 * transaction and returns the e-mails to send once it commits (see `deliverMail`).
 */
export async function notifyUnits(
  repos: Pick<Repos, 'notifications'>,
  deps: Pick<Deps, 'clock' | 'ids'>,
  input: NotifyInput,
): Promise<Array<{ to: string; subject: string; text: string }>> {
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
  return users
    .filter((u): u is { id: string; email: string } => !!u.email)
    .map((u) => ({ to: u.email, subject: `[Loa] ${input.title}`, text: input.body }));
}

/** Sends mail after commit when SMTP is configured; a failed send never undoes the notification. */
export async function deliverMail(
  deps: Pick<Deps, 'mailer'>,
  messages: Array<{ to: string; subject: string; text: string }>,
  onError: (error: unknown) => void,
): Promise<void> {
  if (!deps.mailer) return;
  for (const m of messages) {
    try {
      await deps.mailer.send(m);
    } catch (error) {
      onError(error);
    }
  }
}
