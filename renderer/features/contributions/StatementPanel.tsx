import { Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, MemberStatement, Receipt } from '../../../shared/api/fund-types';
import { formatDate, formatPeriod } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { PaymentForm } from './PaymentForm';

/** The member's contribution card: arrears, a month grid (paid/overdue/due/ahead), receipts, and a payment form. */
export function StatementPanel({ member, navigate }: { member: MemberDetail; navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [statement, setStatement] = useState<MemberStatement>();
  const language = i18n.language === 'en' ? 'en' : 'th';

  const reload = useCallback(async () => {
    const result = await api.fund['contributions.statement']({ memberId: member.id });
    if (result.ok) setStatement(result.value);
  }, [member.id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (!statement) return null;
  return (
    <>
      <Row gutter={24} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Statistic title={t('ui.contributions.arrears')} value={statement.arrearsMonths} suffix={t('ui.contributions.months')} valueStyle={{ color: statement.arrearsMonths > 0 ? '#c0392b' : '#1f6f5c' }} data-testid="member-arrears" />
        </Col>
        <Col span={6}>
          <Statistic title={t('ui.contributions.duesStart')} value={statement.duesStart ? formatPeriod(statement.duesStart, language) : '—'} />
        </Col>
        <Col span={6}>
          <Statistic title={t('ui.contributions.nextUnpaid')} value={statement.nextUnpaid ? formatPeriod(statement.nextUnpaid, language) : '—'} />
        </Col>
      </Row>
      <div className="month-grid" data-testid="month-grid">
        {statement.months.map((month) => (
          <div key={month.period} className={`month-cell month-${month.state}`} title={month.receiptNo ?? ''}>
            {formatPeriod(month.period, language)}
          </div>
        ))}
      </div>
      {member.status === 'active' || statement.arrearsMonths > 0 ? (
        <PaymentForm member={member} statement={statement} onRecorded={(receipt) => navigate({ page: 'receipt', receiptId: receipt.id })} />
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('ui.contributions.receipts')}
      </Typography.Title>
      <Table<Receipt>
        rowKey="id"
        size="small"
        dataSource={statement.receipts}
        pagination={{ pageSize: 10 }}
        onRow={(receipt) => ({ onClick: () => navigate({ page: 'receipt', receiptId: receipt.id }), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('ui.contributions.receiptNo'), dataIndex: 'receiptNo', render: (value: string, receipt) => (receipt.void ? <><s>{value}</s> <Tag color="red">{t('ui.receipt.void')}</Tag></> : value) },
          { title: t('fields.receivedOn'), dataIndex: 'receivedOn', render: (value: string) => formatDate(value, language) },
          { title: t('fields.periods'), dataIndex: 'periods', render: (periods: string[]) => (periods.length ? `${formatPeriod(periods[0] ?? '', language)} – ${formatPeriod(periods[periods.length - 1] ?? '', language)} (${periods.length})` : '—') },
          { title: t('fields.amountSatang'), dataIndex: 'totalSatang', className: 'money', render: (value: number) => formatBaht(value) },
        ]}
      />
    </>
  );
}
