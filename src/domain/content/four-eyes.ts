import type { Actor } from '../accounts/access';
import { forbidden } from '../shared/domain-error';
import { hasChanged, type ContentItem } from './content';

/**
 * Four eyes: whoever wrote the item or changed its current version (a file upload included)
 * may not `verb` it (duyệt, đăng). Throws forbidden naming which of the two they did.
 */
export function refuseOwnWork(
  item: Pick<ContentItem, 'createdBy' | 'editors'>,
  actor: Pick<Actor, 'userId'>,
  verb: string,
  someoneElse = 'lãnh đạo khác',
): void {
  if (!hasChanged(item, actor.userId)) return;
  throw forbidden(
    item.createdBy === actor.userId
      ? `Không thể tự ${verb} tài liệu do chính mình tạo; hãy nhờ lãnh đạo khác ${verb}.`
      : `Bạn đã sửa hoặc tải tệp lên cho tài liệu này nên không thể tự ${verb}; hãy nhờ ${someoneElse} ${verb}.`,
  );
}
