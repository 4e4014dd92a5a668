import { useEffect, useState } from 'react';
import type { PrintSettings, PrintSettingsView, SignerRole } from '../../../shared/api/printing-types';
import { api } from '../../api/client';
import type { PaperSignature } from './SignatureBlock';

/**
 * The fund's print settings for a paper on screen: until they arrive (or if they cannot be read) the paper
 * prints as a fund with no settings would, on A4 with blank signature lines.
 */
export function usePrintSettings(): PrintSettingsView | undefined {
  const [settings, setSettings] = useState<PrintSettingsView>();
  useEffect(() => {
    let isCurrent = true;
    void api.fund['printing.settings']({}).then((result) => isCurrent && result.ok && setSettings(result.value));
    return () => {
      isCurrent = false;
    };
  }, []);
  return settings;
}

/**
 * An officer's signature: their name and position from the settings, the office's usual title when the fund
 * gave no position; an office with no name typed signs with its holder on the committee today (the backend's rule
 * for printed documents). `duty` is what they do on this paper, when it is not simply their office.
 */
export function officerSignature(
  settings: (PrintSettings & Partial<Pick<PrintSettingsView, 'committeeNames'>>) | undefined,
  role: SignerRole,
  officeTitle: string,
  duty?: string,
): PaperSignature {
  const signer = settings?.signers[role];
  return { duty, name: signer?.fullName || settings?.committeeNames?.[role] || undefined, position: signer?.position || officeTitle };
}
