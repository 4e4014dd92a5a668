import { HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/api-result';
import { localized } from '../../components/api-errors';

export type OpenProblemState = { location: string; error: ApiError };

/** What the backend offers instead of opening for work (`offers`: look, copy), in the order it offers them. */
export function offersOf(error: ApiError): string[] {
  const offers = error.params?.offers;
  return typeof offers === 'string' ? offers.split(',').filter((offer) => offer !== '') : [];
}

/** Refusals that restoring cannot help: the fund is fine, only held by another program or out of reach for now. */
const noRestore: ReadonlySet<string> = new Set(['fund-open-elsewhere', 'offline', 'bad-location']);

/**
 * Why a fund could not be opened for work, kept on screen (not a toast) so she can read it, with the ways on that
 * the backend offers: look at it without changing it, open a copy on this computer, or restore it from one of its
 * backups (a damaged file, a file that is not what it should be).
 */
export function OpenProblem({
  problem,
  busy,
  onLook,
  onCopy,
  onRestore,
  onDismiss,
}: {
  problem: OpenProblemState;
  busy: boolean;
  onLook: () => void;
  onCopy: () => void;
  onRestore: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const offers = offersOf(problem.error);
  const canRestore = !noRestore.has(problem.error.code);
  return (
    <Alert
      className="open-problem"
      type="error"
      showIcon
      closable={{ onClose: onDismiss }}
      data-testid="open-problem"
      title={t('ui.start.openProblem', { location: problem.location })}
      description={
        <>
          <Typography.Paragraph className="open-problem-reason">{localized(problem.error.message)}</Typography.Paragraph>
          {offers.includes('look') && <Typography.Paragraph type="secondary">{t('ui.start.lookText')}</Typography.Paragraph>}
          {(offers.length > 0 || canRestore) && (
            <Space wrap>
              {offers.includes('look') && (
                <Button type="primary" loading={busy} data-testid="problem-look" onClick={onLook}>
                  {t('ui.start.look')}
                </Button>
              )}
              {offers.includes('copy') && (
                <Button loading={busy} data-testid="problem-copy" onClick={onCopy}>
                  {t('ui.start.openCopy')}
                </Button>
              )}
              {canRestore && (
                <Button icon={<HistoryOutlined />} data-testid="open-failed-restore" onClick={onRestore}>
                  {t('ui.start.offerRestore')}
                </Button>
              )}
            </Space>
          )}
        </>
      }
    />
  );
}
