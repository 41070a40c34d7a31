import { Navigate } from 'react-router-dom';

/** Where "/" leads after sign-in, for every role: "Việc cần làm", what waits for the user today. */
export function Landing() {
  return <Navigate to="/today" replace />;
}
