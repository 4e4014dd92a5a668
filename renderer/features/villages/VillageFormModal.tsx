import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Village } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';

type Values = { code?: string; moo?: number | null; name?: string; households?: number | null; population?: number | null };

/**
 * Adds a village to the register or corrects one: DOPA code, หมู่ที่, name, households, population. The backend
 * checks the code against the หมู่ and the register; its refusal shows on the field it names.
 */
export function VillageFormModal({
  village,
  subdistrictCode,
  onSaved,
  onClose,
}: {
  /** The village to correct; absent to add one. */
  village?: Village;
  /** The fund's ตำบล code, offered as the start of a new village's code. */
  subdistrictCode?: string;
  onSaved: (village: Village) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  async function save(values: Values) {
    const fields = {
      code: values.code?.trim() ? values.code.trim() : null,
      moo: values.moo ?? null,
      name: values.name ?? '',
      households: values.households ?? null,
      population: values.population ?? null,
    };
    setBusy(true);
    const result = village
      ? await api.fund['villages.update']({ villageId: village.id, expectedVersion: village.version, village: fields })
      : await api.fund['villages.add'](fields);
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { stripPrefix: 'village.' })) setProblem(localized(result.error.message));
      return;
    }
    onSaved(result.value);
  }

  const tambon = subdistrictCode && /^\d{6}$/.test(subdistrictCode) ? subdistrictCode : undefined;
  return (
    <Modal
      open
      title={village ? t('ui.villages.editTitle') : t('ui.villages.add')}
      okText={t('ui.common.save')}
      cancelText={t('ui.common.cancel')}
      confirmLoading={isBusy}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'village-save' }}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={village ?? { code: tambon ?? '' }}
        onFinish={(values) => void save(values)}
        // A refusal shown on a field goes once the field is changed.
        onValuesChange={(changed: Values) =>
          form.setFields((Object.keys(changed) as (keyof Values)[]).map((name) => ({ name, errors: [] })))
        }
      >
        <Form.Item name="moo" label={t('fields.moo')}>
          <InputNumber min={1} max={99} style={{ width: '100%' }} data-testid="village-moo" autoFocus />
        </Form.Item>
        <Form.Item name="name" label={t('fields.village')}>
          <Input maxLength={80} data-testid="village-name" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('fields.code')}
          extra={tambon ? t('ui.villages.codeHint', { tambon }) : t('ui.villages.codeHintNoTambon')}
        >
          <Input maxLength={8} inputMode="numeric" data-testid="village-code" />
        </Form.Item>
        <Form.Item name="households" label={t('fields.households')}>
          <InputNumber style={{ width: '100%' }} data-testid="village-households" />
        </Form.Item>
        <Form.Item name="population" label={t('fields.population')}>
          <InputNumber style={{ width: '100%' }} data-testid="village-population" />
        </Form.Item>
        {/* Enter in any field saves, as the OK button does: the form's own submit, out of sight. */}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
