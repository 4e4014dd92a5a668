import { Alert, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { latestMatchingYear } from '../../../shared/domain/matching/eligibility';
import { parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { todayIso } from '../../components/today';
import { RoundMemberPicker } from './RoundMemberPicker';

type Values = { roundNo?: number; cutoffYear: number; amount: string; membersCounted?: number; memberIds?: number[] };

/**
 * A round the fund was matched in before it used the app: its number, the year it counted members, the amount
 * and how many members it counted, and which ones where the fund knows them (then the count is their number). Its money is already in the opening balances, so nothing is posted.
 */
export function PastRoundModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const latest = latestMatchingYear(todayIso());
  const years = Array.from({ length: 20 }, (_, index) => latest - index);
  const named = Form.useWatch('memberIds', form) ?? [];

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['grants.addPastRound']({
      roundNo: values.roundNo ?? 0,
      cutoffYear: values.cutoffYear,
      amountSatang: parseBaht(values.amount) ?? 0,
      membersCounted: values.membersCounted ?? 0,
      memberIds: values.memberIds ?? [],
    });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases: { amountSatang: 'amount' } })) setProblem(localized(result.error.message));
      return;
    }
    onDone();
  }

  return (
    <Modal
      open
      title={t('ui.grants.addPastRound')}
      okText={t('ui.grants.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'round-past-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('ui.grants.pastRoundIntro')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="round-past-problem" />}
      <Form<Values> form={form} layout="vertical" initialValues={{ cutoffYear: latest - 1 }} onFinish={(values) => void submit(values)}>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            name="roundNo"
            label={t('fields.roundNo')}
            rules={[{ required: true, message: t('ui.form.required') }]}
            style={{ flex: 1 }}
          >
            <InputNumber min={1} max={99} style={{ width: '100%' }} data-testid="round-past-no" />
          </Form.Item>
          <Form.Item name="cutoffYear" label={t('fields.cutoffYear')} style={{ flex: 2 }}>
            <Select<number>
              data-testid="round-past-year"
              options={years.map((year) => ({ value: year, label: t('ui.grants.cutoffOption', { year: toBuddhistYear(year) }) }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="amount" label={t('fields.amountSatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
          <MoneyInput data-testid="round-past-amount" />
        </Form.Item>
        <Form.Item name="membersCounted" label={t('fields.membersCounted')} rules={[{ required: true, message: t('ui.form.required') }]}>
          <InputNumber min={1} style={{ width: '100%' }} data-testid="round-past-members" />
        </Form.Item>
        <Form.Item
          name="memberIds"
          label={t('fields.memberIds')}
          extra={named.length > 0 ? t('ui.grants.membersNamed', { count: named.length }) : undefined}
        >
          <RoundMemberPicker
            data-testid="round-past-member-picker"
            onChange={(ids) => {
              // Naming members sets the count to their number; the treasurer may still change it (the API refuses a mismatch).
              form.setFieldsValue({ memberIds: ids, ...(ids.length > 0 ? { membersCounted: ids.length } : {}) });
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
