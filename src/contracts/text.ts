// Vietnamese text as the server matches it (diacritics folded), read by the web app through here.
export { foldVietnamese, stripMarks } from '../domain/shared/text';
