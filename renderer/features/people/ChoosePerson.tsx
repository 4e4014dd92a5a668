import { Alert, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentPerson, Person } from '../../../shared/api/people-types';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';

/**
 * Who is at the PC (issue 20 §2): asked when a fund with several people opens, and on "switch person". She picks her
 * name and types her PIN when she has one; a wrong PIN is said in place and nothing else happens.
 */
export function ChoosePerson({ onChosen, onCancel }: { onChosen: (current: CurrentPerson) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [people, setPeople] = useState<Person[]>();
  const [personId, setPersonId] = useState<number>();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    void api.fund['people.list']({}).then((result) => {
      if (result.ok) setPeople(result.value.filter((person) => person.active));
      else setProblem(localized(result.error.message));
    });
  }, []);

  const chosen = people?.find((person) => person.id === personId);

  async function choose() {
    if (!chosen) return;
    setBusy(true);
    const result = await api.fund['people.signIn']({ personId: chosen.id, ...(chosen.hasPin ? { pin } : {}) });
    setBusy(false);
    if (!result.ok) return setProblem(localized(result.error.message));
    onChosen(result.value);
  }

  return (
    <Card
      title={t('ui.people.whoTitle')}
      className="choose-person"
      data-testid="choose-person"
      style={{ maxWidth: 520, margin: '48px auto' }}
    >
      <Typography.Paragraph type="secondary">{t('ui.people.whoHint')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void choose()}>
        <Form.Item label={t('fields.personId')}>
          <Radio.Group
            value={personId}
            onChange={(event) => {
              setPersonId(event.target.value as number);
              setPin('');
              setProblem(undefined);
            }}
          >
            <Space orientation="vertical">
              {(people ?? []).map((person) => (
                <Radio key={person.id} value={person.id} data-testid={`choose-person-${person.id}`}>
                  {person.displayName}{' '}
                  <Typography.Text type="secondary">({person.roles.map((role) => t(`roles.${role}`)).join(', ')})</Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {chosen?.hasPin && (
          <Form.Item label={t('fields.pin')}>
            <Input.Password
              autoFocus
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onChange={(event) => setPin(event.target.value)}
              data-testid="choose-person-pin"
            />
          </Form.Item>
        )}
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="choose-person-problem" />}
        <Space>
          <Button type="primary" htmlType="submit" disabled={!chosen} loading={isBusy} data-testid="choose-person-confirm">
            {t('ui.people.useAs')}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>}
        </Space>
      </Form>
    </Card>
  );
}
