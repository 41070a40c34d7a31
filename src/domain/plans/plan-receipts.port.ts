/** One unit's confirmation that an issued plan reached it. */
export interface PlanAcknowledgement {
  unitId: string;
  acknowledgedBy: string;
  acknowledgedByName: string | null;
  acknowledgedAt: Date;
}

/** Who an issued plan was sent to and who has confirmed receipt. */
export interface PlanReceiptRepository {
  /** The distinct units the plan's tasks were assigned to. */
  assigneeUnitIds(planId: string): Promise<string[]>;
  acknowledgements(planId: string): Promise<PlanAcknowledgement[]>;
  /** Records the unit's receipt; false when it was already recorded (the first one stands). */
  acknowledge(planId: string, unitId: string, userId: string, at: Date): Promise<boolean>;
}
