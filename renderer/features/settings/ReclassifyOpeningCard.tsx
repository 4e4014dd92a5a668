import { Alert, App as AntApp, Button, Card, Form, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, OpeningBalances } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { newRequestId } from '../../components/today';
import { PaperBalance, paperLines, paperSides, Section10LineFields, type PaperValues } from './Section10LineFields';

type Values = PaperValues & { date?: string };

/**
 * An opening entered the old way (cash, bank, investments against ยอดยกมา) spread by the treasurer over the lines
 * of the fund's paper §10, posted as one dated entry; what ยอดยกมา holds must be spread to the satang.
 */
export function ReclassifyOpeningCard({
  opening,
  accounts,
  onSaved,
}: {
  opening: OpeningBalances;
  accounts: readonly Account[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const requestId = useRef(newRequestId());
  const watched = Form.useWatch([], form) as Values | undefined;
  const lines = paperLines(accounts, watched?.lines);
  const sides = paperSides(accounts, lines);

  async function submit(values: Values) {
    const result = await api.fund['ledger.reclassifyOpening']({
      requestId: requestId.current,
      date: values.date ?? '',
      lines: paperLines(accounts, values.lines),
    });
    if (!result.ok) return setProblem(localized(result.error.message));
    setProblem(undefined);
    requestId.current = newRequestId();
    form.resetFields();
    void message.success(t('ui.opening.reclassified', { amount: formatBaht(opening.reclassifiableSatang) }));
    onSaved();
  }

  return (
    <Card title={t('ui.opening.reclassifyTitle')} style={{ marginTop: 16 }} data-testid="opening-reclassify">
      <Typography.Paragraph type="secondary">
        {t('ui.opening.reclassifyHint', { amount: formatBaht(opening.reclassifiableSatang) })}
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="reclassify-problem" />}
      <Form form={form} layout="vertical" initialValues={{ date: opening.openedOn }} onFinish={(values) => void submit(values)}>
        <Form.Item
          name="date"
          label={t('ui.opening.reclassifyDate')}
          rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
        >
          <BuddhistDateInput data-testid="reclassify-date" />
        </Form.Item>
        <Section10LineFields accounts={accounts} testIdPrefix="reclassify" />
        <PaperBalance left={sides.receipts - sides.payments} right={opening.reclassifiableSatang} kind="reclassify" />
        <WriteAction>
          <Button htmlType="submit" data-testid="reclassify-submit">
            {t('ui.opening.reclassify')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}
