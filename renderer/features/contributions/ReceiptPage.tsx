import { PrinterOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Space, Spin } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { MoneyAccountSelect } from '../money/MoneyAccountSelect';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { newRequestId, todayIso } from '../../components/today';
import { PageSize } from '../../components/print/PageSize';
import { usePrintSettings } from '../../components/print/use-print-settings';
import { ReceiptPaper } from './ReceiptPaper';
import { WriteAction } from '../../app/fund-access';

type VoidValues = { reason: string; voidedOn: string; accountCode?: string };

/** A receipt on screen, printable (the print dialog also saves a PDF), and voidable by a reversal. */
export function ReceiptPage({ receiptId, navigate }: { receiptId: number; navigate: Navigate }) {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<Receipt>();
  const [isVoiding, setVoiding] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  // One id per void, reused if she presses again after a lost answer: the reversal posts once.
  const requestId = useRef(newRequestId());
  const [form] = Form.useForm<VoidValues>();
  const settings = usePrintSettings();

  const reload = useCallback(async () => {
    const result = await api.fund['contributions.receipt']({ receiptId });
    if (result.ok) setReceipt(result.value);
    else setProblem(localized(result.error.message));
  }, [receiptId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function voidReceipt(values: VoidValues) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['contributions.void']({
      receiptId,
      voidedOn: values.voidedOn,
      reason: values.reason,
      requestId: requestId.current,
      ...(values.accountCode ? { accountCode: values.accountCode } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    setVoiding(false);
    setReceipt(result.value);
  }

  if (!receipt) return problem ? <Alert type="error" showIcon title={problem} /> : <Spin />;
  return (
    <Card
      className="printable-card"
      title={<span className="no-print">{t('ui.receipt.screenTitle', { receiptNo: receipt.receiptNo })}</span>}
      extra={
        <Space className="no-print">
          <Button type="primary" icon={<PrinterOutlined />} data-testid="print-receipt" onClick={() => window.print()}>
            {t('ui.receipt.print')}
          </Button>
          {!receipt.void && (
            <WriteAction>
              <Button danger icon={<StopOutlined />} data-testid="void-receipt" onClick={() => setVoiding(true)}>
                {t('ui.receipt.voidAction')}
              </Button>
            </WriteAction>
          )}
          <Button onClick={() => navigate({ page: 'member', memberId: receipt.memberId })} data-testid="receipt-to-member">
            {t('ui.receipt.toMember')}
          </Button>
        </Space>
      }
    >
      {settings?.receiptPaper === 'a5' && <PageSize size="A5 portrait" margin="10mm" />}
      <div className={settings?.receiptPaper === 'a5' ? 'receipt-sheet paper-a5' : 'receipt-sheet'}>
        <ReceiptPaper receipt={receipt} settings={settings} />
      </div>
      <Modal
        open={isVoiding}
        title={t('ui.receipt.voidTitle')}
        okText={t('ui.receipt.voidAction')}
        cancelText={t('ui.common.close')}
        confirmLoading={isBusy}
        okButtonProps={{ danger: true, 'data-testid': 'void-confirm' }}
        onCancel={() => setVoiding(false)}
        onOk={() => form.submit()}
      >
        <p>{t('ui.receipt.voidExplain')}</p>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="void-problem" />}
        <Form<VoidValues>
          form={form}
          layout="vertical"
          initialValues={{ voidedOn: todayIso(), reason: '' }}
          onFinish={(values) => void voidReceipt(values)}
        >
          <Form.Item
            name="reason"
            label={t('fields.reason')}
            rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
          >
            <Input data-testid="void-reason" />
          </Form.Item>
          <Form.Item
            name="voidedOn"
            label={t('fields.voidedOn')}
            rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
          >
            <BuddhistDateInput data-testid="void-date" />
          </Form.Item>
          {/* The refund leaves from the account the receipt went into unless the treasurer chooses another. */}
          <Form.Item name="accountCode" label={t('ui.money.refundFrom')}>
            <MoneyAccountSelect preferred={receipt.accountCode} data-testid="void-account" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
