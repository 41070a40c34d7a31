// How documents phrase things, shared by the server's documents and the web's preview.
export { leadWith, opensWith, phaseTitle } from '../domain/shared/phrases';
