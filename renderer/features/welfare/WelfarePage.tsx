import { App as AntApp, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareTypeView } from '../../../shared/api/fund-types';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { localized } from '../../components/api-errors';
import { ClaimForm } from './ClaimForm';
import { ClaimsRegister } from './ClaimsRegister';
import { SummaryCard } from './SummaryCard';
import { WelfareTypesCard } from './WelfareTypesCard';
import { WhatIfCard } from './WhatIfCard';

/**
 * Welfare by the fund's bylaws: claims (recorded with the engine's explanation, approved, paid, reversed) and
 * their register; the bylaw rules themselves with their amendments and a what-if; the status-form summary.
 */
export function WelfarePage({ navigate }: { navigate: Navigate }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [types, setTypes] = useState<WelfareTypeView[]>([]);
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => setRevision((value) => value + 1), []);

  useEffect(() => {
    void api.fund['welfare.types']({}).then((result) => result.ok && setTypes(result.value));
  }, []);

  async function applyTemplate() {
    const fund = await api.fund['fund.get']({});
    if (!fund.ok) return;
    const result = await api.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: fund.value.openedOn });
    if (!result.ok) return void message.error(localized(result.error.message));
    setTypes(result.value);
  }

  const rules = <WelfareTypesCard types={types} onUseTemplate={() => void applyTemplate()} onChanged={setTypes} />;
  if (types.length === 0) return rules;
  return (
    <Tabs
      data-testid="welfare-tabs"
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
