// The domain's closed lists of codes (and the one rule of order a screen needs), read by the web
// app through here so that its selects, filters and buttons offer exactly what the API accepts.
export { ROLES } from '../domain/accounts/access';
export { PRIORITIES, REPEATS, STATION_KINDS } from '../domain/broadcasts/broadcast';
export { nextStatuses } from '../domain/claims/claim';
export { CONTENT_KINDS } from '../domain/content/content';
export { ELECTION_TYPES } from '../domain/elections/election';
export { CHANNELS, PLAN_STATUSES } from '../domain/plans/plan';
export { UNIT_KINDS } from '../domain/units/unit';
