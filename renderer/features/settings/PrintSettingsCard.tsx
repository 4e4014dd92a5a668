import { Alert, App as AntApp, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signerRoles, type PrintSettings, type PrintSettingsView, type ReceiptPaper } from '../../../shared/api/printing-types';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { WriteAction } from '../../app/fund-access';

const papers: readonly ReceiptPaper[] = ['a4', 'a5', 'a4-two'];

/**
 * How the fund's papers print (issue 14 §15): the receipt's paper, and the officers who sign, by name and
 * position. A blank name signs with the office's holder on the committee today (shown as the field's hint), or
 * prints a line to write in by hand when the committee has none; a blank position prints the office's usual title.
 */
export function PrintSettingsCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<PrintSettings>();
  const [isLoaded, setLoaded] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [committeeNames, setCommitteeNames] = useState<PrintSettingsView['committeeNames']>({});

  useEffect(() => {
    void api.fund['printing.settings']({}).then((result) => {
      if (!result.ok) return setProblem(localized(result.error.message));
      form.setFieldsValue(result.value);
      setCommitteeNames(result.value.committeeNames);
      setLoaded(true);
    });
  }, [form]);

  async function save(values: PrintSettings) {
    setBusy(true);
    const result = await api.fund['printing.updateSettings'](values);
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    setProblem(undefined);
    form.setFieldsValue(result.value);
    void message.success(t('ui.common.saved'));
  }

  return (
    <Card title={t('ui.printSettings.title')} style={{ marginTop: 16 }} data-testid="print-settings-card">
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form<PrintSettings> form={form} layout="vertical" onFinish={(values) => void save(values)} disabled={!isLoaded}>
        <Form.Item name="receiptPaper" label={t('fields.receiptPaper')} extra={t('ui.printSettings.paperHint')}>
          <Radio.Group
            data-testid="print-receipt-paper"
            options={papers.map((paper) => ({ value: paper, label: t(`ui.printSettings.papers.${paper}`) }))}
          />
        </Form.Item>
        <Typography.Text strong>{t('ui.printSettings.signers')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('ui.printSettings.signersHint')}
        </Typography.Paragraph>
        <table className="signer-table">
          <thead>
            <tr>
              <th>{t('ui.printSettings.office')}</th>
              <th>{t('fields.fullName')}</th>
              <th>{t('fields.position')}</th>
            </tr>
          </thead>
          <tbody>
            {signerRoles.map((role) => (
              <tr key={role}>
                <td>{t(`documents.signers.${role}`)}</td>
                <td>
                  <Form.Item name={['signers', role, 'fullName']} style={{ marginBottom: 8 }}>
                    <Input
                      data-testid={`signer-name-${role}`}
                      aria-label={`${t(`documents.signers.${role}`)} ${t('fields.fullName')}`}
                      placeholder={committeeNames[role] ? t('ui.committee.fromCommittee', { name: committeeNames[role] }) : undefined}
                    />
                  </Form.Item>
                </td>
                <td>
                  <Form.Item name={['signers', role, 'position']} style={{ marginBottom: 8 }}>
                    <Input
                      data-testid={`signer-position-${role}`}
                      placeholder={t(`documents.signers.${role}`)}
                      aria-label={`${t(`documents.signers.${role}`)} ${t('fields.position')}`}
                    />
                  </Form.Item>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <WriteAction>
          <Button type="primary" htmlType="submit" loading={isBusy} data-testid="print-settings-save" style={{ marginTop: 8 }}>
            {t('ui.common.save')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}
