import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareTypeView } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';
import { ClaimForm } from './ClaimForm';
import { ClaimsRegister } from './ClaimsRegister';
import { SummaryCard } from './SummaryCard';
import { TemplateModal } from './TemplateModal';
import { WelfareTypesCard } from './WelfareTypesCard';
import { WhatIfCard } from './WhatIfCard';

/**
 * Welfare by the fund's bylaws: claims (recorded with the engine's explanation, approved, paid, reversed) and
 * their register; the bylaw rules themselves with their amendments and a what-if; the status-form summary.
 */
export function WelfarePage({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const [types, setTypes] = useState<WelfareTypeView[]>([]);
  const [revision, setRevision] = useState(0);
  const [isChoosingTemplate, setChoosingTemplate] = useState(false);
  const changed = useCallback(() => setRevision((value) => value + 1), []);

  useEffect(() => {
    void api.fund['welfare.types']({}).then((result) => result.ok && setTypes(result.value));
  }, []);

  const rules = (
    <>
      <WelfareTypesCard types={types} onUseTemplate={() => setChoosingTemplate(true)} onChanged={setTypes} />
      {/* The template's rules start on a date she chooses (default: the fund's founding date), read before saving. */}
      <TemplateModal
        open={isChoosingTemplate}
        onClose={() => setChoosingTemplate(false)}
        onApplied={(applied) => {
          setChoosingTemplate(false);
          setTypes(applied);
        }}
      />
    </>
  );
  if (types.length === 0) return rules;
  return (
    <Tabs
      data-testid="welfare-tabs"
      tabBarExtraContent={
        <WriteAction>
          <Button
            icon={<FileExcelOutlined />}
            onClick={() => navigate({ page: 'welfareHistoryImport' })}
            data-testid="open-welfare-history-import"
          >
            {t('ui.historyImport.openWelfare')}
          </Button>
        </WriteAction>
      }
      items={[
        {
          key: 'claims',
          label: t('ui.welfareTabs.claims'),
          children: (
            <>
              <ClaimForm types={types} onRecorded={changed} />
              <ClaimsRegister types={types} navigate={navigate} revision={revision} onChanged={changed} />
            </>
          ),
        },
        {
          key: 'rules',
          label: t('ui.welfareTabs.rules'),
          children: (
            <>
              {rules}
              <WhatIfCard types={types} />
            </>
          ),
        },
        { key: 'summary', label: t('ui.welfareTabs.summary'), children: <SummaryCard revision={revision} /> },
      ]}
    />
  );
}
