import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people-types';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';

/** The treasurer sets a person's PIN, or clears it (left empty): 4 to 8 digits, kept only as a hash. */
export function PinModal({ person, onSaved, onClose }: { person: Person; onSaved: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    const result = await api.fund['people.setPin']({ personId: person.id, pin: pin === '' ? null : pin });
    setBusy(false);
    if (!result.ok) return setProblem(localized(result.error.message));
    onSaved();
  }

  return (
    <Modal
      open
      title={t('ui.people.pinTitle', { name: person.displayName })}
      okText={t(pin === '' ? 'ui.people.clearPin' : 'ui.people.setPin')}
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={isBusy}
      okButtonProps={{ 'data-testid': 'pin-save' }}
    >
      <Typography.Paragraph type="secondary">{t('ui.people.pinHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('fields.pin')}>
          <Input.Password
            inputMode="numeric"
            autoComplete="new-password"
            value={pin}
            onChange={(event) => setPin(event.target.value)}
            data-testid="pin-input"
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} data-testid="pin-problem" />}
    </Modal>
  );
}
