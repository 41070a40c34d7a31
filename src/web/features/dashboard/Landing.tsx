import { Navigate } from 'react-router-dom';
import { useCan } from '../auth/session';

/** Where "/" leads after sign-in: the overview for those who follow the work, else the units. */
export function Landing() {
  return <Navigate to={useCan('work.read') ? '/dashboard' : '/units'} replace />;
}
