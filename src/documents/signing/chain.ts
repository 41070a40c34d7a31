import type { X509Certificate } from 'node:crypto';

/** Longer chains than this do not occur in practice; the limit also stops loops. */
const MAX_DEPTH = 8;

/** `parent` names `child`'s issuer and its key verifies `child`'s signature. */
function issued(parent: X509Certificate, child: X509Certificate): boolean {
  try {
    return child.checkIssued(parent) && child.verify(parent.publicKey);
  } catch {
    return false;
  }
}

/**
 * Whether `signer` leads to a trust anchor: it is one, or a CA certificate among the anchors
 * or the intermediates the signature carries issued it, and so on up. Validity dates and
 * revocation are not checked here.
 */
export function chainsToTrust(
  signer: X509Certificate,
  intermediates: X509Certificate[],
  anchors: X509Certificate[],
): boolean {
  const isAnchor = (cert: X509Certificate) =>
    anchors.some((anchor) => anchor.fingerprint256 === cert.fingerprint256);
  const visited = new Set<string>();
  let current = signer;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (isAnchor(current)) return true;
    if (anchors.some((anchor) => anchor.ca && issued(anchor, current))) return true;
    visited.add(current.fingerprint256);
    const next = intermediates.find(
      (cert) => cert.ca && !visited.has(cert.fingerprint256) && issued(cert, current),
    );
    if (next === undefined) return false;
    current = next;
  }
  return false;
}
