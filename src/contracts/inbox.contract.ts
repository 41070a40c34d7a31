import { z } from 'zod';

export const InboxQuerySchema = z.strictObject({
  unitId: z.uuid().optional().describe('The receiving unit; the user’s own unit by default'),
});

export const InboxItemSchema = z.object({
  kind: z.enum(['plan', 'phase_report', 'final_report']),
  entityId: z.uuid(),
  numberText: z.string().describe('Number and symbol, e.g. 51/KH-UBND'),
  issuedOn: z.string(),
  title: z.string(),
  issuerId: z.uuid(),
  issuerName: z.string(),
  pdfStatus: z.enum(['pending', 'ready', 'failed']).nullable(),
  signedBy: z.string().nullable().describe('The certificate holder that signed the PDF'),
  receivedAt: z.string().nullable().describe('When the unit received it (opened it or confirmed)'),
  receivedByName: z.string().nullable(),
});
export type InboxItemResponse = z.infer<typeof InboxItemSchema>;

export const InboxResponseSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  items: z.array(InboxItemSchema).describe('Newest first, at most 200'),
  total: z.number().int(),
  unread: z.number().int().describe('Of all of them, those not yet received'),
});
export type InboxResponse = z.infer<typeof InboxResponseSchema>;
