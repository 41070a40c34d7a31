// How a week is written on screen and in documents, shared by the server and the web app.
export { weekLabel } from '../domain/shared/week-label';
