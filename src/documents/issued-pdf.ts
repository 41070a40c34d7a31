import { randomBytes } from 'node:crypto';
import type { Deps, Reads } from '../domain/deps';
import type { PhaseSummaryRepos } from '../domain/reports/phase-summary';
import { certificateState } from '../domain/documents/certificate';
import type { IssuedDocument } from '../domain/documents/issued-document';
import { DomainError } from '../domain/shared/domain-error';
import { renderAdministrativeDocx } from './administrative-docx';
import { convertDocxToPdf } from './pdf';
import { planDocumentModel } from './plan-document';
import { issuedSummaryModel } from './issued-summary';
import { signIssuedPdf } from './signing/sign-pdf';

/** What making an issued document's PDF reads: the plan or the summary, and the signing unit. */
export type IssuedPdfDeps = Reads<
  'issuedDocuments' | 'certificates' | 'users' | PhaseSummaryRepos
> &
  Pick<Deps, 'storage' | 'vault' | 'clock'>;

const MAKE_FAILED = 'Gặp lỗi khi tạo bản PDF; hệ thống sẽ tự thử lại.';

/** Failed attempts after which the timer leaves a document alone (a download still tries). */
export const MAX_ATTEMPTS = 5;

/** The state-format PDF of the document as issued, before any signature. */
async function unsignedPdf(deps: IssuedPdfDeps, doc: IssuedDocument) {
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
  deps: IssuedPdfDeps,
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
  const sign = (images: boolean) =>
    signIssuedPdf(made.pdf, {
      p12,
      password,
      signedAt: at,
      // The body as its certificate names it ("UBND phường Cẩm Bình"), as verifiers show it.
      bodyName: info.subject,
      signerName: made.signer.name,
      signerPosition: made.signer.position,
      signatureImage: images ? secret.signaturePng : null,
      sealImage: images ? secret.sealPng : null,
      reason: `Ban hành ${doc.numberText}`,
    });
  const hasImages = secret.signaturePng !== null || secret.sealPng !== null;
  // An image that will not draw (a damaged PNG) costs the images, not the signature.
  const bytes = await sign(hasImages).catch((error: unknown) => {
    if (!hasImages || error instanceof DomainError) throw error;
    return sign(false);
  });
  return { bytes, signedBy: info.subject, signedAt: at };
}

/** Makes, signs and keeps one document's PDF; the first one kept stands if two race. */
async function make(deps: IssuedPdfDeps, doc: IssuedDocument): Promise<Uint8Array> {
  let out;
  try {
    out = await signed(deps, doc, await unsignedPdf(deps, doc));
  } catch (error) {
    // Shown to whoever reads the document: the domain's own Vietnamese reason, or a plain word.
    const reason = error instanceof DomainError ? error.message : MAKE_FAILED;
    await deps.repos.issuedDocuments.markFailed(doc.id, reason, deps.clock.now());
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

async function stored(deps: IssuedPdfDeps, id: string): Promise<Uint8Array> {
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
export function issuedPdfs(deps: IssuedPdfDeps): IssuedPdfs {
  const running = new Map<string, Promise<Uint8Array>>();
  const once = (doc: IssuedDocument) => {
    const current = running.get(doc.id);
    if (current) return current;
    const job = (async () => {
      // The list it came from may be stale: another request or instance may have made it since.
      const fresh = await deps.repos.issuedDocuments.get(doc.id);
      if (fresh?.status === 'ready') return stored(deps, doc.id);
      return make(deps, fresh ?? doc);
    })().finally(() => running.delete(doc.id));
    running.set(doc.id, job);
    return job;
  };
  let draining = false;
  return {
    async pdfOf(doc) {
      if (doc.status === 'ready') return stored(deps, doc.id);
      return once(doc);
    },
    async drain(limit = 50) {
      // One pass at a time: a pass of many conversions outlasts the timer's interval.
      if (draining) return 0;
      draining = true;
      let made = 0;
      try {
        for (const doc of await deps.repos.issuedDocuments.unmade(limit, MAX_ATTEMPTS)) {
          try {
            await once(doc);
            made++;
          } catch {
            // Kept as "failed" with its reason and one more attempt; a later pass tries again.
          }
        }
      } finally {
        draining = false;
      }
      return made;
    },
  };
}

const queues = new WeakMap<object, IssuedPdfs>();

/** The one queue of a server's dependencies, shared by its routes, jobs and commands. */
export function issuedPdfsOf(deps: IssuedPdfDeps): IssuedPdfs {
  let queue = queues.get(deps.repos);
  if (!queue) {
    queue = issuedPdfs(deps);
    queues.set(deps.repos, queue);
  }
  return queue;
}
