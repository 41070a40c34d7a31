/** Kinds of outreach material (tài liệu tuyên truyền) a unit prepares and sends down the tree. */
export const CONTENT_KINDS = [
  'audio',
  'article',
  'poster',
  'slogans',
  'video',
  'legal',
  'qa',
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** draft: being prepared; approved: a leader (not the author) let it go out; withdrawn: no longer used. */
export const CONTENT_STATUSES = ['draft', 'approved', 'withdrawn'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/** The stored file of an item: kept through the storage port under `key`. */
export interface ContentFile {
  key: string;
  name: string;
  mediaType: string;
  size: number;
  /** Read from the file itself for audio; null for other kinds or when it cannot be read. */
  durationSeconds: number | null;
}

/** One item of the content library. */
export interface ContentItem {
  id: string;
  unitId: string;
  unitPath: string;
  kind: ContentKind;
  title: string;
  summary: string;
  themes: string[];
  electionId: string | null;
  validFrom: string | null;
  validUntil: string | null;
  /** Always Vietnamese; `minorityLanguage` names an ethnic-minority version where there is one. */
  language: 'vi';
  minorityLanguage: string | null;
  /** Text of an article, slogan list or Q&A (plain text, paragraphs separated by blank lines). */
  body: string;
  file: ContentFile | null;
  /** Made by a speech engine from text, and said so wherever it is played or listed. */
  machineRead: boolean;
  status: ContentStatus;
  approvedBy: string | null;
  approvedAt: Date | null;
  /** Set when an article is on the portal's news of `publishedUnitId`. */
  publishedAt: Date | null;
  publishedUnitId: string | null;
  /** The claim this item corrects (a correction is an article like any other). */
  claimId: string | null;
  createdBy: string;
  /** Everyone who wrote or changed this version (file uploads included): four eyes exclude them. */
  editors: string[];
  /** Bumped by every write; a transition names the version it acts on (compare-and-set). */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** True when `userId` wrote or changed the item as it stands, so may not approve or publish it. */
export const hasChanged = (item: Pick<ContentItem, 'createdBy' | 'editors'>, userId: string) =>
  item.createdBy === userId || item.editors.includes(userId);

/** A unit an item was sent to, and whether it has acknowledged it ("đã nhận"). */
export interface ContentRecipient {
  contentId: string;
  unitId: string;
  unitPath: string;
  fromUnitId: string;
  distributedBy: string;
  distributedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}

/** True when the item may be used on `day`: inside its validity dates. */
export const isValidOn = (
  item: Pick<ContentItem, 'validFrom' | 'validUntil'>,
  day: string,
): boolean =>
  (item.validFrom === null || item.validFrom <= day) &&
  (item.validUntil === null || day <= item.validUntil);

/** Kinds that may be published as news on the portal. */
export const PUBLISHABLE: ReadonlySet<ContentKind> = new Set<ContentKind>(['article', 'qa']);
