import type { viCertificates } from './vi-certificates';

export const enCertificates: Record<keyof typeof viCertificates, string> = {
  'cert.title': 'The unit’s signing certificate',
  'cert.none':
    'The unit has no signing certificate: the documents it issues get a PDF, but unsigned.',
  'cert.subject': 'Holder',
  'cert.issuer': 'Issued by',
  'cert.validity': 'Validity',
  'cert.fromTo': 'From {from} to {to}',
  'cert.state.valid': 'Valid',
  'cert.state.expired': 'Expired',
  'cert.state.not_yet': 'Not yet valid',
  'cert.images': 'Images',
  'cert.hasSeal': 'seal image held',
  'cert.noSeal': 'no seal image',
  'cert.hasSignature': 'signature image held',
  'cert.noSignature': 'no signature image',
  'cert.add': 'Add a certificate',
  'cert.replace': 'Replace the certificate',
  'cert.remove': 'Remove the certificate',
  'cert.removeConfirm':
    'Remove the unit’s certificate? Documents issued afterwards go out unsigned until a new one is added.',
  'cert.removed': 'Certificate removed.',
  'cert.save': 'Save',
  'cert.saved': 'Certificate saved; documents issued from now on are signed with it.',
  'cert.help':
    'The certificate file (.p12 or .pfx) issued to the body by a signing-certificate provider. The file and its password are encrypted when kept and never sent back to a browser.',
  'cert.file': 'Certificate file (.p12, .pfx)',
  'cert.fileRequired': 'Choose the certificate file.',
  'cert.pick': 'Choose a file',
  'cert.pickPng': 'Choose a PNG',
  'cert.password': 'The file’s password',
  'cert.seal': 'Seal image (optional)',
  'cert.sealHelp':
    'A transparent red PNG at real size; it covers about a third of the signature image, on its left.',
  'cert.signature': 'Signer’s signature image (optional)',
  'cert.signatureHelp': 'A transparent PNG; placed between the position and the signer’s name.',
};
