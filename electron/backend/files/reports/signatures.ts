import type { PrintSettings, SignerRole } from '../../../../shared/api/printing-types';
import type { DocumentSignature } from '../../../../shared/domain/documents/document-model';
import { documentText } from '../../messages';

/**
 * An office's signature block as the fund's settings know it: the officer's name in brackets and their position
 * (the office's usual title when the fund gave none); an officer not named leaves a blank bracket to write in.
 */
export function signatureOf(signers: PrintSettings['signers'] | undefined, role: SignerRole): DocumentSignature {
  const signer = signers?.[role];
  const position = signer?.position || documentText(`documents.signers.${role}`);
  return signer?.fullName ? { role: position, name: signer.fullName } : { role: position };
}
