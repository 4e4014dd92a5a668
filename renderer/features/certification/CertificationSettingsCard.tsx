import { App as AntApp, Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificationSettings } from '../../../shared/api/certification-types';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized, showErrorOnForm } from '../../components/api-errors';

type Values = Omit<CertificationSettings, 'version'>;

/** The thresholds the criteria are judged by (fund settings) and the fund's coordinator of status form §1. */
export function CertificationSettingsCard({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [settings, setSettings] = useState<CertificationSettings>();
  const [isBusy, setBusy] = useState(false);

  const load = useCallback(() => {
    void api.fund['certification.settings']({}).then((result) => {
      if (!result.ok) return;
      setSettings(result.value);
      form.setFieldsValue(result.value);
    });
  }, [form]);
  useEffect(load, [load]);

  async function save(values: Values) {
    if (!settings) return;
    setBusy(true);
    const result = await api.fund['certification.updateSettings']({ ...values, expectedVersion: settings.version });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) void message.error(localized(result.error.message));
      return;
    }
    setSettings(result.value);
    void message.success(t('ui.common.saved'));
    onSaved();
  }

  const months = (name: keyof Values, max: number) => (
    <Col xs={12} md={6}>
      <Form.Item name={name} label={t(`ui.certification.${name}`)} rules={[{ required: true }]}>
        <InputNumber min={1} max={max} precision={0} style={{ width: '100%' }} data-testid={`certification-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <Card size="small" title={t('ui.certification.settings')} style={{ marginTop: 16 }} data-testid="certification-settings">
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Row gutter={16}>
          {months('meetingMonths', 24)}
          {months('payoutMonths', 36)}
          {months('minWelfareTypes', 50)}
          {months('syncMonths', 36)}
          <Col xs={24} md={12}>
            <Form.Item name="coordinatorName" label={t('ui.certification.coordinatorName')}>
              <Input maxLength={120} data-testid="certification-coordinator-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="coordinatorPhone" label={t('ui.certification.coordinatorPhone')}>
              <Input maxLength={40} data-testid="certification-coordinator-phone" />
            </Form.Item>
          </Col>
        </Row>
        <WriteAction>
          <Button type="primary" htmlType="submit" loading={isBusy} disabled={!settings} data-testid="certification-settings-save">
            {t('ui.common.save')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}
