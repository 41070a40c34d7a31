import type { Actor } from '../accounts/access';
import type { Deps, Reads } from '../deps';
import { invalid } from '../shared/domain-error';
import type { SignatureCheck } from './certificate';

const MAX_PDF = 7 * 1024 * 1024;

/**
 * "Kiểm tra chữ ký số": who signed a PDF, when, whether it was changed after signing, and whether
 * the certificate chains to a root this installation trusts. Any signed-in user may check any
 * file; nothing is kept.
 */
export async function verifyDocument(
  deps: Reads<'certificates'> & Pick<Deps, 'parsers' | 'trustedRootsPem'>,
  _actor: Actor,
  bytes: Uint8Array,
): Promise<SignatureCheck[]> {
  if (bytes.length === 0) throw invalid('file', 'Tệp rỗng.');
  if (bytes.length > MAX_PDF) throw invalid('file', 'Tệp lớn hơn 7 MB.');
  const roots = await deps.repos.certificates.trustedRoots();
  // The installation's own roots (LOA_TRUSTED_ROOTS) and those kept in the database (the demo CA).
  return deps.parsers.signatures(bytes, [...deps.trustedRootsPem, ...roots.map((r) => r.pem)]);
}
