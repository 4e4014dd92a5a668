import { Card, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CashBookPage as Page, CashBookRow } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput } from '../../components/BuddhistDateInput';

const pageSize = 50;

/** สมุดเงินสด (handbook §(d)2): date, document no., description, in, out, running balance, in B.E. */
export function CashBookPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState<Page>();
  const [current, setCurrent] = useState(1);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const language = i18n.language === 'en' ? 'en' : 'th';
  const isIso = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

  useEffect(() => {
    void api.fund['ledger.cashBook']({ offset: (current - 1) * pageSize, limit: pageSize, ...(isIso(from) ? { from } : {}), ...(isIso(to) ? { to } : {}) }).then(
      (result) => result.ok && setPage(result.value),
    );
  }, [current, from, to]);

  return (
    <Card title={t('ui.cashBook.title')}>
      <Space style={{ marginBottom: 16 }}>
        <Typography.Text>{t('fields.from')}</Typography.Text>
        <BuddhistDateInput value={from} onChange={(value) => { setFrom(value); setCurrent(1); }} />
        <Typography.Text>{t('fields.to')}</Typography.Text>
        <BuddhistDateInput value={to} onChange={(value) => { setTo(value); setCurrent(1); }} />
        {page && <Typography.Text data-testid="cash-opening">{t('ui.cashBook.opening', { amount: formatBaht(page.openingBalanceSatang) })}</Typography.Text>}
      </Space>
      <Table<CashBookRow>
        data-testid="cash-book"
        rowKey={(row) => `${row.date}-${row.documentNo}-${row.balanceSatang}-${row.inSatang}-${row.outSatang}`}
        size="middle"
        dataSource={page?.rows ?? []}
        pagination={{ current, pageSize, total: page?.total ?? 0, onChange: setCurrent, showSizeChanger: false }}
        onRow={(row) => ({
          onClick: () => row.receiptId !== null && navigate({ page: 'receipt', receiptId: row.receiptId }),
          style: { cursor: row.receiptId !== null ? 'pointer' : 'default' },
        })}
        columns={[
          { title: t('ui.cashBook.date'), dataIndex: 'date', width: 130, render: (value: string) => formatDate(value, language) },
          { title: t('ui.cashBook.documentNo'), dataIndex: 'documentNo', width: 260 },
          { title: t('ui.cashBook.description'), dataIndex: 'description', render: (value: CashBookRow['description']) => t(`descriptions.${value.code}`, value.params) },
          { title: t('ui.cashBook.in'), dataIndex: 'inSatang', width: 130, className: 'money', render: (value: number) => (value ? formatBaht(value) : '') },
          { title: t('ui.cashBook.out'), dataIndex: 'outSatang', width: 130, className: 'money', render: (value: number) => (value ? formatBaht(value) : '') },
          { title: t('ui.cashBook.balance'), dataIndex: 'balanceSatang', width: 150, className: 'money', render: (value: number) => formatBaht(value) },
        ]}
      />
    </Card>
  );
}
