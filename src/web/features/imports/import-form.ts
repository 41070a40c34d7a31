import type { PlanContentRequest } from '../../../contracts/plans.contract';
import type { Approx } from '../../../contracts/figures';
import { ALL_CHANNELS } from '../activities/activity-form';
import type { Channel } from '../plans/plan-labels';
import type { ImportDocumentResponse, RecordFiguresRequest } from './imports.api';

type Purpose = PlanContentRequest['recipients'][number]['purpose'];
export type ElectionType = 'NA_HDND' | 'VILLAGE_HEAD' | 'OTHER';

/**
 * What the review form holds: the extracted fields, each list item remembering `origin`, its
 * index in the extraction, so that its source span and its part of the plan draft can be found
 * after rows are removed.
 */
export interface ImportFormValues {
  number: string;
  issuedOn: string | null;
  place: string;
  issuer: string;
  title: string;
  election: { type: ElectionType | null; term: string; electionDate: string | null };
  bases: { origin: number | null; text: string }[];
  period: { from: string | null; to: string | null };
  phases: { origin: number | null; name: string; from: string | null; to: string | null }[];
  channels: Channel[];
  assignments: {
    origin: number | null;
    unitId: string | null;
    /** More units named with it ("Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông"). */
    unitIds: string[];
    unitName: string;
    tasks: string;
    frequency: string;
    deadline: string | null;
  }[];
  recipients: { origin: number | null; name: string; purpose: Purpose }[];
  signer: { authority: string; title: string; name: string };
  figures: {
    index: number;
    what: string;
    channel: Channel;
    /** Other channels of the same figure ("phát thanh, truyền hình"): recorded once. */
    extraChannels: Channel[];
    outlet: string | null;
    categoryCode: string | undefined;
    quantity: number | null;
    approx: boolean;
    /** How the document qualifies the number; null when it is exact. */
    qualifier: Approx | null | undefined;
  }[];
  occurredOn: string | null;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null;
const rec = (v: unknown): Rec => (isRec(v) ? v : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** Only whole dates fit a date picker; a month alone ("2022-04") stays visible in the text. */
const day = (v: unknown): string | null =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
const channel = (v: unknown): Channel | undefined => ALL_CHANNELS.find((c) => c === v);
const purpose = (v: unknown): Purpose => (v === 'b/c' || v === 't/h' || v === 'p/h' ? v : null);
const electionType = (v: unknown): ElectionType | null =>
  v === 'NA_HDND' || v === 'VILLAGE_HEAD' || v === 'OTHER' ? v : null;

/** The form's starting values from what the API read. */
export function toFormValues(r: ImportDocumentResponse, today: string): ImportFormValues {
  const x = r.extraction;
  const election = rec(x.election);
  const period = rec(x.period);
  const signer = rec(x.signer);
  const draft = r.planDraft.assignments ?? [];
  const issuedOn = day(x.issued_date);
  return {
    number: str(x.number),
    issuedOn,
    place: str(x.place),
    issuer: str(x.issuer),
    title: str(x.title),
    election: {
      type: electionType(election.type),
      term: str(election.term),
      electionDate: day(election.election_date),
    },
    bases: (Array.isArray(x.bases) ? x.bases : []).map((b, i) => ({ origin: i, text: str(b) })),
    period: { from: day(period.from), to: day(period.to) },
    phases: list(x.phases).map((p, i) => ({
      origin: i,
      name: str(p.name),
      from: day(p.from),
      to: day(p.to),
    })),
    channels: (Array.isArray(x.channels) ? x.channels : []).flatMap((c) => channel(c) ?? []),
    assignments: list(x.assignments).map((a, i) => ({
      origin: i,
      unitId: draft[i]?.unitId ?? null,
      unitIds: draft[i]?.unitIds ?? [],
      unitName: str(a.unit),
      tasks: (Array.isArray(a.tasks) ? a.tasks : []).map(str).join('\n'),
      frequency: str(a.frequency),
      deadline: day(a.deadline),
    })),
    recipients: list(x.recipients).map((p, i) => ({
      origin: i,
      name: str(p.name),
      purpose: purpose(p.purpose),
    })),
    signer: { authority: str(signer.authority), title: str(signer.title), name: str(signer.name) },
    figures: r.figures.map((f) => ({ ...f, categoryCode: f.categoryCode || undefined })),
    occurredOn: issuedOn ?? today,
  };
}

type Assignment = PlanContentRequest['assignments'][number];
type ImportedAssignment = ImportFormValues['assignments'][number];

/**
 * A reviewed assignment as the plan takes it. Each task the reviewer kept as read keeps what the
 * draft found for its own bullet (its channel, its frequency: only the loudspeaker bullet is
 * weekly); a frequency typed over the document's applies to every task of the unit.
 */
function toAssignment(a: ImportedAssignment, r: ImportDocumentResponse): Assignment {
  const original = a.origin === null ? undefined : r.planDraft.assignments?.[a.origin];
  const read = a.origin === null ? undefined : list(rec(r.extraction).assignments)[a.origin];
  const frequency = a.frequency.trim();
  const retyped = frequency !== str(read?.frequency).trim();
  const texts = a.tasks.split('\n').map((s) => s.trim());
  const kept = texts.filter(Boolean);
  // The units chosen, each once; the first leads when the reviewer cleared the one read first.
  const [unitId = null, ...more] = [
    ...new Set([a.unitId, ...a.unitIds].filter((id): id is string => !!id)),
  ];
  return {
    // An assignment without a unit in Loa keeps the document's name; the editor can link it later.
    unitId,
    ...(more.length ? { unitIds: more } : {}),
    unitName: a.unitName.trim(),
    tasks: (kept.length ? kept : ['']).map((text) => {
      const drafted = original?.tasks.find((t) => t.text === text);
      const frequencyText = retyped ? frequency || null : (drafted?.frequencyText ?? null);
      return {
        text,
        channel: drafted?.channel ?? null,
        frequencyText,
        recurrence: !retyped && !a.deadline ? (drafted?.recurrence ?? null) : null,
        deadline: a.deadline,
        target: null,
      };
    }),
  };
}

/** The reviewed fields laid over the API's plan draft, ready for POST /plans. */
export function toPlanContent(
  v: ImportFormValues,
  r: ImportDocumentResponse,
): Partial<PlanContentRequest> {
  const draft = r.planDraft;
  const { from, to } = v.period;
  const signer = { authority: v.signer.authority, position: v.signer.title, name: v.signer.name };
  return {
    ...draft,
    title: v.title.trim(),
    ...(v.place.trim() ? { place: v.place.trim() } : {}),
    bases: v.bases
      .filter((b) => b.text.trim())
      .map((b) => ({
        text: b.text.trim(),
        planId: b.origin === null ? null : (draft.bases?.[b.origin]?.planId ?? null),
      })),
    channels: [...new Set(v.channels)],
    periodFrom: from,
    periodTo: to && (!from || to >= from) ? to : null,
    // A plan's phases need both dates; the others stay in the document's text.
    phases: v.phases.flatMap((p) =>
      p.name.trim() && p.from && p.to && p.to >= p.from
        ? [{ name: p.name.trim(), from: p.from, to: p.to, peak: /cao điểm/i.test(p.name) }]
        : [],
    ),
    assignments: v.assignments
      .filter((a) => a.unitName.trim() || a.unitId)
      .map((a) => toAssignment(a, r)),
    recipients: v.recipients
      .filter((p) => p.name.trim())
      .map((p) => ({ name: p.name.trim(), purpose: p.purpose, unitId: null })),
    ...(Object.values(signer).some((s) => s.trim()) ? { signer } : {}),
  };
}

/** The figures as POST /imports/figures takes them. */
export function toFiguresRequest(
  v: ImportFormValues,
  r: ImportDocumentResponse,
  unitId: string,
): RecordFiguresRequest {
  return {
    unitId,
    occurredOn: v.occurredOn ?? '',
    documentHash: r.documentHash,
    fileName: r.fileName,
    figures: v.figures.map((f) => ({
      index: f.index,
      channel: f.channel,
      // The main channel may have been changed to one listed as extra: it is then the main one.
      extraChannels: f.extraChannels.filter((c) => c !== f.channel),
      outlet: f.outlet?.trim() || null,
      approx: f.qualifier ?? null,
      categoryCode: f.categoryCode ?? '',
      quantity: f.quantity ?? 0,
      title: f.what.trim() || null,
    })),
  };
}
