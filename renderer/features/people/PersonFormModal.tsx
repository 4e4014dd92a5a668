import { Alert, Checkbox, Form, Input, Modal, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people-types';
import { roles, type Role } from '../../../shared/domain/people/roles';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';

type Values = { displayName?: string; roles?: Role[]; pin?: string; active?: boolean };

/**
 * Adds a person (her name, her roles, a PIN if she wants one) or changes one (name, roles, active). The backend
 * refuses a name another active person has and leaving the fund without a treasurer, on the field it names.
 */
export function PersonFormModal({ person, onSaved, onClose }: { person?: Person; onSaved: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  async function save(values: Values) {
    setBusy(true);
    const displayName = values.displayName ?? '';
    const held = values.roles ?? [];
    const result = person
      ? await api.fund['people.update']({
          personId: person.id,
          expectedVersion: person.version,
          displayName,
          roles: held,
          active: values.active ?? true,
        })
      : await api.fund['people.add']({ displayName, roles: held, ...(values.pin ? { pin: values.pin } : {}) });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
      return;
    }
    onSaved();
  }

  return (
    <Modal
      open
      title={t(person ? 'ui.people.editTitle' : 'ui.people.addTitle')}
      okText={t('ui.people.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={isBusy}
      okButtonProps={{ 'data-testid': 'person-save' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={person ? { displayName: person.displayName, roles: person.roles, active: person.active } : { roles: [] }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="displayName" label={t('ui.people.name')} rules={[{ required: true, message: t('reasons.required') }]}>
          <Input data-testid="person-name" maxLength={100} />
        </Form.Item>
        <Form.Item name="roles" label={t('fields.roles')} rules={[{ required: true, message: t('reasons.required') }]}>
          <Checkbox.Group>
            {roles.map((role) => (
              <Checkbox key={role} value={role} data-testid={`person-role-${role}`}>
                {t(`roles.${role}`)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        {person ? (
          <Form.Item name="active" label={t('fields.active')} valuePropName="checked">
            <Switch data-testid="person-active" />
          </Form.Item>
        ) : (
          <Form.Item name="pin" label={t('fields.pin')} extra={t('ui.people.pinHint')}>
            <Input.Password inputMode="numeric" autoComplete="new-password" data-testid="person-pin" />
          </Form.Item>
        )}
      </Form>
      {problem && <Alert type="error" showIcon title={problem} data-testid="person-problem" />}
    </Modal>
  );
}
