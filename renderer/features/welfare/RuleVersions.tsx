import { Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WelfareTypeView } from '../../../shared/api/fund-types';
import { ruleInForce } from '../../../shared/domain/welfare/rules';
import { todayIso } from '../../components/today';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { amendmentLabel } from '../bylaws/bylaw-labels';
import { ruleLines } from './rule-text';

/** A type's bylaw versions, newest first, each read out in plain words; the one in force today is tagged. */
export function RuleVersions({ type }: { type: WelfareTypeView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const inForce = ruleInForce(type.versions, todayIso());
  const numbered = type.versions.map((version, index) => ({ version, number: index + 1 })).reverse();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid={`rule-versions-${type.code}`}>
      {numbered.map(({ version, number }) => (
        <Card
          key={version.effectiveFrom}
          size="small"
          data-testid="rule-version"
          title={
            <Space>
              {t('ui.welfareRules.versionTitle', { number })}
              {version === inForce && <Tag color="green">{t('ui.welfareRules.inForce')}</Tag>}
              {/* A version a claim was judged by is a money rule: fixed (issue 14). */}
              {type.restsOn[version.effectiveFrom] !== undefined && (
                <Tag color="purple" data-testid="rule-version-resolution">
                  {t('ui.welfareRules.restsOn', { reference: type.restsOn[version.effectiveFrom] })}
                </Tag>
              )}
              {type.usedBy[version.effectiveFrom] !== undefined ? (
                <Tag data-testid="rule-version-used">{t('ui.welfareRules.usedTag', { claimNo: type.usedBy[version.effectiveFrom] })}</Tag>
              ) : (
                <Tag color="blue" data-testid="rule-version-open">
                  {t('ui.welfareRules.openTag')}
                </Tag>
              )}
              {type.adoptedBy[version.effectiveFrom] && (
                <Tag color="purple" data-testid="rule-version-bylaw">
                  {t('ui.welfareRules.adoptedBy', {
                    amendment: amendmentLabel(t, type.adoptedBy[version.effectiveFrom]?.amendmentNo ?? 0),
                    date: formatDate(type.adoptedBy[version.effectiveFrom]?.adoptedOn ?? '', language),
                  })}
                </Tag>
              )}
            </Space>
          }
        >
          <Descriptions
            size="small"
            column={2}
            bordered
            styles={{ label: { width: 150, whiteSpace: 'nowrap' } }}
            items={ruleLines(t, version, language).map((line) => ({
              key: line.key,
              label: line.label,
              span: line.key === 'amount' || line.key === 'documents' ? 2 : 1,
              children: <span style={{ whiteSpace: 'pre-line' }}>{line.text}</span>,
            }))}
          />
        </Card>
      ))}
    </Space>
  );
}
