import { Alert, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContributionHistoryLine, MemberHistoryLines, WelfareHistoryLine } from '../../../shared/api/history-import-types';
import { formatDate, formatPeriod } from '../../../shared/domain/buddhist-date';
import { addMonths } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { ReasonModal } from '../../components/ReasonModal';

type Props = { memberId: number; onChanged: () => void };
type Kind = 'contribution' | 'welfare';
type LineToVoid = { kind: Kind; id: number; summary: string };
type AnyLine = ContributionHistoryLine | WelfareHistoryLine;

/**
 * A member's history from before the opening date (Decision 10), as it was imported: contribution lines with the
 * months they cover and welfare payments. Nothing here is money in the books; a line imported by mistake is voided
 * with a reason and stays listed, struck through, with who voided it, when and why.
 */
export function MemberHistoryLinesPanel({ memberId, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [lines, setLines] = useState<MemberHistoryLines>();
  const [problem, setProblem] = useState<string>();
  const [voiding, setVoiding] = useState<LineToVoid>();

  useEffect(() => {
    let isCurrent = true;
    void api.fund['history.ofMember']({ memberId }).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setLines(result.value);
      else setProblem(localized(result.error.message));
    });
    return () => {
      isCurrent = false;
    };
  }, [memberId]);

  const months = (line: ContributionHistoryLine) => {
    const first = formatPeriod(line.firstPeriod, language);
    const last = formatPeriod(addMonths(line.firstPeriod, line.monthCount - 1), language);
    return line.monthCount === 1 ? first : `${first} – ${last} (${t('ui.historyLines.monthCount', { count: line.monthCount })})`;
  };
  const welfareSummary = (line: WelfareHistoryLine) => `${line.typeName[language]} ${formatDate(line.eventDate, language)}`;
  const struck = (line: AnyLine, text: string) => <Typography.Text delete={line.void !== null}>{text}</Typography.Text>;

  /** The amount, the sheet's row and the void (or how it was voided): the same for both kinds of line. */
  function trailingColumns<L extends AnyLine>(kind: Kind, summaryOf: (line: L) => string): TableColumnsType<L> {
    return [
      {
        title: t('ui.historyLines.amount'),
        dataIndex: 'amountSatang',
        width: 120,
        align: 'right',
        render: (value: number, line) => struck(line, formatBaht(value)),
      },
      { title: t('ui.historyLines.sourceRow'), dataIndex: 'sourceRow', width: 90, align: 'right' },
      {
        title: '',
        key: 'void',
        width: 260,
        render: (_, line) =>
          line.void ? (
            <Space orientation="vertical" size={0}>
              <Tag color="red">{t('ui.historyLines.voided')}</Tag>
              <Typography.Text type="secondary">
                {t('ui.historyLines.voidedBy', {
                  date: formatDate(line.void.voidedOn, language),
                  by: line.void.voidedBy,
                  reason: line.void.reason,
                })}
              </Typography.Text>
            </Space>
          ) : (
            <WriteAction>
              <Button
                size="small"
                danger
                onClick={() => setVoiding({ kind, id: line.id, summary: summaryOf(line) })}
                data-testid={`history-void-${kind}-${line.id}`}
              >
                {t('ui.historyLines.void')}
              </Button>
            </WriteAction>
          ),
      },
    ];
  }

  if (problem) return <Alert type="error" showIcon title={problem} />;
  if (!lines) return null;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="member-history-lines">
      <Alert type="info" showIcon title={t('ui.historyLines.explain')} />
      <Typography.Title level={5}>{t('ui.historyLines.contributions')}</Typography.Title>
      <Table<ContributionHistoryLine>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={lines.contributions}
        locale={{ emptyText: t('ui.historyLines.noContributions') }}
        data-testid="history-contribution-lines"
        columns={[
          { title: t('ui.historyLines.months'), key: 'months', render: (_, line) => struck(line, months(line)) },
          {
            title: t('ui.historyLines.paidOn'),
            dataIndex: 'paidOn',
            width: 130,
            render: (value: string, line) => struck(line, formatDate(value, language)),
          },
          {
            title: t('ui.historyLines.paperNo'),
            key: 'paper',
            width: 130,
            render: (_, line) => struck(line, line.bookNo && line.receiptNo ? `${line.bookNo}/${line.receiptNo}` : '—'),
          },
          ...trailingColumns<ContributionHistoryLine>('contribution', months),
        ]}
      />
      <Typography.Title level={5}>{t('ui.historyLines.welfare')}</Typography.Title>
      <Table<WelfareHistoryLine>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={lines.welfare}
        locale={{ emptyText: t('ui.historyLines.noWelfare') }}
        data-testid="history-welfare-lines"
        columns={[
          { title: t('ui.historyLines.welfareType'), key: 'type', render: (_, line) => struck(line, line.typeName[language]) },
          {
            title: t('ui.historyLines.eventDate'),
            dataIndex: 'eventDate',
            width: 130,
            render: (value: string, line) => struck(line, formatDate(value, language)),
          },
          {
            title: t('ui.historyLines.units'),
            dataIndex: 'units',
            width: 90,
            align: 'right',
            render: (value: number | null) => value ?? '—',
          },
          ...trailingColumns<WelfareHistoryLine>('welfare', welfareSummary),
        ]}
      />
      {voiding && (
        <ReasonModal
          title={t('ui.historyLines.voidTitle', { line: voiding.summary })}
          explanation={t(
            voiding.kind === 'contribution' ? 'ui.historyLines.voidExplainContribution' : 'ui.historyLines.voidExplainWelfare',
          )}
          okText={t('ui.historyLines.voidConfirm')}
          placeholder={t('ui.historyLines.reasonPlaceholder')}
          testId="history-void"
          submit={(reason) =>
            api.fund[voiding.kind === 'contribution' ? 'contributionHistory.void' : 'welfareHistory.void']({
              historyId: voiding.id,
              reason,
            })
          }
          onClose={() => setVoiding(undefined)}
          onDone={(next) => {
            setVoiding(undefined);
            setLines(next);
            onChanged();
          }}
        />
      )}
    </Space>
  );
}
