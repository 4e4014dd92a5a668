import { ExperimentOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** "ตัวอย่าง" beside a demo fund's name in every list of funds, so a demo is never taken for a real fund. */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    <Tag className="start-list-tag" color="orange" icon={<ExperimentOutlined />} data-testid="demo-tag">
      {t('ui.demo.tag')}
    </Tag>
  );
}
