import type { Db } from '../../src/db/db';
import type { MailMessage } from '../../src/domain/notifications/notifications.port';
import { sendWaitingMail } from '../../src/jobs/mail.job';

/**
 * An SMTP server's side of the mail (the edge of the system): `mailer` keeps what it is given in
 * `sent`. Mail is queued by the changes and sent by the mail worker, so a test runs the worker's
 * pass (`deliver`) before it reads `sent`.
 */
export function keptMail(db: () => Db) {
  const sent: MailMessage[] = [];
  const mailer = { send: async (m: MailMessage) => void sent.push(m) };
  const deliver = async (): Promise<MailMessage[]> => {
    await sendWaitingMail(db(), mailer, { warn: () => undefined });
    return sent;
  };
  return { sent, mailer, deliver };
}
