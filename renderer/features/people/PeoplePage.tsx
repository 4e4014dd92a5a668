import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people-types';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { ReasonModal } from '../../components/ReasonModal';
import { usePeopleChanged } from './people-changed';
import { PersonFormModal } from './PersonFormModal';
import { PinModal } from './PinModal';

type Dialog = { kind: 'add' } | { kind: 'edit' | 'pin' | 'reset'; person: Person };

/**
 * The fund's people and their roles (issue 20 §2): the treasurer adds a person, sets her roles and PIN, and
 * deactivates her when she leaves (she is never deleted: the audit trail names her). The chair resets a PIN
 * someone forgot, with the reason. Every change is checked again by the backend.
 */
export function PeoplePage() {
  const { t } = useTranslation();
  const [people, setPeople] = useState<Person[]>();
  const [dialog, setDialog] = useState<Dialog>();
  const peopleChanged = usePeopleChanged();
  const reload = useCallback(async () => {
    const result = await api.fund['people.list']({});
    if (result.ok) setPeople(result.value);
  }, []);
  useEffect(() => void reload(), [reload]);
  const done = () => {
    setDialog(undefined);
    void reload();
    peopleChanged();
  };

  return (
    <Card
      title={t('ui.people.title')}
      data-testid="people-page"
      extra={
        <WriteAction>
          <Button type="primary" onClick={() => setDialog({ kind: 'add' })} data-testid="people-add">
            {t('ui.people.add')}
          </Button>
        </WriteAction>
      }
    >
      <Typography.Paragraph type="secondary">{t('ui.people.hint')}</Typography.Paragraph>
      <Table<Person>
        size="small"
        rowKey="id"
        loading={people === undefined}
        dataSource={people ?? []}
        pagination={false}
        data-testid="people-table"
        columns={[
          { title: t('ui.people.name'), dataIndex: 'displayName' },
          {
            title: t('fields.roles'),
            dataIndex: 'roles',
            render: (held: Person['roles']) => held.map((role) => <Tag key={role}>{t(`roles.${role}`)}</Tag>),
          },
          { title: t('fields.pin'), dataIndex: 'hasPin', render: (hasPin: boolean) => t(hasPin ? 'ui.people.pinSet' : 'ui.people.noPin') },
          {
            title: t('fields.active'),
            dataIndex: 'active',
            render: (active: boolean) => (active ? <Tag color="green">{t('ui.people.active')}</Tag> : <Tag>{t('ui.people.inactive')}</Tag>),
          },
          {
            key: 'actions',
            render: (_value: unknown, person: Person) => (
              <Space size={4}>
                <WriteAction>
                  <Button size="small" onClick={() => setDialog({ kind: 'edit', person })} data-testid={`person-edit-${person.id}`}>
                    {t('ui.people.edit')}
                  </Button>
                </WriteAction>
                <WriteAction>
                  <Button size="small" onClick={() => setDialog({ kind: 'pin', person })} data-testid={`person-pin-${person.id}`}>
                    {t('ui.people.pinButton')}
                  </Button>
                </WriteAction>
                {person.hasPin && (
                  <WriteAction>
                    <Button size="small" onClick={() => setDialog({ kind: 'reset', person })} data-testid={`person-reset-${person.id}`}>
                      {t('ui.people.reset')}
                    </Button>
                  </WriteAction>
                )}
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'add' && <PersonFormModal onSaved={done} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'edit' && <PersonFormModal person={dialog.person} onSaved={done} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'pin' && <PinModal person={dialog.person} onSaved={done} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'reset' && (
        <ReasonModal
          title={t('ui.people.resetTitle', { name: dialog.person.displayName })}
          explanation={t('ui.people.resetExplanation')}
          okText={t('ui.people.reset')}
          placeholder={t('ui.people.resetPlaceholder')}
          testId="pin-reset"
          submit={(reason) => api.fund['people.resetPin']({ personId: dialog.person.id, reason })}
          onClose={() => setDialog(undefined)}
          onDone={done}
        />
      )}
    </Card>
  );
}
