import { Document, Packer } from 'docx';
import type { AdministrativeDocumentModel } from './document-model';
import { bodyBlocks, spacer } from './docx-body';
import { headerTable } from './docx-header';
import { pageSection } from './docx-page';
import { signatureTable } from './docx-signature';
import { DOCUMENT_STYLES } from './docx-styles';
import { titleBlock } from './docx-title';

/**
 * Lays out a Kế hoạch or Báo cáo in the state format of Nghị định 30/2020/NĐ-CP
 * (shared/domain/document-format.md) and returns the .docx file.
 */
export async function renderAdministrativeDocx(
  model: AdministrativeDocumentModel,
): Promise<Buffer> {
  const document = new Document({
    creator: 'Loa',
    title: `${model.documentType} ${model.summary}`.replace(/\s+/g, ' ').trim(),
    styles: DOCUMENT_STYLES,
    sections: [
      pageSection([
        headerTable(model.header),
        ...titleBlock(model),
        ...bodyBlocks(model.body),
        // Keeps a body that ends in a table from merging with the signature table.
        spacer(),
        signatureTable(model.signature, model.recipients),
      ]),
    ],
  });
  return Packer.toBuffer(document);
}
