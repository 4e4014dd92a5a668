import { Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, MemberStatement, StatementReceipt } from '../../../shared/api/fund-types';
import { formatDate, formatPeriod } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { ExportButtons } from '../../components/ExportButtons';
import { MonthGrid } from './MonthGrid';
import { PaymentForm } from './PaymentForm';

/** The member's contribution card: arrears, the month grid, a payment form, and the member's receipts. */
export function StatementPanel({ member, navigate }: { member: MemberDetail; navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [statement, setStatement] = useState<MemberStatement>();
  const [picked, setPicked] = useState<string[]>([]);
  const language = i18n.language === 'en' ? 'en' : 'th';

  const reload = useCallback(async () => {
    const result = await api.fund['contributions.statement']({ memberId: member.id });
    if (result.ok) setStatement(result.value);
  }, [member.id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (!statement) return null;
  const togglePeriod = (period: string) =>
    setPicked((previous) => (previous.includes(period) ? previous.filter((item) => item !== period) : [...previous, period].sort()));
  const canPay = member.void === null && (member.status === 'active' || statement.arrearsMonths > 0);
  return (
    <>
      <div className="page-toolbar">
        <span className="spacer" />
        <ExportButtons method="exports.memberStatement" input={{ memberId: member.id }} testId="statement-export" />
      </div>
      <Row gutter={24} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('ui.contributions.arrears')}
            value={statement.arrearsMonths}
            suffix={t('ui.contributions.months')}
            styles={{ content: { color: statement.arrearsMonths > 0 ? '#c0392b' : '#1f6f5c' } }}
            data-testid="member-arrears"
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('ui.contributions.duesStart')}
            value={statement.duesStart ? formatPeriod(statement.duesStart, language) : '—'}
            data-testid="member-dues-start"
          />
          {/* Dues counted from the opening month are not when she joined: say both (issue 14 §18). */}
          {statement.duesStart !== null && statement.duesStart > member.approvedOn.slice(0, 7) && (
            <Typography.Text
              type={member.paidThroughPeriod || member.noArrearsAtOpening ? 'secondary' : 'warning'}
              data-testid="member-dues-origin"
            >
              {t('ui.contributions.memberSince', { date: formatDate(member.approvedOn, language) })}
              {' · '}
              {member.paidThroughPeriod
                ? t('ui.contributions.openingPaidThrough', { period: formatPeriod(member.paidThroughPeriod, language) })
                : member.noArrearsAtOpening
                  ? t('ui.contributions.openingNoArrears')
                  : t('ui.contributions.openingUnknown')}
            </Typography.Text>
          )}
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('ui.contributions.nextUnpaid')}
            value={statement.nextUnpaid ? formatPeriod(statement.nextUnpaid, language) : '—'}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('ui.contributions.receiptCount')} value={statement.receiptTotal} />
        </Col>
      </Row>
      <MonthGrid months={statement.months} picked={canPay ? picked : []} onToggle={canPay ? togglePeriod : () => undefined} />
      {canPay && (
        <PaymentForm
          member={member}
          statement={statement}
          pickedPeriods={picked}
          onClearPicked={() => setPicked([])}
          onRecorded={(receipt) => navigate({ page: 'receipt', receiptId: receipt.id, from: 'members' })}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('ui.contributions.receipts')}
      </Typography.Title>
      <Table<StatementReceipt>
        rowKey="id"
        size="small"
        className="clickable-rows"
        dataSource={statement.receipts}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="member-receipts"
        onRow={(receipt) => ({ onClick: () => navigate({ page: 'receipt', receiptId: receipt.id, from: 'members' }) })}
        columns={[
          {
            title: t('ui.contributions.receiptNo'),
            dataIndex: 'receiptNo',
            render: (value: string, receipt) =>
              receipt.void ? (
                <>
                  <s>{value}</s> <Tag color="red">{t('ui.receipt.void')}</Tag>
                </>
              ) : (
                value
              ),
          },
          { title: t('fields.receivedOn'), dataIndex: 'receivedOn', render: (value: string) => formatDate(value, language) },
          {
            title: t('fields.periods'),
            dataIndex: 'periods',
            render: (periods: string[]) =>
              periods.length
                ? `${formatPeriod(periods[0] ?? '', language)} – ${formatPeriod(periods[periods.length - 1] ?? '', language)} (${periods.length})`
                : '—',
          },
          {
            title: t('fields.amountSatang'),
            dataIndex: 'totalSatang',
            className: 'money',
            align: 'right',
            render: (value: number) => formatBaht(value),
          },
        ]}
      />
    </>
  );
}
