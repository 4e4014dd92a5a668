import { PrinterOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Space, Spin } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomeReceipt } from '../../../shared/api/other-money-types';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { usePrintSettings } from '../../components/print/use-print-settings';
import { newRequestId, todayIso } from '../../components/today';
import { MoneyAccountSelect } from '../money/MoneyAccountSelect';
import { IncomeReceiptPaper } from './IncomeReceiptPaper';

type VoidValues = { reason: string; voidedOn: string; accountCode?: string };

/** A receipt for other income on screen, printable (the print dialog also saves a PDF), and voidable by a reversal. */
export function IncomeReceiptPage({
  receiptId,
  navigate,
  from = 'otherMoney',
}: {
  receiptId: number;
  navigate: Navigate;
  /** Where the receipt was opened from, so Back returns there (the books open it from a cash or bank book line). */
  from?: 'otherMoney' | 'cashbook';
}) {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<IncomeReceipt>();
  const [isVoiding, setVoiding] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const requestId = useRef(newRequestId());
  const [form] = Form.useForm<VoidValues>();
  const settings = usePrintSettings();

  const reload = useCallback(async () => {
    const result = await api.fund['income.receipt']({ receiptId });
    if (result.ok) setReceipt(result.value);
    else setProblem(localized(result.error.message));
  }, [receiptId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function voidReceipt(values: VoidValues) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['income.void']({
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
          <Button type="primary" icon={<PrinterOutlined />} data-testid="print-income-receipt" onClick={() => window.print()}>
            {t('ui.receipt.print')}
          </Button>
          {!receipt.void && (
            <WriteAction>
              <Button danger icon={<StopOutlined />} data-testid="void-income-receipt" onClick={() => setVoiding(true)}>
                {t('ui.receipt.voidAction')}
              </Button>
            </WriteAction>
          )}
          <Button
            onClick={() => navigate(from === 'cashbook' ? { page: 'cashbook' } : { page: 'otherMoney', tab: 'income' })}
            data-testid="income-receipt-back"
          >
            {t(from === 'cashbook' ? 'ui.incomeReceipt.backToBooks' : 'ui.incomeReceipt.back')}
          </Button>
        </Space>
      }
    >
      <div className="receipt-sheet">
        <IncomeReceiptPaper receipt={receipt} settings={settings} />
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
        <p>{t('ui.incomeReceipt.voidExplain')}</p>
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
          {/* The refund leaves from the account the money went into unless the treasurer chooses another. */}
          <Form.Item name="accountCode" label={t('ui.money.refundFrom')}>
            <MoneyAccountSelect preferred={receipt.accountCode} data-testid="void-account" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
