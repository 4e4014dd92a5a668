import { Alert, App as AntApp, Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/api-result';
import type { OpenedFund } from '../../shared/api/app-contract';
import { api, onFundTrouble } from '../api/client';
import { localized } from '../components/api-errors';
import { readOnlyText } from './fund-access';

/** Looks she chose herself: she may turn them into work (an older file is upgraded then). */
const chosenLooks = new Set(['requested', 'older-version']);
/** Files whose way back is a good backup: damaged, or changed outside the app (a broken hash chain). */
const restorable = new Set(['file-damaged', 'chain-broken']);
/** Files that cannot be worked in where they are: a copy on this computer can. */
const copyable = new Set(['file-read-only', 'wal-not-ours']);

/** The reason is worded to follow "Open to look only:"; at the head of the banner's sentence it starts with a capital. */
function sentenceStart(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * What the treasurer must know about the open fund's file (issue 15 §4–5): that it is open only to look, and why,
 * with the way out that fits; or that it lives somewhere unsafe, with "move to this computer".
 */
export function FundFileBanners({
  fund,
  onReopened,
  onRestore,
}: {
  fund: OpenedFund;
  onReopened: (fund: OpenedFund) => void;
  /** Goes to the fund's Restore page: the way out of a damaged file. */
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [isBusy, setBusy] = useState(false);
  const [trouble, setTrouble] = useState<ApiError>();
  const [isCopyNoted, setCopyNoted] = useState(true);

  // Damage found while reading (or a disk that fails) is said here, whichever page met it; damage also turns the
  // fund read-only in the backend, so the banner is brought up to date.
  useEffect(
    () =>
      onFundTrouble((error) => {
        setTrouble(error);
        void api.app['funds.current']({ fund: fund.handle }).then((result) => {
          if (result.ok && result.value && result.value.readOnly?.reason !== fund.readOnly?.reason) onReopened(result.value);
        });
      }),
    [fund.handle, fund.readOnly?.reason, onReopened],
  );

  async function reopen(kind: 'work' | 'copy') {
    setBusy(true);
    const result =
      kind === 'work'
        ? await api.app['funds.open']({ location: fund.location })
        : await api.app['funds.openCopy']({ location: fund.location });
    setBusy(false);
    if (!result.ok) return void message.error(localized(result.error.message));
    onReopened(result.value);
  }

  const { readOnly, warnings } = fund;
  // Where the copy now is and that the original was kept: said in a banner she closes, not a toast that covers the
  // header and is gone before it is read.
  const copiedFrom = 'copiedFrom' in fund && typeof fund.copiedFrom === 'string' ? fund.copiedFrom : undefined;
  return (
    <>
      {copiedFrom !== undefined && isCopyNoted && (
        <Alert
          className="no-print fund-banner"
          type="success"
          showIcon
          banner
          closable={{ onClose: () => setCopyNoted(false) }}
          data-testid="copy-opened"
          title={t('ui.location.moved', { location: fund.location, from: copiedFrom })}
        />
      )}
      {trouble && (
        <Alert
          className="no-print fund-banner"
          type="error"
          showIcon
          banner
          closable={{ onClose: () => setTrouble(undefined) }}
          data-testid="fund-trouble"
          title={localized(trouble.message)}
        />
      )}
      {readOnly && (
        <Alert
          className="no-print fund-banner"
          type="warning"
          showIcon
          banner
          data-testid="read-only-banner"
          title={t('ui.readOnly.title')}
          description={
            <>
              {t('ui.readOnly.text', { reason: sentenceStart(readOnlyText(t, readOnly)) })}
              {restorable.has(readOnly.reason) && <div>{t('ui.readOnly.restoreHint')}</div>}
            </>
          }
          action={
            <Space>
              {chosenLooks.has(readOnly.reason) && (
                <Button size="small" loading={isBusy} data-testid="open-for-work" onClick={() => void reopen('work')}>
                  {t('ui.readOnly.openForWork')}
                </Button>
              )}
              {copyable.has(readOnly.reason) && (
                <Button size="small" loading={isBusy} data-testid="open-copy" onClick={() => void reopen('copy')}>
                  {t('ui.start.openCopy')}
                </Button>
              )}
              {restorable.has(readOnly.reason) && (
                <Button size="small" type="primary" data-testid="damaged-restore" onClick={onRestore}>
                  {t('ui.start.offerRestore')}
                </Button>
              )}
            </Space>
          }
        />
      )}
      {!readOnly && warnings.length > 0 && (
        <Alert
          className="no-print fund-banner"
          type="warning"
          showIcon
          banner
          data-testid="location-banner"
          title={t('ui.location.title')}
          description={
            <ul className="fund-banner-list">
              {warnings.map((warning) => (
                <li key={warning.code}>{t(`locationWarnings.${warning.code}`, warning.params)}</li>
              ))}
            </ul>
          }
          action={
            <Button size="small" type="primary" loading={isBusy} data-testid="move-here" onClick={() => void reopen('copy')}>
              {t('ui.location.move')}
            </Button>
          }
        />
      )}
    </>
  );
}
