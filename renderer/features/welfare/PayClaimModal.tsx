import { Alert, Form, Input, Modal, Table } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareClaim, WelfarePayoutPlan } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { BuddhistDateInput } from '../../components/BuddhistDateInput';
import { localized } from '../../components/api-errors';
import { newRequestId, todayIso } from '../../components/today';
import { ExplanationList } from './ExplanationList';
import { MoneyAccountSelect } from '../money/MoneyAccountSelect';
import { footerSayingWhy } from '../../components/WhyDisabled';

type Props = { claim: WelfareClaim; onClose: () => void; onPaid: (claim: WelfareClaim) => void };

/**
 * Paying an approved claim: the payees, their shares and any arrears kept back are shown before anything is
 * written (the plan is re-read whenever the date or the payee changes); one voucher per payee is then posted.
 */
export function PayClaimModal({ claim, onClose, onPaid }: Props) {
  const { t } = useTranslation();
  const [paidOn, setPaidOn] = useState(todayIso());
  const [payeeName, setPayeeName] = useState(claim.recipientKind === 'member' ? claim.member.name : '');
  const [payeeAddress, setPayeeAddress] = useState('');
  const [accountCode, setAccountCode] = useState<string>();
  const [plan, setPlan] = useState<WelfarePayoutPlan>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(paidOn)) return;
    let current = true;
    void api.fund['welfare.payoutPlan']({ claimId: claim.id, paidOn, payeeName }).then((result) => {
      if (!current) return;
      setPlan(result.ok ? result.value : undefined);
      setProblem(result.ok ? undefined : localized(result.error.message));
    });
    return () => {
      current = false;
    };
  }, [claim.id, paidOn, payeeName]);

  async function pay() {
    setBusy(true);
    const result = await api.fund['welfare.payClaim']({
      claimId: claim.id,
      requestId: requestId.current,
      paidOn,
      payeeName,
      payeeAddress,
      accountCode: accountCode ?? '',
    });
    setBusy(false);
    if (!result.ok) return setProblem(localized(result.error.message));
    onPaid(result.value);
  }

  return (
    <Modal
      open
      width={760}
      title={t('ui.welfarePay.title', { member: claim.member.name, type: claim.typeName.th })}
      onCancel={onClose}
      onOk={() => void pay()}
      okText={t('ui.welfarePay.confirm')}
      okButtonProps={{ disabled: !plan || busy || accountCode === undefined, loading: busy, 'data-testid': 'pay-confirm' }}
      footer={footerSayingWhy(!plan ? t('ui.whyDisabled.loading') : busy ? t('ui.whyDisabled.working') : undefined)}
    >
      <Form layout="vertical">
        <Form.Item label={t('fields.paidOn')}>
          <BuddhistDateInput value={paidOn} onChange={setPaidOn} data-testid="pay-date" />
        </Form.Item>
        {!plan?.fromBeneficiaries && (
          <Form.Item label={t('fields.payeeName')} required>
            <Input value={payeeName} onChange={(event) => setPayeeName(event.target.value)} data-testid="pay-payee" />
          </Form.Item>
        )}
        <Form.Item label={t('fields.payeeAddress')}>
          <Input value={payeeAddress} onChange={(event) => setPayeeAddress(event.target.value)} />
        </Form.Item>
        <Form.Item label={t('fields.accountCode')} required>
          <MoneyAccountSelect value={accountCode} onChange={setAccountCode} data-testid="pay-account" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} data-testid="pay-problem" style={{ marginBottom: 12 }} />}
      {plan && (
        <>
          {plan.fromBeneficiaries && (
            <Alert type="info" showIcon title={t('ui.welfarePay.fromBeneficiaries')} style={{ marginBottom: 12 }} />
          )}
          <Table
            size="small"
            rowKey="payeeName"
            pagination={false}
            dataSource={plan.parts}
            data-testid="pay-plan"
            columns={[
              { title: t('fields.payeeName'), dataIndex: 'payeeName' },
              { title: t('fields.share'), dataIndex: 'share', width: 70, align: 'right' },
              {
                title: t('ui.welfarePay.gross'),
                dataIndex: 'grossSatang',
                width: 120,
                align: 'right',
                render: (value: number) => formatBaht(value),
              },
              {
                title: t('ui.welfarePay.deducted'),
                dataIndex: 'deductedSatang',
                width: 120,
                align: 'right',
                render: (value: number) => formatBaht(value),
              },
              {
                title: t('ui.welfarePay.net'),
                dataIndex: 'netSatang',
                width: 120,
                align: 'right',
                render: (value: number) => <strong>{formatBaht(value)}</strong>,
              },
            ]}
          />
          <ExplanationList lines={plan.lines} />
        </>
      )}
    </Modal>
  );
}
