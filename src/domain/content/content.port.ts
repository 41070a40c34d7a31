import type { ContentItem, ContentKind, ContentRecipient, ContentStatus } from './content';

export interface ContentListItem extends ContentItem {
  unitName: string;
  /** For the viewer's own unit when it is a recipient: whether it acknowledged. */
  received: { acknowledgedAt: Date | null } | null;
  recipients: number;
  acknowledged: number;
}

export interface ContentQuery {
  /** Items of units at or below this path… */
  withinPath: string;
  /** …and items sent to the viewer's unit or a unit above it (ids from the viewer's path). */
  receivedByIds: string[];
  /** …and approved items of these units (a station's units above it, whose items it may play). */
  ownedByIds?: string[];
  /** The viewer's own unit, whose receipt (acknowledged or not) each item reports. */
  viewerUnitId: string;
  kind?: ContentKind;
  status?: ContentStatus;
  search?: string;
  limit: number;
  offset: number;
}

export interface RecipientListItem extends ContentRecipient {
  unitName: string;
}

/** One published article for the portal's news. */
export interface NewsItem {
  id: string;
  title: string;
  summary: string;
  body: string;
  unitId: string;
  unitName: string;
  publishedAt: Date;
  claimId: string | null;
}

/** The state a transition depends on; every field given must still hold when it writes. */
export interface ContentExpectation {
  status?: ContentStatus;
  version?: number;
  unpublished?: boolean;
  /** Added to the item's editors (once) by the same statement. */
  changedBy?: string;
}

/** Storage of the content library and its distribution; queries only, no rules. */
export interface ContentRepository {
  get(id: string): Promise<ContentItem | null>;
  find(query: ContentQuery): Promise<{ items: ContentListItem[]; total: number }>;
  insert(item: ContentItem): Promise<void>;
  /**
   * Writes the patch and bumps the version, only while the row still matches `expect` (status,
   * version, not yet published): null when it does not, so a transition never acts on a state its
   * actor did not see. `changedBy` joins the item's editors in the same statement.
   */
  update(
    id: string,
    patch: Partial<Omit<ContentItem, 'version' | 'editors'>>,
    at: Date,
    expect?: ContentExpectation,
  ): Promise<ContentItem | null>;
  /** The item locked for the rest of the transaction, when it still matches `expect`; else null. */
  lockIf(id: string, expect: ContentExpectation): Promise<ContentItem | null>;
  /** Removes a draft nothing was sent or played from; a claim it corrected points at none. */
  delete(id: string): Promise<void>;
  /** Adds recipients, skipping units that already have the item; returns those added. */
  addRecipients(rows: ContentRecipient[]): Promise<ContentRecipient[]>;
  recipient(contentId: string, unitId: string): Promise<ContentRecipient | null>;
  /** Recipients at or below `withinPath`, with their unit names, unacknowledged first. */
  recipients(contentId: string, withinPath: string): Promise<RecipientListItem[]>;
  /** True when the item was sent to one of these units (a unit on the viewer's path). */
  receivedByAny(contentId: string, unitIds: string[]): Promise<boolean>;
  /** Marks the receipt acknowledged unless it already was; true when this call did it. */
  acknowledge(contentId: string, unitId: string, by: string, at: Date): Promise<boolean>;
  /** Published articles on the news of these units, or of any unit at or below `withinPath`. */
  publishedNews(query: {
    unitIds?: string[];
    withinPath?: string;
    limit: number;
  }): Promise<NewsItem[]>;
  getNews(id: string): Promise<NewsItem | null>;
}

/** Where files live: a local folder by default, S3-compatible storage when configured. */
/** A stored file's bytes as a stream, read once, with its length. */
export interface FileStream {
  size: number;
  body: AsyncIterable<Uint8Array>;
}

/**
 * Where uploaded files live (a local folder, an S3 bucket). Large files go through the stream
 * methods, so a 100 MB video is never held whole in memory. Throws storage_full when full.
 */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, mediaType: string): Promise<void>;
  /** Stores exactly `size` bytes read from `body`; nothing is kept if the stream fails. */
  putStream(key: string, file: FileStream, mediaType: string): Promise<void>;
  /** The bytes under `key`, or null when there is no such file. */
  get(key: string): Promise<Uint8Array | null>;
  /** The file under `key` as a stream, or null when there is no such file. */
  open(key: string): Promise<FileStream | null>;
  delete(key: string): Promise<void>;
}

/** A text-to-speech engine (espeak-ng where installed; better engines plug in here). */
export interface SpeechSynthesizer {
  /** The engine's name, shown next to machine-read audio. */
  readonly name: string;
  /** Whether the engine can run on this server, and why not when it cannot. */
  status(): Promise<{ available: boolean; reason: string | null }>;
  /** A WAV file of `text` read in `language` (BCP 47, e.g. "vi"). */
  synthesize(text: string, language: string): Promise<Uint8Array>;
}
