import { UserOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrentPerson } from '../../../shared/api/people-types';

/** The person at the PC, on every screen of the fund (issue 20 §2), and the way to hand the PC to someone else. */
export function PersonBar({ current, onSwitch }: { current: CurrentPerson; onSwitch: () => void }) {
  const { t } = useTranslation();
  if (!current.person) return null;
  return (
    <Space size={4} className="person-bar">
      <Tag icon={<UserOutlined />} color="green" data-testid="current-person">
        {current.person.displayName}
      </Tag>
      {current.activePeople > 1 && (
        <Button size="small" icon={<UserSwitchOutlined />} onClick={onSwitch} data-testid="switch-person">
          {t('ui.people.switch')}
        </Button>
      )}
    </Space>
  );
}
