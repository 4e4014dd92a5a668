import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CriterionResult } from '../../../shared/api/certification-types';
import { lightColours } from './certification-view';

/** The four criteria as traffic lights, each with its name and its status in words (never colour alone). */
export function CriterionLights({
  criteria,
  compact = false,
}: {
  criteria: readonly Pick<CriterionResult, 'key' | 'status'>[];
  compact?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={compact ? 4 : 8} style={{ width: '100%' }}>
      {criteria.map((criterion, index) => (
        <div key={criterion.key} className="certification-light" data-testid={`light-${criterion.key}`} data-status={criterion.status}>
          <span className="certification-lamp" style={{ background: lightColours[criterion.status] }} aria-hidden />
          <Typography.Text strong={!compact}>
            {t('ui.certification.criterion', { number: index + 1 })} {t(`certification.criteria.${criterion.key}`)}
          </Typography.Text>
          <Typography.Text style={{ color: lightColours[criterion.status], whiteSpace: 'nowrap' }}>
            {t(`certification.statuses.${criterion.status}`)}
          </Typography.Text>
        </div>
      ))}
    </Space>
  );
}
