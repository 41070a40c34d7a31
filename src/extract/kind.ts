import type { Kind } from './extraction.schema';
import type { Frame } from './frame';

/** "… xây dựng kế hoạch … như sau": the sentence by which a plan introduces itself. */
const PLAN_INTRO = /(?<!đã\s)(?:xây dựng|ban hành)\s+(?:Kế hoạch|kế hoạch)/u;
/** A plan's first numbered heading states its aims ("I. MỤC ĐÍCH, YÊU CẦU"). */
const AIMS_HEADING = /^(?:[IVX]+|\d{1,2})\s*[./)]\s*MỤC ĐÍCH/u;

/**
 * plan or report only for the text of the document itself, with its own header; an article
 * about a plan or its results is news even when it restates it (SCHEMA.md).
 */
export function findKind(frame: Frame): Kind {
  if (!frame.official) return postedPlan(frame) ? 'plan' : 'news';
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

/**
 * A plan's own text posted on a web page without its header: it introduces itself as the plan
 * its body writes and opens with the plan's aims. An article about a plan reports that it
 * "đã ban hành" one and has no such heading; a Hướng dẫn introduces itself otherwise.
 */
export function postedPlan(frame: Frame): boolean {
  const lines = frame.lines.slice(frame.bodyStart, Math.min(frame.bodyEnd, frame.bodyStart + 20));
  const intro = lines.findIndex((l) => PLAN_INTRO.test(l.text));
  if (intro < 0) return false;
  return lines.slice(intro + 1, intro + 8).some((l) => AIMS_HEADING.test(l.text));
}
