/** A keyed request as first received, and its answer once there is one. */
export interface IdempotentRequest {
  userId: string;
  key: string;
  method: string;
  route: string;
  requestHash: string;
  responseStatus: number | null;
  responseBody: string | null;
  createdAt: Date;
}

/** Where keyed requests are reserved and their first answers kept. */
export interface IdempotencyRepository {
  /** Reserves the key for this request; false when the user already used the key. */
  reserve(row: Omit<IdempotentRequest, 'responseStatus' | 'responseBody'>): Promise<boolean>;
  find(userId: string, key: string): Promise<IdempotentRequest | null>;
  /** Takes over a reservation whose request never answered (its instance died) created before `staleBefore`. */
  retake(
    row: Omit<IdempotentRequest, 'responseStatus' | 'responseBody'>,
    staleBefore: Date,
  ): Promise<boolean>;
  complete(userId: string, key: string, status: number, body: string): Promise<void>;
  /** Frees the key of a request that was refused, so it can be sent again corrected. */
  release(userId: string, key: string): Promise<void>;
}
