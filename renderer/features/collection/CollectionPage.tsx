import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchSummary } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { BatchEditor } from './BatchEditor';
import { receiptRangeLabel } from './receipt-range-label';
import { WriteAction } from '../../app/fund-access';

type NewBatch = { collectedOn: string; collector: string };

/** Collection days (วันเก็บเงินสมทบ): the list of batches, a new one, or one batch being entered. */
export function CollectionPage({ navigate, initialBatchId }: { navigate: Navigate; initialBatchId?: number }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<NewBatch>();
  const [batches, setBatches] = useState<BatchSummary[]>([]);
  const [openBatch, setOpenBatch] = useState<number | undefined>(initialBatchId);
  const [problem, setProblem] = useState<string>();
  const language = i18n.language === 'en' ? 'en' : 'th';

  const reload = useCallback(async () => {
    const result = await api.fund['collection.listBatches']({ limit: 200 });
    if (result.ok) setBatches(result.value.rows);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function create(values: NewBatch) {
    setProblem(undefined);
    const result = await api.fund['collection.createBatch'](values);
    if (result.ok) return setOpenBatch(result.value.id);
    if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
  }

  if (openBatch !== undefined) {
    return (
      <BatchEditor
        batchId={openBatch}
        navigate={navigate}
        onBack={() => {
          setOpenBatch(undefined);
          void reload();
        }}
      />
    );
  }
  return (
    <Card title={t('ui.collection.title')}>
      <div className="batch-entry">
        <Form<NewBatch>
          form={form}
          layout="inline"
          initialValues={{ collectedOn: todayIso(), collector: '' }}
          onFinish={(values) => void create(values)}
        >
          <Form.Item
            name="collectedOn"
            label={t('fields.collectedOn')}
            rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
          >
            <BuddhistDateInput data-testid="batch-date" style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="collector" label={t('ui.collection.collector')}>
            <Input data-testid="batch-collector" style={{ width: 220 }} />
          </Form.Item>
          <WriteAction>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} data-testid="batch-create">
              {t('ui.collection.newBatch')}
            </Button>
          </WriteAction>
        </Form>
      </div>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Table<BatchSummary>
        rowKey="id"
        size="middle"
        className="clickable-rows"
        dataSource={batches}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="batch-list"
        locale={{ emptyText: t('ui.collection.noBatches') }}
        onRow={(batch) => ({ onClick: () => setOpenBatch(batch.id) })}
        columns={[
          { title: t('fields.collectedOn'), dataIndex: 'collectedOn', render: (value: string) => formatDate(value, language) },
          { title: t('ui.collection.collector'), dataIndex: 'collector' },
          { title: t('ui.collection.lines'), dataIndex: 'lineCount', className: 'money', align: 'right' },
          {
            title: t('ui.collection.total'),
            dataIndex: 'totalSatang',
            className: 'money',
            align: 'right',
            render: (value: number) => formatBaht(value),
          },
          {
            title: t('fields.status'),
            dataIndex: 'state',
            render: (value: BatchSummary['state']) => (
              <Tag color={value === 'posted' ? 'green' : 'gold'}>{t(`ui.collection.states.${value}`)}</Tag>
            ),
          },
          {
            title: t('ui.collection.receipts'),
            dataIndex: 'receiptRange',
            render: (range: BatchSummary['receiptRange']) => (range ? receiptRangeLabel(range, t) : ''),
          },
        ]}
      />
    </Card>
  );
}
