import { Alert, Button, Card, Form, Input, Modal, Space, Spin } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized } from '../../components/api-errors';
import { newRequestId, todayIso } from '../../components/today';
import { ReceiptPaper } from './ReceiptPaper';

/** A receipt on screen, printable (the print dialog also saves a PDF), and voidable by a reversal. */
export function ReceiptPage({ receiptId, navigate }: { receiptId: number; navigate: Navigate }) {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<Receipt>();
  const [voiding, setVoiding] = useState(false);
  const [problem, setProblem] = useState<string>();
  const requestId = useRef(newRequestId());
  const [form] = Form.useForm<{ reason: string; voidedOn: string }>();

  const reload = useCallback(async () => {
    const result = await api.fund['contributions.receipt']({ receiptId });
    if (result.ok) setReceipt(result.value);
  }, [receiptId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (!receipt) return <Spin />;
  return (
    <Card
      className="receipt-card"
      title={<span className="no-print">{t('ui.receipt.screenTitle', { receiptNo: receipt.receiptNo })}</span>}
      extra={
        <Space className="no-print">
          <Button type="primary" data-testid="print-receipt" onClick={() => window.print()}>{t('ui.receipt.print')}</Button>
          {!receipt.void && <Button danger data-testid="void-receipt" onClick={() => setVoiding(true)}>{t('ui.receipt.voidAction')}</Button>}
          <Button onClick={() => navigate({ page: 'member', memberId: receipt.memberId })}>{t('ui.receipt.toMember')}</Button>
        </Space>
      }
    >
      <ReceiptPaper receipt={receipt} />
      <Modal
        open={voiding}
        title={t('ui.receipt.voidTitle')}
        okText={t('ui.receipt.voidAction')}
        okButtonProps={{ danger: true, 'data-testid': 'void-confirm' } as { danger: boolean }}
        onCancel={() => setVoiding(false)}
        onOk={() => form.submit()}
      >
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ voidedOn: todayIso(), reason: '' }}
          onFinish={async (values) => {
            const result = await api.fund['contributions.void']({ receiptId, voidedOn: values.voidedOn, reason: values.reason, requestId: requestId.current });
            if (!result.ok) return setProblem(localized(result.error.message));
            setVoiding(false);
            setReceipt(result.value);
          }}
        >
          <Form.Item name="reason" label={t('fields.reason')} rules={[{ required: true, message: t('ui.form.required') }]}>
            <Input data-testid="void-reason" />
          </Form.Item>
          <Form.Item name="voidedOn" label={t('fields.voidedOn')} rules={[isoDateRule(t('ui.form.badDate'))]}>
            <BuddhistDateInput />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
