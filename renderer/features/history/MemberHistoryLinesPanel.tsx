import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContributionHistoryLine, MemberHistoryLines, WelfareHistoryLine } from '../../../shared/api/history-import-types';
import { formatDate, formatPeriod } from '../../../shared/domain/buddhist-date';
import { addMonths } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { VoidHistoryLineModal, type HistoryLineToVoid } from './VoidHistoryLineModal';

type Props = { memberId: number; onChanged: () => void };

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
  const [voiding, setVoiding] = useState<HistoryLineToVoid>();

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
  const voidState = (line: { void: ContributionHistoryLine['void'] }, testId: string, onVoid: () => void) =>
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
        <Button size="small" danger onClick={onVoid} data-testid={testId}>
          {t('ui.historyLines.void')}
        </Button>
      </WriteAction>
    );
  const struck = (line: { void: unknown }, text: string) => <Typography.Text delete={line.void !== null}>{text}</Typography.Text>;

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
              voidState(line, `history-void-contribution-${line.id}`, () =>
                setVoiding({ kind: 'contribution', id: line.id, summary: months(line) }),
              ),
          },
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
              voidState(line, `history-void-welfare-${line.id}`, () =>
                setVoiding({
                  kind: 'welfare',
                  id: line.id,
                  summary: `${line.typeName[language]} ${formatDate(line.eventDate, language)}`,
                }),
              ),
          },
        ]}
      />
      {voiding && (
        <VoidHistoryLineModal
          line={voiding}
          onClose={() => setVoiding(undefined)}
          onVoided={(next) => {
            setVoiding(undefined);
            setLines(next);
            onChanged();
          }}
        />
      )}
    </Space>
  );
}
