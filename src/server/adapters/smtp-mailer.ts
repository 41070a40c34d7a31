import nodemailer from 'nodemailer';
import type { Mailer } from '../../domain/notifications/notifications.port';

/** E-mail through SMTP; only built when SMTP_URL is configured. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    send: async (m) => {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}
