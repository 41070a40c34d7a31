import { sql } from 'drizzle-orm';
import type { InboxItem, InboxRepository } from '../../domain/documents/documents.port';
import { ISSUED_PLAN_STATUSES, planNumberText } from '../../domain/plans/plan';
import type { Db } from '../db';
import { queryRows } from '../query-rows';

/** What both kinds of incoming document read: the item, its receipt, and the counts of all. */
type Received = {
  id: string;
  issued_on: string;
  title: string;
  unit_id: string;
  issuer_name: string;
  pdf_status: InboxItem['pdfStatus'];
  signed_by: string | null;
  received_at: Date | string | null;
  received_by_name: string | null;
  total: number;
  unread: number;
};
type Row = Received & { number: number | null; body_code: string };
type SummaryRow = Received & { kind: 'phase_report' | 'final_report'; number_text: string };

/** One page of items with the counts over all of them (the window counts ride on each row). */
function page<R extends Received>(
  rows: R[],
  item: (r: R) => Pick<InboxItem, 'kind' | 'numberText'>,
): { items: InboxItem[]; total: number; unread: number } {
  return {
    total: rows[0]?.total ?? 0,
    unread: rows[0]?.unread ?? 0,
    items: rows.map((r) => ({
      ...item(r),
      entityId: r.id,
      issuedOn: r.issued_on,
      title: r.title,
      issuerId: r.unit_id,
      issuerName: r.issuer_name,
      pdfStatus: r.pdf_status,
      signedBy: r.signed_by,
      receivedAt: r.received_at === null ? null : new Date(r.received_at),
      receivedByName: r.received_by_name,
    })),
  };
}

/**
 * A unit's incoming documents. Plans: those that gave it a task or name it in "Nơi nhận" (as
 * planRecipientIds counts them), read with their receipt and their signed PDF's state.
 */
export function inboxRepository(db: Db): InboxRepository {
  return {
    async received(unitId, limit) {
      const named = JSON.stringify([{ unitId }]);
      const rows = await queryRows<Row>(
        db,
        // The plans sent to the unit, found by the two indexes (its tasks, its Nơi nhận) rather
        // than by reading every issued plan of the country.
        sql`with sent as (
              select t.plan_id as id from tasks t where t.assignee_unit_id = ${unitId}
              union
              select r.id from plans r where r.recipients @> ${named}::jsonb
            )
            select p.id, p.number, p.body_code, p.issued_on::text as issued_on, p.title,
              p.unit_id, u.name as issuer_name, d.status as pdf_status, d.signed_by,
              a.acknowledged_at as received_at, usr.display_name as received_by_name,
              count(*) over ()::int as total,
              (count(*) filter (where a.acknowledged_at is null) over ())::int as unread
            from sent
            join plans p on p.id = sent.id
            join units u on u.id = p.unit_id
            left join issued_documents d on d.kind = 'plan' and d.entity_id = p.id
            left join plan_acknowledgements a on a.plan_id = p.id and a.unit_id = ${unitId}
            left join users usr on usr.id = a.acknowledged_by
            where p.status in (${sql.join(
              ISSUED_PLAN_STATUSES.map((s) => sql`${s}`),
              sql`, `,
            )}) and p.unit_id <> ${unitId}
            order by p.issued_on desc, p.number desc
            limit ${limit}`,
      );
      const reports = await summariesTo(db, unitId, limit);
      const plans = page(rows, (r) => ({
        kind: 'plan',
        numberText: planNumberText({ number: r.number, bodyCode: r.body_code }) ?? '',
      }));
      return {
        total: plans.total + reports.total,
        unread: plans.unread + reports.unread,
        items: [...plans.items, ...reports.items]
          .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))
          .slice(0, limit),
      };
    },
  };
}

/**
 * The sơ kết and tổng kết issued by the units right below: each goes to the unit above (b/c), and its
 * reading by a unit above (reports.read_at, ADR 24) is its receipt.
 */
async function summariesTo(
  db: Db,
  unitId: string,
  limit: number,
): Promise<{ items: InboxItem[]; total: number; unread: number }> {
  const rows = await queryRows<SummaryRow>(
    db,
    sql`select r.id, d.kind, d.number_text, d.issued_on::text as issued_on, d.title, r.unit_id,
          u.name as issuer_name, d.status as pdf_status, d.signed_by,
          r.read_at as received_at, usr.display_name as received_by_name,
          count(*) over ()::int as total,
          (count(*) filter (where r.read_at is null) over ())::int as unread
        from issued_documents d
        join reports r on r.id = d.entity_id
        join units u on u.id = r.unit_id
        left join users usr on usr.id = r.read_by
        where d.kind in ('phase_report', 'final_report') and u.parent_id = ${unitId}
        order by d.issued_on desc
        limit ${limit}`,
  );
  return page(rows, (r) => ({ kind: r.kind, numberText: r.number_text }));
}
