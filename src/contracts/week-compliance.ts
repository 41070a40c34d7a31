// How task windows add up to a rate per week: one copy (domain), read by the web app's
// dashboard and by the dashboard's first view on the server, so both show the same numbers.
export {
  complianceByWeek,
  judged,
  percent,
  upcoming,
  type WeekCompliance,
} from '../domain/obligations/week-compliance';
