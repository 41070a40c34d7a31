import type { Repos } from '../domain/ports';
import { civilDate } from '../domain/shared/dates';

const HOUR = 3_600_000;
// Vietnam is UTC+7 all year: 07:00 there is 00:00 UTC.
const SEND_FROM_HOUR_UTC = 0;

/**
 * Once a day from 07:00 in Vietnam, one e-mail per user with an address and unread notifications
 * of the last day, listing them, queued for sending. Only runs when SMTP is configured (the caller checks), and marks
 * each user and day so no one gets two digests.
 */
export async function runMailDigest(
  repos: Pick<Repos, 'reminders' | 'outbox'>,
  now: Date,
): Promise<{ queued: number }> {
  if (now.getUTCHours() < SEND_FROM_HOUR_UTC) return { queued: 0 };
  const day = civilDate(now);
  const rows = await repos.reminders.unreadForDigest(new Date(now.getTime() - 24 * HOUR));
  const byUser = new Map<string, { email: string; lines: string[] }>();
  for (const r of rows) {
    const entry = byUser.get(r.userId) ?? { email: r.email, lines: [] };
    entry.lines.push(`- ${r.title}${r.body ? `: ${r.body}` : ''}`);
    byUser.set(r.userId, entry);
  }
  const mail: Array<{ to: string; subject: string; text: string }> = [];
  for (const [userId, { email, lines }] of byUser) {
    if (!(await repos.reminders.markOnce('mail-digest', `${day}:${userId}`, now))) continue;
    mail.push({
      to: email,
      subject: `[Loa] ${lines.length} thông báo mới ngày ${day.split('-').reverse().join('/')}`,
      text: `Thông báo chưa đọc trong ngày qua:\n\n${lines.join('\n')}\n\nXem chi tiết trong Loa.`,
    });
  }
  // Queued in the transaction that marked each user's day: marked and queued, or neither.
  await repos.outbox.enqueue(mail);
  return { queued: mail.length };
}
