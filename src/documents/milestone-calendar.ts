import type { Election } from '../domain/elections/election';
import type { Milestone } from '../domain/elections/milestones';
import type { IcsEvent } from './ics';

/** Calendar events of elections' milestones; the uid stays the same when a date moves. */
export function milestoneEvents(elections: Election[], milestones: Milestone[]): IcsEvent[] {
  const byId = new Map(elections.map((e) => [e.id, e]));
  return milestones.flatMap((m) => {
    const e = byId.get(m.electionId);
    if (!e) return [];
    const details = [
      m.time,
      m.note,
      m.citation ? `Căn cứ: ${m.citation}` : null,
      m.doneAt ? 'Đã hoàn thành' : null,
    ]
      .filter(Boolean)
      .join(' — ');
    return [
      {
        uid: `${m.id}@loa`,
        title: elections.length > 1 ? `${m.title} (${e.name})` : m.title,
        date: m.dueOn,
        ...(details ? { description: details } : {}),
      },
    ];
  });
}
