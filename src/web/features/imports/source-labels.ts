import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { ancestors } from './source-spans';

const LABELS: Record<string, MessageKey> = {
  number: 'imp.f.number',
  issued_date: 'imp.f.issuedOn',
  place: 'imp.f.place',
  issuer: 'imp.f.issuer',
  title: 'imp.f.title',
  election: 'imp.f.election',
  'election.term': 'imp.f.term',
  'election.election_date': 'imp.f.electionDate',
  bases: 'imp.f.bases',
  'period.from': 'imp.f.periodFrom',
  'period.to': 'imp.f.periodTo',
  phases: 'imp.f.phases',
  channels: 'imp.f.channels',
  assignments: 'imp.f.assignments',
  recipients: 'imp.f.recipients',
  signer: 'imp.f.signer',
  metrics: 'imp.s.figures',
};

/** The name of the field a source path fills, for the tooltip of its mark. */
export function sourceLabel(t: Translate, path: string): string {
  const key = ancestors(path)
    .map((p) => LABELS[p])
    .find((k) => k !== undefined);
  return key ? t(key) : path;
}
