import { LockOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodLock } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';

type Values = { through: string };

/**
 * The lock date (issue 16 §4): nothing is posted on or before it, so a month or a year the committee has seen
 * stays as it was; a correction goes in as a reversal in the open period. §10 is cumulative since founding, so
 * closing a year is locking it — there are no closing entries. The lock only moves forward, and never past today.
 */
export function PeriodLockCard() {
  const { t, i18n } = useTranslation();
  const { modal, message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [lock, setLock] = useState<PeriodLock>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'th';

  useEffect(() => {
    void api.fund['periods.status']({}).then((result) => (result.ok ? setLock(result.value) : setProblem(localized(result.error.message))));
  }, []);

  async function lockThrough(values: Values) {
    const confirmed = await modal.confirm({
      title: t('ui.periodLock.confirmTitle', { date: formatDate(values.through, language) }),
      content: t('ui.periodLock.confirmText'),
      okText: t('ui.periodLock.lock'),
      cancelText: t('ui.common.cancel'),
    });
    if (!confirmed) return;
    setBusy(true);
    const result = await api.fund['periods.lock']({ through: values.through });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    setProblem(undefined);
    setLock(result.value);
    form.resetFields();
    void message.success(t('ui.periodLock.locked', { date: formatDate(values.through, language) }));
  }

  return (
    <Card title={t('ui.periodLock.title')} style={{ marginTop: 16 }} data-testid="period-lock">
      <Typography.Paragraph data-testid="period-lock-status">
        <LockOutlined />{' '}
        {lock?.lockedThrough
          ? t('ui.periodLock.lockedThrough', { date: formatDate(lock.lockedThrough, language) })
          : t('ui.periodLock.none')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('ui.periodLock.hint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="period-lock-problem" />}
      <Form<Values> form={form} layout="inline" onFinish={(values) => void lockThrough(values)} disabled={!lock}>
        <Form.Item
          name="through"
          label={t('fields.through')}
          rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
        >
          <BuddhistDateInput data-testid="period-lock-date" />
        </Form.Item>
        <WriteAction>
          <Button type="primary" htmlType="submit" loading={isBusy} icon={<LockOutlined />} data-testid="period-lock-save">
            {t('ui.periodLock.lock')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}
