import { Alert, App as AntApp, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyIntent } from '../../../shared/api/app-contract';
import { api, isDesktop } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';

/** The part of a location the treasurer reads: the file's name without its folder or `.swfund`. */
export function fileStem(location: string): string {
  return (location.split(/[\\/]/).pop() ?? location).replace(/\.swfund$/i, '');
}

function withExtension(name: string): string {
  const trimmed = name.trim();
  return trimmed.toLowerCase().endsWith('.swfund') ? trimmed : `${trimmed}.swfund`;
}

type Values = { name: string; intent: CopyIntent };

/**
 * "Save a copy" of a fund (issue 15 item 2): the backend copies it with the backup API and checks the copy. The
 * treasurer names the new file and says what it is for, with what each choice means, before anything is made: the
 * same fund moved to another computer (use only one of the two files from now on), or a separate file.
 */
export function SaveCopyModal({
  source,
  sourceLocation,
  fundName,
  onClose,
}: {
  source: { fund: string } | { location: string };
  /** The source's file, as the screen shows it: the suggested name comes from it. */
  sourceLocation: string;
  fundName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [isSaving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const intent = Form.useWatch('intent', form);

  async function save(values: Values) {
    setSaving(true);
    setProblem(undefined);
    const result = await api.app['funds.saveCopy']({ source, location: withExtension(values.name), intent: values.intent });
    setSaving(false);
    if (!result.ok) {
      if (result.error.code === 'cancelled') return;
      if (!showErrorOnForm(form, result.error, { aliases: { location: 'name' } })) setProblem(localized(result.error.message));
      return;
    }
    void message.success(
      t(result.value.intent === 'same-fund' ? 'ui.backups.savedSameFund' : 'ui.backups.savedSeparate', { location: result.value.location }),
      8,
    );
    onClose();
  }

  return (
    <Modal
      open
      title={t('ui.backups.saveCopyTitle', { name: fundName })}
      okText={t(isDesktop() ? 'ui.backups.saveCopyChoose' : 'ui.backups.saveCopyOk')}
      cancelText={t('ui.common.back')}
      okButtonProps={{ loading: isSaving, 'data-testid': 'save-copy-ok' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: t('ui.backups.copyNameDefault', { name: fileStem(sourceLocation) }), intent: 'same-fund' }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="name"
          label={t('ui.backups.copyName')}
          extra={t(isDesktop() ? 'ui.backups.copyNameHintDesktop' : 'ui.backups.copyNameHintWeb')}
          rules={[{ required: true, whitespace: true, message: t('reasons.required') }]}
        >
          <Input data-testid="save-copy-name" suffix=".swfund" />
        </Form.Item>
        <Form.Item name="intent" label={t('ui.backups.intentLabel')}>
          <Radio.Group className="copy-intents" data-testid="save-copy-intent">
            <Radio value="same-fund" data-testid="save-copy-same-fund">
              <strong>{t('ui.backups.intentSameFund')}</strong>
              <div className="copy-intent-hint">{t('ui.backups.intentSameFundHint')}</div>
            </Radio>
            <Radio value="separate" data-testid="save-copy-separate">
              <strong>{t('ui.backups.intentSeparate')}</strong>
              <div className="copy-intent-hint">{t('ui.backups.intentSeparateHint')}</div>
            </Radio>
          </Radio.Group>
        </Form.Item>
        {intent === 'same-fund' && (
          <Alert type="warning" showIcon title={t('ui.backups.sameFundWarning')} data-testid="same-fund-warning" />
        )}
        {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} data-testid="save-copy-problem" />}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('ui.backups.saveCopyHow')}
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}
