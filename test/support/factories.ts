// Test data built through the same use cases people go through, one module per business area in
// factories/; re-exported here so tests import every factory from one place.
export { actingAs, actorOf, buildUser } from './factories/accounts';
export { buildActivity, type ActivityOverrides } from './factories/activities';
export { buildStation, type BuiltStation, type StationOverrides } from './factories/broadcasts';
export { buildSlot, type SlotOverrides } from './factories/broadcasts';
export {
  buildClaim,
  buildCorrection,
  type BuiltClaimStatus,
  type ClaimOverrides,
} from './factories/claims';
export {
  buildContent,
  sampleFileFor,
  type ContentOverrides,
  type SampleFile,
} from './factories/content';
export {
  buildCandidate,
  buildElection,
  buildPolling,
  buildResult,
  sundayAhead,
  type BuiltPolling,
  type BuiltElection,
  type ElectionOverrides,
} from './factories/elections';
export {
  buildPlan,
  weeklyLoudspeakerDuty,
  type BuiltPlanStatus,
  type PlanOverrides,
} from './factories/plans';
export { buildNews, type NewsOverrides } from './factories/portal';
export { buildCertificate, buildReport, type BuiltCertificate } from './factories/reports';
export { SAMPLE } from './factories/sequence';
export {
  buildCityWard,
  buildTree,
  TREE_LEVELS,
  type BuiltTree,
  type CityWard,
  type TreeLevel,
} from './factories/tree';
export { buildUnit } from './factories/units';
export { buildVoterWard, type VoterWard } from './factories/voter-ward';
export { buildWardAtWork, type WardAtWork } from './factories/ward-at-work';
