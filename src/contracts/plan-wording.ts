// How a plan prints, worded once on the server (domain/plans/plan-wording.ts): the web's preview
// draws the same lines the DOCX and PDF exports print.
export {
  planSymbol,
  planWording,
  proseBlocks,
  type PlanWording,
  type PlanWordingMeta,
  type WordingBlock,
} from '../domain/plans/plan-wording';
export { BLANK, dateLine, numberLine } from '../domain/shared/document-lines';
export { documentDateVi } from '../domain/shared/dates';
