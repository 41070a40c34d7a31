import { foldVietnamese } from '../../../contracts/text';
// Every CSV export is written by the one shared helper, which neutralises formula-like cells.
export { toCsv, type Cell } from '../../../contracts/csv';

/** Offers a text as a file download in the browser. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: "Tuân thủ theo tuần" → "tuan-thu-theo-tuan.csv". */
export function csvFileName(title: string): string {
  const slug = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'du-lieu'}.csv`;
}
