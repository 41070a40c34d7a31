import { foldVietnamese } from '../domain/shared/text';

export interface Place {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  path: string;
}

interface Entry extends Place {
  folded: string;
  rank: number;
}

const KIND_RANK: Record<string, number> = {
  nation: 0,
  province: 1,
  district: 2,
  commune: 3,
  village: 4,
};

/**
 * Every place in memory, for search as one types ("ka long", "cam binh") and for the
 * province → commune → village lists: a scan of ~100,000 folded names takes a few milliseconds.
 */
export class PlaceIndex {
  private readonly byId = new Map<string, Entry>();
  private readonly children = new Map<string, Entry[]>();
  private readonly entries: Entry[];

  constructor(places: Array<Place & { shortName?: string | null }>) {
    this.entries = places.map((p) => ({
      id: p.id,
      parentId: p.parentId,
      name: p.name,
      kind: p.kind,
      path: p.path,
      folded: `${foldVietnamese(p.name)}|${p.shortName ? foldVietnamese(p.shortName) : ''}`,
      rank: KIND_RANK[p.kind] ?? 5,
    }));
    for (const e of this.entries) {
      this.byId.set(e.id, e);
      if (e.parentId) {
        const list = this.children.get(e.parentId) ?? [];
        list.push(e);
        this.children.set(e.parentId, list);
      }
    }
    const collator = new Intl.Collator('vi', { numeric: true });
    for (const list of this.children.values())
      list.sort((a, b) => collator.compare(a.name, b.name));
  }

  get size(): number {
    return this.entries.length;
  }

  get(id: string): Place | undefined {
    return this.byId.get(id);
  }

  childrenOf(id: string): Place[] {
    return this.children.get(id) ?? [];
  }

  roots(): Place[] {
    return this.entries.filter((e) => e.parentId === null);
  }

  /** The place and its ancestors, root first. */
  trail(id: string): Place[] {
    const out: Place[] = [];
    for (let p = this.byId.get(id); p; p = p.parentId ? this.byId.get(p.parentId) : undefined)
      out.unshift(p);
    return out;
  }

  /** Places whose name contains every word of the query, folded; larger places first. */
  search(query: string, limit = 20): Place[] {
    const words = foldVietnamese(query).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    const phrase = words.join(' ');
    const hits: Array<{ e: Entry; score: number }> = [];
    for (const e of this.entries) {
      if (e.rank === 0 || !words.every((w) => e.folded.includes(w))) continue;
      const exact = e.folded.includes(phrase) ? 0 : 10;
      hits.push({ e, score: exact + e.rank });
      if (hits.length > 2000) break;
    }
    return hits
      .sort((a, b) => a.score - b.score || a.e.name.localeCompare(b.e.name, 'vi'))
      .slice(0, limit)
      .map((h) => h.e);
  }
}
