import { foldVietnamese } from './text';

const plain = (s: string) => foldVietnamese(s);

/** Whether a text already opens with a word or phrase ("Đính chính: …" opens with "Đính chính"). */
export const opensWith = (text: string, lead: string): boolean =>
  plain(text).startsWith(plain(lead));

/** Whether a text already says a phrase anywhere ("Đợt cao điểm" says "cao điểm"). */
export const says = (text: string, phrase: string): boolean => plain(text).includes(plain(phrase));

/**
 * A phase as plans write it: its name, marked "(cao điểm)" when it is the peak, unless its name
 * says so already ("Đợt cao điểm", never "Đợt cao điểm (cao điểm)").
 */
export const phaseTitle = (name: string, peak: boolean): string =>
  peak && !says(name, 'cao điểm') ? `${name} (cao điểm)` : name;

/** A label put before a text ("Đính chính: …"), unless the text opens with it already. */
export const leadWith = (lead: string, text: string): string =>
  opensWith(text, lead) ? text : `${lead}: ${text}`;
