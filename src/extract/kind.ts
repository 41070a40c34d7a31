import type { Kind } from './extraction.schema';
import type { Frame } from './frame';

/**
 * plan or report only for the text of the document itself, with its own header; an article
 * about a plan or its results is news even when it restates it (SCHEMA.md).
 */
export function findKind(frame: Frame): Kind {
  if (!frame.official) return 'news';
  if (frame.docType) return frame.docType;
  // A state header without the type line: the introducing sentence says what it is.
  const intro = frame.lines
    .slice(frame.bodyStart, frame.bodyStart + 30)
    .map((l) => l.text)
    .join(' ');
  if (
    /(xây dựng|ban hành)\s+Kế hoạch|Kế hoạch (này|cụ thể)|kế hoạch\s+(cụ thể\s+)?như sau/u.test(
      intro,
    )
  )
    return 'plan';
  if (
    /báo cáo\s+(kết quả|tình hình|công tác)|(sơ kết|tổng kết)\s+công tác|báo cáo\s+như sau/iu.test(
      intro,
    )
  )
    return 'report';
  return 'news';
}
