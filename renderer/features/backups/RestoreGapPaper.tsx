import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GapEntry, RestoreGap } from '../../../shared/api/restore-types';
import { formatDate, formatInstant } from '../../../shared/domain/buddhist-date';
import { formatPeriodRanges } from '../../../shared/domain/documents/period-ranges';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { NameText } from '../../components/print/NameText';
import { PageSize } from '../../components/print/PageSize';

/** A status or a claim's state reads in words; a void's or a payment's own note as it was typed. */
function noteText(entry: GapEntry, th: (key: string, options?: Record<string, unknown>) => string): string {
  if (entry.note === null) return '';
  if (entry.entity === 'member') return th(`statuses.${entry.note}`, { defaultValue: entry.note });
  if (entry.entity === 'welfare_claim') return th(`ui.welfare.states.${entry.note}`, { defaultValue: entry.note });
  return entry.note;
}

/**
 * Step 6 of reliability §(b) "Restore": what the replaced file held after the restored backup's last entry, one line
 * per change with what is needed to enter it again, and a box to tick as each is entered. A paper, always in Thai
 * like the fund's other papers, on A4 turned sideways; what cannot be listed is said plainly.
 */
export function RestoreGapPaper({ gap, fundName }: { gap: RestoreGap; fundName: string }) {
  const { t, i18n } = useTranslation();
  const th = i18n.getFixedT('th');
  const { restore } = gap;
  const location = restore.safety.location ?? '';
  const status =
    gap.state === 'none'
      ? th('ui.restoreGap.noFile')
      : gap.state === 'missing'
        ? th('ui.restoreGap.missing', { location })
        : gap.state === 'unreadable'
          ? th('ui.restoreGap.unreadable', { location })
          : gap.entries.length === 0
            ? th('ui.restoreGap.none')
            : undefined;
  return (
    <Card
      className="printable-card"
      title={t('ui.restoreGap.title')}
      extra={
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          className="no-print"
          onClick={() => window.print()}
          data-testid="print-restore-gap"
        >
          {t('ui.restoreGap.print')}
        </Button>
      }
      data-testid="restore-gap"
    >
      <PageSize size="A4 landscape" />
      <div className="receipt-paper approval-paper restore-gap-paper">
        <h2>{th('ui.restoreGap.title')}</h2>
        <div style={{ textAlign: 'center' }}>
          <NameText name={fundName} />
        </div>
        <div className="restore-gap-facts">
          <div>
            {th('ui.restoreGap.restoredFrom', {
              file: restore.backupFileName,
              madeAt: restore.backupMadeAt ? formatInstant(restore.backupMadeAt, 'th') : th('ui.restore.madeAtUnknown'),
            })}
          </div>
          <div>
            {th('ui.restoreGap.restoredAt', {
              at: formatInstant(restore.restoredAt, 'th'),
              actor: th(`actors.${restore.actor}`, { defaultValue: restore.actor }),
            })}
          </div>
          {restore.safety.kind === 'backup' && <div>{th('ui.restoreGap.safetyBackup', { location })}</div>}
          {restore.safety.kind === 'damaged' && <div>{th('ui.restoreGap.safetyDamaged', { location })}</div>}
        </div>
        {status !== undefined ? (
          <Alert
            type={gap.state === 'listed' || gap.state === 'none' ? 'success' : 'warning'}
            showIcon
            title={status}
            data-testid="restore-gap-status"
          />
        ) : (
          <>
            <p>{th('ui.restoreGap.explain')}</p>
            <table data-testid="restore-gap-table">
              <thead>
                <tr>
                  <th style={{ width: 36 }}>{th('ui.restoreGap.line')}</th>
                  <th style={{ width: 120 }}>{th('ui.restoreGap.recordedAt')}</th>
                  <th>{th('ui.restoreGap.what')}</th>
                  <th>{th('ui.restoreGap.document')}</th>
                  <th>{th('ui.restoreGap.who')}</th>
                  <th style={{ width: 90 }}>{th('ui.restoreGap.date')}</th>
                  <th style={{ width: 90 }}>{th('ui.restoreGap.amount')}</th>
                  <th>{th('ui.restoreGap.months')}</th>
                  <th>{th('ui.restoreGap.note')}</th>
                  <th style={{ width: 70 }}>{th('ui.restoreGap.reentered')}</th>
                </tr>
              </thead>
              <tbody>
                {gap.entries.map((entry, index) => (
                  <tr key={entry.auditId}>
                    <td style={{ textAlign: 'center' }}>{index + 1}</td>
                    <td>{formatInstant(entry.at, 'th')}</td>
                    <td>{th(`methods.${entry.method}`, { defaultValue: entry.method })}</td>
                    <td>{entry.documentNo ?? ''}</td>
                    <td>{entry.name ? <NameText name={entry.name} /> : ''}</td>
                    <td style={{ textAlign: 'center' }}>{entry.date ? formatDate(entry.date, 'th') : ''}</td>
                    <td className="money">{entry.amountSatang === null ? '' : formatBaht(entry.amountSatang)}</td>
                    <td>{entry.periods.length > 0 ? formatPeriodRanges(entry.periods) : ''}</td>
                    <td>{noteText(entry, th)}</td>
                    <td style={{ textAlign: 'center' }}>☐</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p style={{ textAlign: 'right' }}>{th('ui.restoreGap.count', { count: gap.entries.length })}</p>
          </>
        )}
      </div>
    </Card>
  );
}
