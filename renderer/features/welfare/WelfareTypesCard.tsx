import { Button, Card, Empty, Table } from 'antd';
import { useState, type HTMLAttributes, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareTypeView } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { isWelfareCategory, welfareCategoryInfo } from '../../../shared/domain/welfare/categories';
import { api } from '../../api/client';
import { RuleAmendDrawer } from './RuleAmendDrawer';
import { RuleVersions } from './RuleVersions';
import { WriteAction } from '../../app/fund-access';

type Props = {
  types: WelfareTypeView[];
  /** Starts the fund's types from a template (only offered while there are none). */
  onUseTemplate: () => void;
  /** The types after an amendment, so the page (and the claim form) judge with the new versions. */
  onChanged: (types: WelfareTypeView[]) => void;
};

/** The fund's welfare types: each row opens to its bylaw versions in plain words and can be amended by a new version. */
export function WelfareTypesCard({ types, onUseTemplate, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [amending, setAmending] = useState<WelfareTypeView | 'new'>();
  const [expanded, setExpanded] = useState<readonly Key[]>([]);
  const language = i18n.language === 'en' ? 'en' : 'th';

  async function saved(type: WelfareTypeView) {
    setAmending(undefined);
    // Open the amended row so she sees the new version next to the old one.
    setExpanded((keys) => (keys.includes(type.id) ? keys : [...keys, type.id]));
    const fresh = await api.fund['welfare.types']({});
    onChanged(fresh.ok ? fresh.value : types.map((candidate) => (candidate.id === type.id ? type : candidate)));
  }

  return (
    <Card
      title={t('ui.welfare.types')}
      style={{ marginBottom: 16 }}
      extra={
        types.length > 0 && (
          <WriteAction>
            <Button onClick={() => setAmending('new')} data-testid="welfare-type-add">
              {t('ui.welfareRules.addType')}
            </Button>
          </WriteAction>
        )
      }
    >
      {types.length === 0 ? (
        <Empty description={t('ui.welfare.noTypes')}>
          <WriteAction>
            <Button type="primary" onClick={onUseTemplate} data-testid="welfare-template">
              {t('ui.welfare.useTemplate')}
            </Button>
          </WriteAction>
        </Empty>
      ) : (
        <Table<WelfareTypeView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={types}
          data-testid="welfare-types"
          onRow={(type) => ({ 'data-testid': `welfare-type-${type.code}` }) as HTMLAttributes<HTMLElement>}
          expandable={{
            expandedRowKeys: expanded,
            onExpandedRowsChange: setExpanded,
            expandedRowRender: (type) => <RuleVersions type={type} />,
          }}
          columns={[
            { title: t('fields.typeId'), key: 'name', render: (_value, type) => (language === 'en' ? type.nameEn : type.nameTh) },
            {
              title: t('ui.welfare.category'),
              dataIndex: 'category',
              width: 220,
              render: (value: string) =>
                isWelfareCategory(value)
                  ? language === 'en'
                    ? welfareCategoryInfo(value).nameEn
                    : welfareCategoryInfo(value).nameTh
                  : value,
            },
            {
              title: t('fields.effectiveFrom'),
              key: 'from',
              width: 220,
              render: (_value, type) => type.versions.map((version) => formatDate(version.effectiveFrom, language)).join(', '),
            },
            {
              title: t('ui.welfare.waiting'),
              key: 'waiting',
              width: 120,
              render: (_value, type) => t('ui.welfare.days', { count: type.versions[type.versions.length - 1]?.waitingDays ?? 0 }),
            },
            {
              title: '',
              key: 'amend',
              width: 190,
              render: (_value, type) => (
                <WriteAction>
                  <Button size="small" onClick={() => setAmending(type)} data-testid={`rule-amend-${type.code}`}>
                    {t('ui.welfareRules.amend')}
                  </Button>
                </WriteAction>
              ),
            },
          ]}
        />
      )}
      <RuleAmendDrawer type={amending} onClose={() => setAmending(undefined)} onSaved={(type) => void saved(type)} />
    </Card>
  );
}
