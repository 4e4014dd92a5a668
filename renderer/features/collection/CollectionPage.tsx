import { Button, Card, Form, Input, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchSummary } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { todayIso } from '../../components/today';
import { BatchEditor } from './BatchEditor';

/** Collection days (วันเก็บเงินสมทบ): the list of batches, a new one, or one batch being entered. */
export function CollectionPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [batches, setBatches] = useState<BatchSummary[]>([]);
  const [openBatch, setOpenBatch] = useState<number>();
  const language = i18n.language === 'en' ? 'en' : 'th';

  const reload = useCallback(async () => {
    const result = await api.fund['collection.listBatches']({ limit: 100 });
    if (result.ok) setBatches(result.value.rows);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (openBatch !== undefined) {
    return <BatchEditor batchId={openBatch} navigate={navigate} onBack={() => { setOpenBatch(undefined); void reload(); }} />;
  }
  return (
    <Card title={t('ui.collection.title')}>
      <Form
        layout="inline"
        style={{ marginBottom: 16 }}
        initialValues={{ collectedOn: todayIso(), collector: '' }}
        onFinish={async (values: { collectedOn: string; collector: string }) => {
          const result = await api.fund['collection.createBatch'](values);
          if (result.ok) setOpenBatch(result.value.id);
        }}
      >
        <Form.Item name="collectedOn" label={t('fields.collectedOn')} rules={[isoDateRule(t('ui.form.badDate'))]}>
          <BuddhistDateInput data-testid="batch-date" />
        </Form.Item>
        <Form.Item name="collector" label={t('fields.collector')}>
          <Input data-testid="batch-collector" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="batch-create">{t('ui.collection.newBatch')}</Button>
      </Form>
      <Table<BatchSummary>
        rowKey="id"
        size="middle"
        dataSource={batches}
        pagination={false}
        onRow={(batch) => ({ onClick: () => setOpenBatch(batch.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('fields.collectedOn'), dataIndex: 'collectedOn', render: (value: string) => formatDate(value, language) },
          { title: t('fields.collector'), dataIndex: 'collector' },
          { title: t('ui.collection.lines'), dataIndex: 'lineCount', className: 'money' },
          { title: t('ui.collection.total'), dataIndex: 'totalSatang', className: 'money', render: (value: number) => formatBaht(value) },
          { title: t('fields.status'), dataIndex: 'state', render: (value: string) => <Tag color={value === 'posted' ? 'green' : 'gold'}>{t(`ui.collection.states.${value}`)}</Tag> },
          { title: t('ui.collection.receipts'), dataIndex: 'receiptRange', render: (range: BatchSummary['receiptRange']) => (range ? `${range.first} – ${range.last}` : '') },
        ]}
      />
    </Card>
  );
}
