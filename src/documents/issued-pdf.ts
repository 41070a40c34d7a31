import { randomBytes } from 'node:crypto';
import type { Deps } from '../domain/deps';
import { certificateState } from '../domain/documents/certificate';
import type { IssuedDocument } from '../domain/documents/issued-document';
import { DomainError } from '../domain/shared/domain-error';
import { renderAdministrativeDocx } from './administrative-docx';
import { convertDocxToPdf } from './pdf';
import { planDocumentModel } from './plan-document';
import { issuedSummaryModel } from './issued-summary';
import { signIssuedPdf } from './signing/sign-pdf';

type MakerDeps = Pick<Deps, 'repos' | 'storage' | 'vault' | 'clock'>;

/** The state-format PDF of the document as issued, before any signature. */
async function unsignedPdf(deps: MakerDeps, doc: IssuedDocument) {
  if (doc.kind === 'phase_report' || doc.kind === 'final_report') {
    const { model, signer } = await issuedSummaryModel(deps, doc);
    return { pdf: await convertDocxToPdf(await renderAdministrativeDocx(model)), signer };
  }
  const plan = await deps.repos.plans.get(doc.entityId);
  if (!plan) throw new Error(`issued plan ${doc.entityId} is gone`);
  const docx = await renderAdministrativeDocx(
    planDocumentModel(plan, Number(doc.issuedOn.slice(0, 4))),
  );
  return { pdf: await convertDocxToPdf(docx), signer: plan.signer };
}

/**
 * Signs with the issuing unit's certificate when it holds one valid today; a unit without one
 * still gets its PDF, unsigned, and the document says so (signedBy stays null).
 */
async function signed(
  deps: MakerDeps,
  doc: IssuedDocument,
  made: Awaited<ReturnType<typeof unsignedPdf>>,
) {
  const [info, secret] = await Promise.all([
    deps.repos.certificates.find(doc.unitId),
    deps.repos.certificates.secret(doc.unitId),
  ]);
  const at = deps.clock.now();
  if (!info || !secret || certificateState(info, at) !== 'valid')
    return { bytes: made.pdf, signedBy: null, signedAt: null };
  const { p12, password } = deps.vault.open(secret.sealed);
  const bytes = await signIssuedPdf(made.pdf, {
    p12,
    password,
    signedAt: at,
    // The body as its certificate names it ("UBND phường Cẩm Bình"), as verifiers will show it.
    bodyName: info.subject,
    signerName: made.signer.name,
    signerPosition: made.signer.position,
    signatureImage: secret.signaturePng,
    sealImage: secret.sealPng,
    reason: `Ban hành ${doc.numberText}`,
  });
  return { bytes, signedBy: info.subject, signedAt: at };
}

/** Makes, signs and keeps one document's PDF; the first one kept stands if two race. */
async function make(deps: MakerDeps, doc: IssuedDocument): Promise<Uint8Array> {
  let out;
  try {
    out = await signed(deps, doc, await unsignedPdf(deps, doc));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await deps.repos.issuedDocuments.markFailed(doc.id, message, deps.clock.now());
    throw error;
  }
  // A fresh name per attempt: a slower maker on another instance never overwrites the kept file.
  const fileKey = `issued/${doc.id}-${randomBytes(4).toString('hex')}.pdf`;
  await deps.storage.put(fileKey, out.bytes, 'application/pdf');
  const kept = await deps.repos.issuedDocuments.markReady(
    doc.id,
    { fileKey, signedBy: out.signedBy, signedAt: out.signedAt },
    deps.clock.now(),
  );
  if (kept) return out.bytes;
  await deps.storage.delete(fileKey);
  return stored(deps, doc.id);
}

async function stored(deps: MakerDeps, id: string): Promise<Uint8Array> {
  const doc = await deps.repos.issuedDocuments.get(id);
  const bytes = doc?.fileKey ? await deps.storage.get(doc.fileKey) : null;
  if (!bytes) throw new DomainError('internal', 'Tệp PDF đã ban hành bị thiếu trên kho tệp.');
  return bytes;
}

export interface IssuedPdfs {
  /** The kept PDF of an issued document, made now (in the queue's turn) if it is not yet. */
  pdfOf(doc: IssuedDocument): Promise<Uint8Array>;
  /** Makes every PDF still waiting, one after another; how many were made. */
  drain(limit?: number): Promise<number>;
}

/**
 * The queue of issued documents' PDFs in this process: each is made once (a second request for
 * the same one waits for the first), LibreOffice's own queue keeps conversions to one or two.
 */
export function issuedPdfs(deps: MakerDeps): IssuedPdfs {
  const running = new Map<string, Promise<Uint8Array>>();
  const once = (doc: IssuedDocument) => {
    const current = running.get(doc.id);
    if (current) return current;
    const job = make(deps, doc).finally(() => running.delete(doc.id));
    running.set(doc.id, job);
    return job;
  };
  return {
    async pdfOf(doc) {
      if (doc.status === 'ready') return stored(deps, doc.id);
      return once(doc);
    },
    async drain(limit = 50) {
      let made = 0;
      for (const doc of await deps.repos.issuedDocuments.unmade(limit)) {
        try {
          await once(doc);
          made++;
        } catch {
          // Kept as "failed" with its reason; the next drain tries again.
        }
      }
      return made;
    },
  };
}

const queues = new WeakMap<object, IssuedPdfs>();

/** The one queue of a server's dependencies, shared by its routes, jobs and commands. */
export function issuedPdfsOf(deps: MakerDeps): IssuedPdfs {
  let queue = queues.get(deps.repos);
  if (!queue) {
    queue = issuedPdfs(deps);
    queues.set(deps.repos, queue);
  }
  return queue;
}
